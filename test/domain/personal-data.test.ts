import { holdsPersonalData, maskEmailsAndNumbers, mayRemember, REMEMBER_CHARS } from '../../src/domain/text/personal-data';

describe('holdsPersonalData: emails and numbers that could be a mobile', () => {
  it.each([
    ['otp nahi aa raha', false],
    ['my training is on 5 December 2026', false],
    ['room 101, extension 2345', false],
    ['asha.verma@gov.in', true],
    ['मेरा ईमेल asha@nic.in है', true],
    ['call 9810347159', true],
    ['+91 98103 47159', true],
    ['+91-11-2345678', true],
    ['९८१०३४७१५९ पर कॉल करें', true],
  ])('%s → %s', (text, expected) => {
    expect(holdsPersonalData(text)).toBe(expected);
  });

  it('masks without cutting or squeezing spaces (the worklist does that)', () => {
    expect(maskEmailsAndNumbers('a@b.in  and  9810347159')).toBe('[email]  and  [number]');
  });
});

describe('mayRemember: the rule for every memory of recent questions', () => {
  it.each([
    ['otp nahi aa raha', true],
    ['x'.repeat(REMEMBER_CHARS), true],
    ['x'.repeat(REMEMBER_CHARS + 1), false],
    ['asha.verma@gov.in otp not received', false],
  ])('%s → %s', (text, expected) => {
    expect(mayRemember(text)).toBe(expected);
  });
});
