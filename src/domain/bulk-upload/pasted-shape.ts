import { isHeaderRow } from './headers';

/**
 * What a pasted cell looks like, judged by its shape only (never by whether it is valid: validity is
 * what the row check reports). Every pattern here is anchored, has one quantifier per character
 * class and no two adjacent quantifiers that can match the same character: linear time on any input.
 */
export type CellShape = 'blank' | 'email' | 'phone' | 'date' | 'group' | 'gender' | 'category' | 'name' | 'text';

/** Cells longer than this are prose, not a field (and no pattern runs on them). */
const MAX_CELL_CHARS = 120;

const AT_SIGNS = /[@\uFF20\uFE6B]/u;
const WHITESPACE = /\s/u;
const DATE = /^\p{Nd}{1,4}[-/.]\p{Nd}{1,2}[-/.]\p{Nd}{1,4}$/u;
/** Digits with the characters a typed or Excel-mangled mobile number has: + ( ) - . / space, and E (9.87654E+09). */
const PHONE_CHARS = /^[\p{Nd}+()\-./\s\u2013\u2014eE]+$/u;
const DIGIT = /\p{Nd}/u;
const GROUP = /^(?:(?:group|grp|gr|grup)[\s.\-'"]*[a-d1-4]|contractual(?:\s+staff)?|others?|(?:समूह|ग्रुप)\s*[a-dकखगघ])$/iu;
const GENDER = /^(?:male|female|others?|m|f|transgender|पुरुष|महिला)$/iu;
const CATEGORY = /^(?:general|gen|obc|sc|st|ews|ur)$/iu;
/** Letters of any script (with their marks), and the dots, apostrophes, hyphens and spaces of a name. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}.'’\- ]*$/u;
const MAX_NAME_WORDS = 6;

/** How many digits (of any script) a short text holds. */
export function digitCount(text: string): number {
  let n = 0;
  for (const ch of text) if (DIGIT.test(ch)) n++;
  return n;
}

/** True when a cell, trimmed, is one token with an at sign (an email, valid or not). */
export function isEmailShaped(cell: string): boolean {
  const t = cell.trim();
  return t.length > 1 && t.length <= MAX_CELL_CHARS && AT_SIGNS.test(t) && !WHITESPACE.test(t);
}

/** A token of digits and the characters of a typed number (`+91`, `98765`, `(011)`): part of a mobile written with spaces. */
export function isNumberToken(token: string): boolean {
  return token.length <= 20 && PHONE_CHARS.test(token) && DIGIT.test(token);
}

/** The shape of one cell. */
export function cellShape(cell: string): CellShape {
  const t = cell.trim();
  if (t === '') return 'blank';
  if (t.length > MAX_CELL_CHARS) return 'text';
  if (isEmailShaped(t)) return 'email';
  if (DATE.test(t)) return 'date';
  if (PHONE_CHARS.test(t)) {
    const digits = digitCount(t);
    return digits >= 5 && digits <= 15 ? 'phone' : 'text';
  }
  if (GROUP.test(t)) return 'group';
  if (GENDER.test(t)) return 'gender';
  if (CATEGORY.test(t)) return 'category';
  if (NAME.test(t) && t.split(' ').filter(Boolean).length <= MAX_NAME_WORDS) return 'name';
  return 'text';
}

/** Shapes that only a field of a sheet has (an email, a number, a date, a group, a gender, a category). */
const FIELD_SHAPES: ReadonlySet<CellShape> = new Set(['email', 'phone', 'date', 'group', 'gender', 'category']);

/**
 * True when the cells of one line read as a bulk-upload row: at least three cells with two kinds
 * of field among them (an email and a mobile, a mobile and a group…), or a name beside an email or
 * a mobile; from a sheet (tab-separated), two filled cells with one field are enough.
 */
export function isRowShaped(cells: readonly string[], tabSeparated = false): boolean {
  if (cells.length < 2) return false;
  const shapes = cells.map(cellShape);
  const filled = shapes.filter((s) => s !== 'blank').length;
  if (filled < 2) return false;
  const fields = new Set(shapes.filter((s) => FIELD_SHAPES.has(s)));
  const contact = fields.has('email') || fields.has('phone');
  if (cells.length >= 3 && (fields.size >= 2 || (contact && shapes.includes('name')))) return true;
  return tabSeparated && fields.size >= 1;
}

/** True when the cells read as a header row of a sheet (three or more known column names). */
export function isHeaderShaped(cells: readonly string[]): boolean {
  return cells.length >= 3 && cells.filter((c) => c.trim() !== '').length >= 3 && isHeaderRow(cells);
}

/** How many cells of a line are email-shaped (two in one row: rows ran together). */
export function emailCells(cells: readonly string[]): number {
  return cells.filter(isEmailShaped).length;
}
