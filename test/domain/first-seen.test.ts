import { FirstSeen } from '../../src/domain/shared/first-seen';

describe('FirstSeen: the first line of each text, from hashes only', () => {
  test('a million different emails and mobiles are all new; each repeat names its first line', () => {
    const emails = new FirstSeen();
    const mobiles = new FirstSeen();
    for (let i = 1; i <= 1_000_000; i++) {
      expect(emails.firstOrAdd(`user${i}@gmail.com`, i) ?? emails.firstOrAdd(`user${i}@gov.in`, i)).toBeUndefined();
      if (mobiles.firstOrAdd(String(6000000000 + i * 7), i) !== undefined) throw new Error(`false duplicate at ${i}`);
    }
    expect(emails.size).toBe(2_000_000);
    expect(emails.firstOrAdd('user777@gmail.com', 2_000_001)).toBe(777);
    expect(mobiles.firstOrAdd(String(6000000000 + 5 * 7), 3)).toBe(5);
  });

  test('texts that differ in one character, in order or case, are different', () => {
    const seen = new FirstSeen();
    const texts = ['ab', 'ba', 'Ab', 'a', 'aa', 'abc', 'acb', '', ' ab', 'ab ', 'रमेश', 'रमेशा'];
    texts.forEach((t, i) => expect(seen.firstOrAdd(t, i + 1)).toBeUndefined());
    texts.forEach((t, i) => expect(seen.firstOrAdd(t, 99)).toBe(i + 1));
  });
});
