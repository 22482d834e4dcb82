/** A worksheet's cells and rows as the reader makes them, and the row being read. */
import type { Cell } from '../domain/bulk-upload';
import { xmlDecode } from './xml-events';

/** How a non-text cell was written in the sheet, for the annotated copy (numbers, dates and formulas go back as they came). */
export interface RawCell {
  readonly numFmt?: string;
  /** The `<v>` text of a number, date, boolean or formula result. */
  readonly v?: string;
  /** The cell's `t` attribute (a formula's result type). */
  readonly t?: string;
  readonly formula?: { readonly text: string; readonly attrs: Readonly<Record<string, string>> };
}

/** One sheet row: its 1-based row number and its cells by position (0 = column A). */
export interface SheetRow {
  readonly line: number;
  readonly cells: Cell[];
  /** How the cells other than text were written, by position: kept only when an annotated copy is wanted. */
  readonly raw?: readonly (RawCell | undefined)[];
}

/** An empty cell (shared). */
export const BLANK: Cell = Object.freeze({ kind: 'blank' });

/*
 * Cells and rows are made by constructors, not object literals. V8 follows each literal's
 * allocation site, and when a young-generation collection finds nearly all of a site's objects
 * alive (as it can on the first rows after a large shared-strings table), it allocates that
 * site's objects in the old generation from then on: every cell of the sheet became
 * old-generation garbage and kept its young strings alive until a full collection (500,000
 * rows: about 170 KB promoted per young collection instead of 24). `new` has no allocation site.
 */
/** A class of cells of one kind that hold a text (each call makes a class of its own, with its own objects' shape). */
function textKind<K extends 'string' | 'formula' | 'error'>(kind: K) {
  return class {
    readonly kind: K = kind;
    constructor(readonly text: string) {}
  };
}
/** A text cell. */
export const TextCell = textKind('string');
/** A formula cell (its text). */
export const FormulaCell = textKind('formula');
const ErrorCell = textKind('error');
class PlainNumber {
  readonly kind = 'number' as const;
  constructor(readonly value: number) {}
}
class FormattedNumber {
  readonly kind = 'number' as const;
  constructor(readonly value: number, readonly numFmt: string) {}
}
/** A number cell whose format shows a date. */
export class DateCell {
  readonly kind = 'date' as const;
  constructor(readonly value: Date) {}
}
class BooleanCell {
  readonly kind = 'boolean' as const;
  constructor(readonly value: boolean) {}
}
/** A non-text cell as written (its number format is set when the row ends). */
export class RawPart implements RawCell {
  numFmt: string | undefined = undefined;
  constructor(readonly v: string | undefined, readonly t: string | undefined, readonly formula: RawCell['formula']) {}
}
/** A finished row. */
export class Row implements SheetRow {
  constructor(readonly line: number, readonly cells: Cell[], readonly raw?: readonly (RawCell | undefined)[]) {}
}

/** A number cell, with its number format when it has one. */
export const numberWith = (value: number, numFmt: string | undefined): Cell => (numFmt ? new FormattedNumber(value, numFmt) : new PlainNumber(value));

/** The value of an inline string, error or boolean cell (kept out of the common path: text from the shared strings, numbers). */
export function otherValue(t: string, text: string): Cell {
  if (t === 'e') return new ErrorCell(text);
  if (t === 'b') return new BooleanCell(intOf(text) !== 0);
  const s = xmlDecode(text);
  return s === '' ? BLANK : new TextCell(s);
}

/** The value of up to 15 plain digits (exact), or -1 for any other text. */
function digitsValue(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** parseInt(text, 10): the plain digits a sheet writes (string indices, row numbers) read without the runtime call parseInt makes for a new string. */
export function intOf(text: string): number {
  const v = digitsValue(text);
  return v >= 0 ? v : parseInt(text, 10);
}

/** parseFloat(text), plain digits read as {@link intOf} reads them. */
export function floatOf(text: string): number {
  const v = digitsValue(text);
  return v >= 0 ? v : parseFloat(text);
}

/** The column number of a cell reference ("AB12", "$AB$12" → 28), read as exceljs reads it; 0 when it has none. */
export function columnOf(ref: string): number {
  let col = 0;
  let hasRow = false;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (!hasRow && ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 48 && ch <= 57) hasRow = true;
    else if (hasRow && col > 0 && ch !== 36) break;
  }
  return col;
}

/** Rows a sheet can have (Excel's limit). */
const MAX_ROW = 1048576;

/**
 * The last row a worksheet's `<dimension ref="A1:N5001">` declares (5001), undefined when the
 * reference is not a plain range or cell in Excel's bounds. Only a hint (any file can say
 * anything): it sizes memory up front, never decides a result.
 */
export function declaredLastRow(ref: string | undefined): number | undefined {
  if (ref === undefined || ref.length > 32) return undefined;
  const colon = ref.indexOf(':');
  const last = colon < 0 ? ref : ref.slice(colon + 1);
  let i = 0;
  while (i < last.length && last.charCodeAt(i) >= 65 && last.charCodeAt(i) <= 90) i++;
  if (i === 0 || i === last.length) return undefined;
  let row = 0;
  for (; i < last.length; i++) {
    const d = last.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  return row >= 1 && row <= MAX_ROW ? row : undefined;
}

/** Columns a row can have (A to XFD). */
export const MAX_COL = 16384;

/**
 * The row being read, by column number (1-based): the cell's value as exceljs holds it
 * (undefined: none), its number format, its raw parts. One set of arrays serves every row:
 * the columns a row touched are listed, and cleared when the next row starts.
 */
export class RowState {
  line = 0;
  /** The row's own style's number format (cells without a style of their own take it). */
  numFmt: string | undefined = undefined;
  lastCol = 0;
  readonly values: (Cell | undefined)[] = new Array<Cell | undefined>(MAX_COL + 1).fill(undefined);
  readonly numFmts: (string | undefined)[] = new Array<string | undefined>(MAX_COL + 1).fill(undefined);
  readonly raw: (RawPart | undefined)[] = new Array<RawPart | undefined>(MAX_COL + 1).fill(undefined);
  /** The columns touched in this row, in order first touched; `mark[col]` is this row's serial once touched. */
  readonly touched = new Int32Array(MAX_COL);
  touchedCount = 0;
  private readonly mark = new Int32Array(MAX_COL + 1);
  private serial = 0;

  /** Starts a row (what the last one touched is cleared). */
  start(line: number, numFmt: string | undefined): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const col = this.touched[i];
      this.values[col] = undefined;
      this.raw[col] = undefined;
    }
    this.touchedCount = 0;
    this.serial = (this.serial + 1) | 0;
    if (this.serial === 0) {
      this.mark.fill(0);
      this.serial = 1;
    }
    this.line = line;
    this.numFmt = numFmt;
    this.lastCol = 0;
  }

  /** Marks a column as touched; its number format starts as the row's. */
  touch(col: number): void {
    if (this.mark[col] === this.serial) return;
    this.mark[col] = this.serial;
    this.numFmts[col] = this.numFmt;
    this.touched[this.touchedCount++] = col;
  }

  /** The last column with a value (0: none). */
  width(): number {
    let width = 0;
    for (let i = 0; i < this.touchedCount; i++) {
      const col = this.touched[i];
      if (col > width && this.values[col] !== undefined) width = col;
    }
    return width;
  }
}

