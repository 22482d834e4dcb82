import { foldText, tokenize } from '../text/normalize';

/** What kind of body a query names, from its generic words ("ministry", "विभाग"...). */
export type KindWord = 'ministry' | 'department' | null;

const MINISTRY_WORDS = ['ministry', 'ministries', 'mantralaya', 'mantralay', 'mantralye', 'mantraalay', 'मंत्रालय', 'मंत्रालयों'];
const DEPARTMENT_WORDS = ['department', 'departments', 'dept', 'deptt', 'vibhag', 'vibhaag', 'विभाग'];
const OTHER_GENERIC = [
  'of', 'and', 'the', 'for', 'in', 'on', 'govt', 'government', 'goi', 'india', 'indian', 'aur', 'evam', 'tatha', 'ka', 'ki', 'ke',
  'और', 'एवं', 'तथा', 'का', 'की', 'के', 'भारत', 'सरकार', 'भारतीय',
];
/** Words that say a query means the Government of India ("central", "Government of India", "केंद्रीय"). */
const CENTRAL_WORDS = ['central', 'centre', 'center', 'union', 'goi', 'india', 'indian', 'kendriya', 'kendriy', 'kendra', 'केंद्रीय', 'केन्द्रीय', 'केंद्र', 'केन्द्र', 'भारत', 'भारतीय'];
const CENTRAL = new Set(CENTRAL_WORDS.map((w) => w.normalize('NFC')));
const KIND = new Map<string, KindWord>([
  ...MINISTRY_WORDS.map((w) => [w, 'ministry'] as [string, KindWord]),
  ...DEPARTMENT_WORDS.map((w) => [w, 'department'] as [string, KindWord]),
]);
const GENERIC = new Set<string>([...MINISTRY_WORDS, ...DEPARTMENT_WORDS, ...OTHER_GENERIC, ...CENTRAL_WORDS]);
/** Generic words a typo may hit ("minstry", "departmnt"). */
const FUZZY_GENERIC = ['ministry', 'department', 'mantralaya', 'government', 'मंत्रालय'];

/** Folds text for directory matching: foldText, anusvara spelling variants, M/o and D/o expanded. */
export function foldQuery(text: string): string {
  return foldText(text)
    .replace(/[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u0939])/g, '\u0902')
    .replace(/\u0901/g, '\u0902')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/\bm\s*\/\s*o\b/g, ' ministry of ')
    .replace(/\bd\s*\/\s*o\b/g, ' department of ')
    .replace(/\bd\s*\/\s*f\b/g, ' department for ')
    .replace(/\br\s*&\s*d\b/g, ' research and development ')
    .replace(/'s\b/g, '');
}

/** Letters and digits only: how abbreviations are compared ("BPR&D" → "bprd"). */
export function squash(folded: string): string {
  return folded.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}

/** Word chunks that may be abbreviations with inner punctuation ("bpr&d", "c-dac", "i&b"). */
export function chunks(folded: string): string[] {
  return folded.match(/[\p{L}\p{M}\p{N}]+(?:[&.\-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
}

/** Word tokens, without one-letter Latin tokens (the "s" of "Minister's"). */
export function wordTokens(folded: string): string[] {
  return tokenize(folded).filter((t) => t.length > 1 || !/^[a-z0-9]$/.test(t));
}

/** True for connector and "ministry"-type words that never distinguish organisations. */
export function isGeneric(token: string): boolean {
  return GENERIC.has(token);
}

/** True for a word that says the Government of India is meant. */
export function isCentral(token: string): boolean {
  return CENTRAL.has(token);
}

/** The kind a generic word signals, if any. */
export function kindOf(token: string): KindWord {
  return KIND.get(token) ?? null;
}

/** Optimal string alignment distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const al = a.length;
  const bl = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: bl + 1 }, (_, j) => j);
  for (let i = 1; i <= al; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= bl; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[bl];
}

/** Edits a token of this length may carry and still match: none up to 4 letters. */
export function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  return length <= 7 ? 1 : 2;
}

/** The generic word a misspelt token stands for, if it is close to one. */
export function fuzzyGeneric(token: string): string | null {
  const max = allowedEdits(token.length);
  if (max === 0) return null;
  for (const g of FUZZY_GENERIC) if (g[0] === token[0] && editDistance(token, g, max) <= max) return g;
  return null;
}
