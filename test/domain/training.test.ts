import { findDate, trainingDates } from '../../src/domain/training/timeline';

const now = new Date('2026-11-22T10:00:00+05:30');

describe('finding a training date in a question', () => {
  it.each([
    ['my training is on 5 December', '2026-12-05'],
    ['training 5th dec ko hai', '2026-12-05'],
    ['December 5, 2026', '2026-12-05'],
    ['मेरी ट्रेनिंग 5 दिसंबर को है', '2026-12-05'],
    ['ट्रेनिंग ५ दिसम्बर को है', '2026-12-05'],
    ['training on 05/12/2026', '2026-12-05'],
    ['training on 2027-01-12', '2027-01-12'],
    ['training on 10 march', '2027-03-10'],
    ['training on 31 february', undefined],
    ['how early should I register', undefined],
  ])('%s → %s', (text, expected) => {
    expect(findDate(text, now)).toBe(expected);
  });
});

describe('register-by and log-in check dates (seed 003)', () => {
  it('registers 7 days before and checks log-in 1–2 days before', () => {
    expect(trainingDates('2026-12-05', now)).toEqual({
      trainingDate: '2026-12-05',
      registerBy: '2026-11-28',
      checkFrom: '2026-12-03',
      checkTo: '2026-12-04',
      checkDates: ['2026-12-03', '2026-12-04'],
      daysLeft: 13,
      late: false,
      stage: 'ahead',
    });
  });

  it('flags a training less than 7 days away as late', () => {
    const dates = trainingDates('2026-11-25', now);
    expect(dates.late).toBe(true);
    expect(dates.daysLeft).toBe(3);
  });

  it('crosses month and year ends', () => {
    expect(trainingDates('2027-01-03', now).registerBy).toBe('2026-12-27');
  });
});

describe('a date that has passed is a past training, not next year\'s', () => {
  const dec2 = new Date('2026-12-02T10:00:00+05:30');
  it.each([
    ['my training was on 1 December, I could not log in', dec2, '2026-12-01'],
    ['training on 1 december tha, login nahi hua', dec2, '2026-12-01'],
    ['मेरी ट्रेनिंग 1 दिसंबर को थी, लॉगिन नहीं हुआ', dec2, '2026-12-01'],
    ['my training is on 1 December', dec2, '2026-12-01'],
    ['my next training is on 1 December', dec2, '2027-12-01'],
    ['training on 1 December will be online', dec2, '2027-12-01'],
    ['training on 5 January', dec2, '2027-01-05'],
    ['my training was on 28 December, I could not log in', new Date('2027-01-03T10:30:00+05:30'), '2026-12-28'],
    ['my training was on 5 January', new Date('2027-01-03T10:30:00+05:30'), '2026-01-05'],
    ['could you tell me how early to register for training on 20 December', dec2, '2026-12-20'],
  ])('"%s" (asked %s) → %s', (text, at, expected) => {
    expect(findDate(text, at)).toBe(expected);
  });

  it.each([
    ['my training is today', '2026-12-02'],
    ['meri training aaj hai', '2026-12-02'],
    ['मेरी ट्रेनिंग कल है', '2026-12-03'],
    ['मेरी ट्रेनिंग कल थी', '2026-12-01'],
    ['training tomorrow', '2026-12-03'],
    ['training was yesterday', '2026-12-01'],
    ['training parso hai', '2026-12-04'],
  ])('relative days (when the question is about a training): "%s" → %s', (text, expected) => {
    expect(findDate(text, dec2, { relative: true })).toBe(expected);
    expect(findDate(text, dec2)).toBeUndefined();
  });
});

describe('stages and the log-in check days still ahead', () => {
  const at = new Date('2026-12-02T10:00:00+05:30');
  it.each([
    ['2026-12-20', 'ahead', ['2026-12-18', '2026-12-19']],
    ['2026-12-05', 'late', ['2026-12-03', '2026-12-04']],
    ['2026-12-04', 'late', ['2026-12-02', '2026-12-03']],
    ['2026-12-03', 'late', ['2026-12-02']],
    ['2026-12-02', 'today', []],
    ['2026-12-01', 'past', []],
  ])('training on %s: %s, check days %j', (date, stage, checkDates) => {
    expect(trainingDates(date, at)).toMatchObject({ stage, checkDates });
  });
});
