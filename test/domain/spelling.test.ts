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

describe('typo correction against a plain index', () => {
  /** The plain symmetric-delete corrector (string keys), the reference the compact index must agree with. */
  function plainCorrector(vocabulary: readonly string[]): (token: string) => string {
    const edits = (w: string): number => ([...w].length >= 8 ? 2 : [...w].length >= 4 ? 1 : 0);
    const deletions = (w: string, depth: number): string[] => {
      const out = new Set<string>([w]);
      let frontier = [w];
      for (let d = 0; d < depth; d++) {
        frontier = frontier.flatMap((x) => [...x].map((_, i) => x.slice(0, i) + x.slice(i + 1))).filter((v) => !out.has(v) && out.add(v));
      }
      return [...out];
    };
    const index = new Map<string, string[]>();
    for (const w of new Set(vocabulary)) if (edits(w)) for (const k of deletions(w, edits(w))) index.set(k, [...(index.get(k) ?? []), w]);
    return (token) => {
      if (vocabulary.includes(token) || !edits(token)) return token;
      let best = token;
      let bestDistance = edits(token) + 1;
      for (const k of deletions(token, edits(token))) {
        for (const c of index.get(k) ?? []) {
          const d = editDistance(token, c, edits(token));
          if (d < bestDistance || (d === bestDistance && c < best)) [best, bestDistance] = [c, d];
        }
      }
      return best;
    };
  }

  it('corrects random typos exactly as the plain index does', () => {
    let seed = 3;
    const random = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    const letters = 'aeinorst';
    const word = (): string => Array.from({ length: 3 + random(8) }, () => letters[random(letters.length)]).join('');
    const vocabulary = Array.from({ length: 400 }, word);
    const compact = new SpellingCorrector(vocabulary);
    const plain = plainCorrector(vocabulary);
    let corrected = 0;
    for (let i = 0; i < 3000; i++) {
      const base = vocabulary[random(vocabulary.length)];
      const at = random(base.length);
      const token = random(2) ? base.slice(0, at) + letters[random(letters.length)] + base.slice(at + 1) : base.slice(0, at) + base.slice(at + 1);
      const expected = plain(token);
      expect(compact.correct(token)).toBe(expected);
      if (expected !== token) corrected++;
    }
    expect(corrected).toBeGreaterThan(500);
  });
});
