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
      daysLeft: 13,
      late: false,
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
