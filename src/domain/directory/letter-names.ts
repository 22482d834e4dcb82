/**
 * Latin abbreviations as Hindi writers spell them in Devanagari, letter by letter
 * ("BSF" → "बीएसएफ", "DoPT" → "डीओपीटी", "BPR&D" → "बीपीआरडी").
 */

/** How each Latin letter is said, in Devanagari (the common spelling, then accepted variants). */
const LETTER_NAMES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  a: ['ए'], b: ['बी'], c: ['सी'], d: ['डी'], e: ['ई'], f: ['एफ'], g: ['जी'], h: ['एच', 'ऐच'], i: ['आई'], j: ['जे'],
  k: ['के'], l: ['एल'], m: ['एम'], n: ['एन'], o: ['ओ'], p: ['पी'], q: ['क्यू'], r: ['आर'], s: ['एस'], t: ['टी'],
  u: ['यू'], v: ['वी'], w: ['डब्ल्यू', 'डबल्यू'], x: ['एक्स'], y: ['वाई'], z: ['जेड'],
});

/** The most spellings made for one abbreviation (variants multiply). */
const MAX_SPELLINGS = 4;

/** Devanagari spellings of a Latin abbreviation (letters and digits only; none for anything else). */
export function devanagariSpellings(abbreviation: string): string[] {
  const chars = abbreviation.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (chars.length < 2 || !/[a-z]/.test(chars)) return [];
  let out = [''];
  for (const c of chars) {
    const names = /\d/.test(c) ? [c] : LETTER_NAMES[c];
    out = out.flatMap((prefix) => names.map((n) => prefix + n)).slice(0, MAX_SPELLINGS);
  }
  return out;
}

/** Every Devanagari letter name (to join "बी एस एफ" typed with spaces). */
export const DEVANAGARI_LETTER_NAMES: ReadonlySet<string> = new Set(Object.values(LETTER_NAMES).flat());
