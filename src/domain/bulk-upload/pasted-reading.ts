import { headerMeaning } from './headers';
import { detectDelimiter, parsePastedText, type Delimiter, type PastedLine } from './parse-pasted';
import { cellShape, digitCount, emailCells, isEmailShaped, isHeaderShaped, isNumberToken, isRowShaped } from './pasted-shape';

/**
 * The one decision, shared by the chat, the tab and the command line, of what a pasted text is:
 * - `rows`: bulk-upload rows (recognised by their shape, never by their validity): check them;
 * - `run-together`: rows whose separators were lost (cells or rows ran into each other): they
 *   can't be read reliably, so the person is asked for the file or a paste from the sheet;
 * - `not-rows`: anything else (a question). The tab and the command line, asked to check, still
 *   check its lines; the chat answers it as a question.
 */
export type PastedReading =
  | { readonly kind: 'rows'; readonly lines: readonly PastedLine[]; readonly delimiter: Delimiter }
  | { readonly kind: 'run-together' }
  | { readonly kind: 'not-rows'; readonly text: string; readonly delimiter: Delimiter };

/** Only the first lines decide (a pasted block shows what it is at once), and only so much of each. */
export const READING_LIMITS = Object.freeze({ lines: 50, lineChars: 2000, tokens: 200 });

/** Rows need a separator (a tab, comma, semicolon, pipe or two spaces), or, on a line of single words, an email's at sign. */
const MAY_BE_ROWS = /[\t,;|@\uFF20\uFE6B]| {2}/u;

/** The verdict on one line: a row, rows that ran together, or neither. */
type LineVerdict = 'row' | 'run-together' | 'none';

const PHONE_TOKEN_DIGITS = 8;

/** A token of words-only text that is a mobile-like number (8 or more digits, nothing else but + ( ) -). */
function isLongNumber(token: string): boolean {
  return cellShape(token) === 'phone' && digitCount(token) >= PHONE_TOKEN_DIGITS;
}

/** An email with a number glued after its domain ("a@nic.in9811223344"): cells ran together. */
function isGlued(token: string): boolean {
  const at = token.search(/[@\uFF20]/u);
  if (at < 0) return false;
  let run = 0;
  for (const ch of token.slice(at + 1)) {
    run = /\p{Nd}/u.test(ch) ? run + 1 : 0;
    if (run >= 7) return true;
  }
  return false;
}

/** How many tokens from `at` are a group ("Group B", "Contractual Staff", "Others"), or 0. */
function groupTokens(tokens: readonly string[], at = 0): number {
  if (at + 1 < tokens.length && cellShape(`${tokens[at]} ${tokens[at + 1]}`) === 'group') return 2;
  return at < tokens.length && cellShape(tokens[at]) === 'group' ? 1 : 0;
}

/** Field shapes that cannot be part of a sentence's words: numbers, dates, genders, categories, groups. */
const holdsField = (tokens: readonly string[]): boolean =>
  tokens.some((t, i) => isNumberToken(t) || ['date', 'gender', 'category'].includes(cellShape(t)) || groupTokens(tokens, i) > 0);

/**
 * A line without separators (single spaces): one row "Name Surname email mobile Group X" is read
 * around its email. Several emails with several numbers, an email with a number glued to it, a
 * header run into the data, or more fields after the mobile than can be told apart mean the
 * separators were lost. Anything else (a sentence with an email in it) is no row.
 */
function wordsVerdict(line: string): LineVerdict {
  const tokens = line.trim().split(/\s+/u).slice(0, READING_LIMITS.tokens);
  if (tokens.some(isGlued)) return 'run-together';
  const emails = tokens.filter(isEmailShaped).length;
  if (emails === 0) return 'none';
  const at = tokens.findIndex(isEmailShaped);
  const before = tokens.slice(0, at);
  const headerWords = before.filter((t) => headerMeaning(t) !== null).length;
  if (emails >= 2) return tokens.filter(isLongNumber).length >= 2 || headerWords >= 2 ? 'run-together' : 'none';
  if (headerWords >= 2) return 'run-together';
  const nameLike = before.length >= 1 && before.length <= 5 && cellShape(before.join(' ')) === 'name';
  if (!nameLike) return 'none';
  const rest = tokens.slice(at + 1);
  let i = 0;
  while (i < rest.length && isNumberToken(rest[i])) i++;
  i += groupTokens(rest, i);
  if (i === 0) return 'none';
  if (i === rest.length) return 'row';
  return holdsField(rest.slice(i)) ? 'run-together' : 'none';
}

/** The verdict on a delimited line: a row or header; two emails in one row mean its line breaks were lost. */
function cellsVerdict(cells: readonly string[], delimiter: Delimiter): LineVerdict {
  if (isHeaderShaped(cells)) return 'row';
  if (!isRowShaped(cells, delimiter === '\t')) return 'none';
  return emailCells(cells) >= 2 ? 'run-together' : 'row';
}

/** The first non-blank lines of a text, each cut to the characters that decide (one pass, whatever the length). */
function headOf(text: string): string {
  const lines: string[] = [];
  let from = 0;
  while (from <= text.length && lines.length < READING_LIMITS.lines) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, Math.min(end < 0 ? text.length : end, from + READING_LIMITS.lineChars));
    if (line.trim() !== '') lines.push(line.replace(/\r$/u, ''));
    if (end < 0) break;
    from = end + 1;
  }
  return lines.join('\n');
}

/**
 * Reads pasted text: decides what it is from the shape of its first lines (the same split the
 * check uses, on at most 50 lines of 2,000 characters), and splits the whole of it into lines of
 * cells only when it is rows. Never throws; linear in the length of the text.
 */
export function readPastedRows(input: string): PastedReading {
  const text = String(input ?? '');
  const head = headOf(text);
  if (!MAY_BE_ROWS.test(head)) return { kind: 'not-rows', text, delimiter: 'words' };
  let delimiter: Delimiter = 'words';
  let rows = 0;
  let runTogether = 0;
  try {
    delimiter = detectDelimiter(head);
    const verdicts = delimiter === 'words'
      ? head.split('\n').map(wordsVerdict)
      : parsePastedText(head, delimiter).map((l) => cellsVerdict(l.cells, delimiter));
    rows = verdicts.filter((v) => v === 'row').length;
    runTogether = verdicts.filter((v) => v === 'run-together').length;
    if (runTogether > 0 && runTogether >= rows) return { kind: 'run-together' };
    if (rows > 0) return { kind: 'rows', lines: parsePastedText(text, delimiter), delimiter };
  } catch {
    // unreadable: no rows
  }
  return { kind: 'not-rows', text, delimiter };
}

/** The lines of cells of any reading that has them (rows, or text the tab or CLI was asked to check anyway). */
export function readingLines(reading: PastedReading): readonly PastedLine[] {
  if (reading.kind === 'rows') return reading.lines;
  if (reading.kind === 'not-rows') {
    try {
      return parsePastedText(reading.text, reading.delimiter);
    } catch {
      return [];
    }
  }
  return [];
}

/** True when a chat message is bulk-upload rows, or rows whose separators were lost. */
export function looksLikePastedRows(text: string): boolean {
  return readPastedRows(text).kind !== 'not-rows';
}
