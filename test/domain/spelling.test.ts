import { editDistance, SpellingCorrector } from '../../src/domain/understanding/spelling';

describe('typo correction', () => {
  const corrector = new SpellingCorrector(['registration', 'password', 'approve', 'pending', 'otp', 'नहीं']);

  it.each([
    ['regisration', 'registration'],
    ['registartion', 'registration'],
    ['pasword', 'password'],
    ['passwrod', 'password'],
    ['pendng', 'pending'],
    ['नहीँ', 'नहीं'],
    ['otp', 'otp'],
    ['weather', 'weather'],
    ['otq', 'otq'],
  ])('%s → %s', (input, expected) => {
    expect(corrector.correct(input)).toBe(expected);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('ab', 'ba', 2)).toBe(1);
  });
});
