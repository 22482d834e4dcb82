import { cleanText, foldText, replyScript, tokenize, toWellFormed } from '../../src/domain/text/normalize';

describe('text normalisation', () => {
  it.each([
    ['NFD to NFC', 'ne\u0301e', 'née'],
    ['zero-width joiners removed', 'क्\u200Dष', 'क्ष'],
    ['ZWNJ removed', 'otp\u200Cnahi', 'otpnahi'],
    ['control characters become spaces', 'a\u0007b', 'a b'],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('folds nukta so क़ matches क and digits become ASCII', () => {
    expect(foldText('क़ानून ०९')).toBe('कानून 09');
    expect(foldText('ज़रूरी')).toBe(foldText('जरूरी'));
  });

  it('replaces lone surrogates', () => {
    expect(toWellFormed('a\uD800b')).toBe('a\uFFFDb');
    expect(toWellFormed('😀')).toBe('😀');
  });

  it('tokenizes Devanagari with its vowel signs', () => {
    expect(tokenize(foldText('मेरा OTP नहीं आया!'))).toEqual(['मेरा', 'otp', 'नहीं', 'आया']);
  });

  it.each([
    ['मेरा registration pending है', 'devanagari'],
    ['mera account approve nahi hua', 'latin'],
    ['12345 ???', 'none'],
  ])('reply script of %s is %s', (text, script) => {
    expect(replyScript(text)).toBe(script);
  });

  it.each([
    ['plain ASCII: lower case only, tabs and line breaks kept', 'OTP Nahi\tAaya\r\n?', 'otp nahi\taaya\r\n?'],
    ['ASCII with a control character: the full path', 'OTP\u0007Code', 'otp code'],
    ['ASCII then a combining mark: the full path', 'Ne\u0301e', 'née'],
    ['Devanagari after ASCII: the full path', 'OTP क़ ०', 'otp क 0'],
  ])('folds %s', (_name, input, expected) => {
    expect(foldText(input)).toBe(expected);
    expect(foldText(input)).toBe(expected); // again: the remembered folding is the same
  });

  it('folds one text, then another, each to its own folding', () => {
    const texts = ['ABC', 'अबक़', 'ABC', 'x\u0000y', 'अबक़'];
    expect(texts.map(foldText)).toEqual(['abc', 'अबक', 'abc', 'x y', 'अबक']);
  });
});
