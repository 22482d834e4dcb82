/**
 * Unicode-aware text normalisation shared by every matcher:
 * NFC, no zero-width joiners, nukta folded, Devanagari digits as ASCII,
 * lone surrogates and control characters removed, lower case.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const NUKTA = /\u093C/g;
const DEVANAGARI = /\p{Script=Devanagari}/u;
const LATIN_LETTER = /[a-zA-Z]/;
/**
 * Longest run of combining marks kept (Unicode's stream-safe limit, UAX #15). Normalisation
 * sorts each run of marks, which takes time growing with the square of its length, so longer
 * runs are cut first: no real word carries more than a few marks in a row.
 */
export const MAX_MARK_RUN = 30;
const LONG_MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARK_RUN}})\\p{M}+`, 'gu');

/** Replaces lone surrogates (invalid UTF-16) with U+FFFD. */
export function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Printable ASCII, tabs and line breaks only: nothing for {@link cleanText} to change, and the same in NFC and NFD. */
const PLAIN_ASCII = /^[\t\n\r\x20-\x7E]*$/;

/** Cleans text a user typed, keeping its meaning and case (runs of combining marks are cut to {@link MAX_MARK_RUN}). */
export function cleanText(text: string): string {
  const raw = String(text ?? '');
  if (PLAIN_ASCII.test(raw)) return raw;
  return toWellFormed(raw)
    .replace(CONTROL, ' ')
    .replace(LONG_MARK_RUN, '$1')
    .normalize('NFC')
    .replace(ZERO_WIDTH, '');
}

/** Devanagari digits ० to ९ become 0 to 9. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - 0x0966));
}

/** The last text folded, and its folding: one message is folded by several matchers in turn. */
let lastFolded: { readonly text: string; readonly folded: string } = { text: '', folded: '' };

/** Text folded for matching: NFC, nukta removed (क़ = क), digits ASCII, lower case. */
export function foldText(text: string): string {
  const raw = String(text ?? '');
  if (raw === lastFolded.text) return lastFolded.folded;
  const folded = PLAIN_ASCII.test(raw) ? raw.toLowerCase() : asciiDigits(cleanText(raw).normalize('NFD').replace(NUKTA, '').normalize('NFC')).toLowerCase();
  lastFolded = { text: raw, folded };
  return folded;
}

/** Splits folded text into word tokens (letters, marks and digits). */
export function tokenize(folded: string): string[] {
  return folded.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** True when the text contains any Devanagari letter. */
export function hasDevanagari(text: string): boolean {
  return DEVANAGARI.test(text);
}

/** The script a reply follows: any Devanagari letter means Devanagari (mixed text counts as Hindi). */
export function replyScript(text: string): 'devanagari' | 'latin' | 'none' {
  if (DEVANAGARI.test(text)) return 'devanagari';
  return LATIN_LETTER.test(text) ? 'latin' : 'none';
}
