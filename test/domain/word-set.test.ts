import { WordSet } from '../../src/domain/understanding/word-set';

describe('WordSet', () => {
  const words = ['pending', 'approve', 'otp', 'नहीं', 'a', 'ab', 'abc', 'b', 'zebra', 'Zebra', ''];
  const set = new WordSet([...words, 'otp', 'approve']);

  test('counts each distinct word once', () => {
    expect(set.size).toBe(new Set(words).size);
  });

  test.each(words)('has %j', (word) => {
    expect(set.has(word)).toBe(true);
  });

  test.each(['pend', 'pendings', 'aa', 'abd', 'c', 'zebr', 'नही', 'ZEBRA', ' otp'])('does not have %j', (word) => {
    expect(set.has(word)).toBe(false);
  });

  test('agrees with a Set on a large random list', () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (): string => Array.from({ length: 1 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 4))).join('');
    const stored = Array.from({ length: 2000 }, word);
    const compact = new WordSet(stored);
    const plain = new Set(stored);
    for (let i = 0; i < 5000; i++) {
      const probe = word();
      expect(compact.has(probe)).toBe(plain.has(probe));
    }
  });

  test('an empty set has nothing', () => {
    expect(new WordSet([]).has('otp')).toBe(false);
  });
});
