import type { SaxesTagPlain } from 'saxes';
import type { Cell } from '../domain/bulk-upload';
import type { SharedStrings } from './shared-strings';
import { excelToDate, isDateFormat, type WorkbookStyles } from './xlsx-styles';
import { xmlDecode, type XmlHandler } from './xml-events';

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

const BLANK: Cell = Object.freeze({ kind: 'blank' });

/*
 * Cells and rows are made by constructors, not object literals. V8 follows each literal's
 * allocation site, and when a young-generation collection finds nearly all of a site's objects
 * alive (as it can on the first rows after a large shared-strings table), it allocates that
 * site's objects in the old generation from then on: every cell of the sheet became
 * old-generation garbage and kept its young strings alive until a full collection (500,000
 * rows: about 170 KB promoted per young collection instead of 24). `new` has no allocation site.
 */
class TextCell {
  readonly kind = 'string' as const;
  constructor(readonly text: string) {}
}
class PlainNumber {
  readonly kind = 'number' as const;
  constructor(readonly value: number) {}
}
class FormattedNumber {
  readonly kind = 'number' as const;
  constructor(readonly value: number, readonly numFmt: string) {}
}
class DateCell {
  readonly kind = 'date' as const;
  constructor(readonly value: Date) {}
}
class FormulaCell {
  readonly kind = 'formula' as const;
  constructor(readonly text: string) {}
}
class ErrorCell {
  readonly kind = 'error' as const;
  constructor(readonly text: string) {}
}
class BooleanCell {
  readonly kind = 'boolean' as const;
  constructor(readonly value: boolean) {}
}
/** A non-text cell as written (its number format is set when the row ends). */
class RawPart implements RawCell {
  numFmt: string | undefined = undefined;
  constructor(readonly v: string | undefined, readonly t: string | undefined, readonly formula: RawCell['formula']) {}
}
class Row implements SheetRow {
  constructor(readonly line: number, readonly cells: Cell[], readonly raw?: readonly (RawCell | undefined)[]) {}
}

const numberWith = (value: number, numFmt: string | undefined): Cell => (numFmt ? new FormattedNumber(value, numFmt) : new PlainNumber(value));

/** The value of an inline string, error or boolean cell (kept out of the common path: text from the shared strings, numbers). */
function otherValue(t: string, text: string): Cell {
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
function intOf(text: string): number {
  const v = digitsValue(text);
  return v >= 0 ? v : parseInt(text, 10);
}

/** parseFloat(text), plain digits read as {@link intOf} reads them. */
function floatOf(text: string): number {
  const v = digitsValue(text);
  return v >= 0 ? v : parseFloat(text);
}

/** The column number of a cell reference ("AB12", "$AB$12" → 28), read as exceljs reads it; 0 when it has none. */
function columnOf(ref: string): number {
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

/** The cell being read (one object, reused for every cell). */
interface OpenCell {
  ref: string | undefined;
  s: number;
  t: string | undefined;
  f: { text: string; attrs: Record<string, string> } | undefined;
  /** Whether a `<v>`, `<is>` or `<t>` opened, and the text since the last one did. */
  hasV: boolean;
  v: string;
}

/** Where text goes: nowhere, the cell's value, or its formula. */
const Into = Object.freeze({ None: 0, Value: 1, Formula: 2 });

/** Columns a row can have (A to XFD). */
const MAX_COL = 16384;

/**
 * The row being read, by column number (1-based): the cell's value as exceljs holds it
 * (undefined: none), its number format, its raw parts. One set of arrays serves every row:
 * the columns a row touched are listed, and cleared when the next row starts.
 */
class RowState {
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

/**
 * The rows of one worksheet's XML, read as exceljs's streaming worksheet reader reads them (the
 * checker's results must not change): the same value for every cell type, the same number
 * formats (a cell's own style, else its row's), the same text quirks (text after a cell's last
 * `<v>`, `<f>` or `<t>` is part of it). Two differences, both where exceljs's answer is no
 * answer: a row or cell without its `r` reference follows the previous one (exceljs gives the
 * row number NaN, or fails), and multi-byte characters are never split between chunks.
 */
export class WorksheetReader implements XmlHandler {
  /** Rows completed since the caller last took them. */
  readonly ready: SheetRow[] = [];
  private inRows = false;
  /** The row being read (one state, reused), while one is open. */
  private readonly rowState = new RowState();
  private inRow = false;
  /** Whether each number format shows a date (a workbook has a few formats; each is tested once). */
  private readonly dateFormats = new Map<string, boolean>();
  private inCell = false;
  private readonly c: OpenCell = { ref: undefined, s: 0, t: undefined, f: undefined, hasV: false, v: '' };
  private current: number = Into.None;
  private lastLine = 0;

  constructor(
    private readonly strings: SharedStrings | null,
    private readonly styles: WorkbookStyles,
    private readonly date1904: boolean,
    private readonly keepRaw: boolean,
  ) {}

  open(tag: SaxesTagPlain): void {
    const a = tag.attributes;
    switch (tag.name) {
      case 'sheetData':
        this.inRows = true;
        break;
      case 'row':
        if (this.inRows) {
          const r = a.r === undefined ? NaN : intOf(a.r);
          const line = Number.isNaN(r) ? this.lastLine + 1 : r;
          this.lastLine = line;
          this.rowState.start(line, a.s ? this.styles.style(parseInt(a.s, 10))?.numFmt : undefined);
          this.inRow = true;
        }
        break;
      case 'c':
        if (this.inRow) {
          const c = this.c;
          c.ref = a.r;
          // Most cells have no style: parseInt(undefined) would read "undefined" (NaN, like no style).
          c.s = a.s === undefined ? 0 : intOf(a.s);
          c.t = a.t;
          c.f = undefined;
          c.hasV = false;
          c.v = '';
          this.inCell = true;
        }
        break;
      case 'f':
        if (this.inCell) {
          this.c.f = { text: '', attrs: a };
          this.current = Into.Formula;
        }
        break;
      case 'v':
      case 'is':
      case 't':
        if (this.inCell) {
          this.c.hasV = true;
          this.c.v = '';
          this.current = Into.Value;
        }
        break;
      default:
        break;
    }
  }

  text(text: string): void {
    if (this.current === Into.Value) this.c.v += text;
    else if (this.current === Into.Formula) this.c.f!.text += text;
  }

  close(name: string): void {
    switch (name) {
      case 'sheetData':
        this.inRows = false;
        break;
      case 'row':
        if (!this.inRow) throw new Error('row outside the sheet data');
        this.ready.push(this.finishRow(this.rowState));
        this.inRow = false;
        break;
      case 'c':
        if (this.inRow && this.inCell) this.finishCell(this.rowState, this.c);
        this.inCell = false;
        this.current = Into.None; // later text would go to a finished cell: no value changes
        break;
      default:
        break;
    }
  }

  private finishCell(row: RowState, c: OpenCell): void {
    const col = c.ref === undefined ? row.lastCol + 1 : columnOf(c.ref);
    if (col < 1 || col > MAX_COL) throw new Error('bad cell reference');
    row.lastCol = col;
    row.touch(col);
    if (c.s) {
      const style = this.styles.style(c.s);
      if (style) row.numFmts[col] = style.numFmt;
    }
    if (c.f) return this.put(row, col, new FormulaCell(c.f.text), c.hasV ? c.v : undefined, c);
    if (!c.hasV) return; // no value: the cell keeps what it had (exceljs assigns nothing)
    const text = c.v;
    const t = c.t;
    if (t === 's') {
      const s = this.strings ? this.strings.get(intOf(text)) : '[object Object]';
      // null and out of range read as no value; '' (rich text without text) is a string cell.
      return this.put(row, col, s === null || s === undefined ? undefined : new TextCell(s), undefined, c);
    }
    if (t === 'inlineStr' || t === 'str' || t === 'e' || t === 'b') return this.put(row, col, otherValue(t, text), t === 'b' ? text : undefined, c);
    const numFmt = row.numFmts[col];
    this.put(row, col, numFmt !== undefined && this.isDate(numFmt) ? new DateCell(excelToDate(floatOf(text), this.date1904)) : numberWith(floatOf(text), numFmt), text, c);
  }

  /** Sets a column's value (undefined: none) and, for the copy, how a cell other than text was written (`v`: its `<v>` text). */
  private put(row: RowState, col: number, cell: Cell | undefined, v: string | undefined, c: OpenCell): void {
    row.values[col] = cell;
    if (this.keepRaw) row.raw[col] = cell === undefined || cell.kind === 'string' ? undefined : new RawPart(v, c.t, c.f && { text: c.f.text, attrs: c.f.attrs });
  }

  private isDate(numFmt: string): boolean {
    let date = this.dateFormats.get(numFmt);
    if (date === undefined) this.dateFormats.set(numFmt, (date = isDateFormat(numFmt)));
    return date;
  }

  private finishRow(row: RowState): SheetRow {
    const width = row.width();
    const cells: Cell[] = new Array(width);
    for (let col = 1; col <= width; col++) {
      const cell = row.values[col];
      // A number takes its cell's final number format (a later <c> for the same column may restyle it).
      cells[col - 1] = cell === undefined ? BLANK : cell.kind === 'number' && cell.numFmt !== row.numFmts[col] ? numberWith(cell.value, row.numFmts[col]) : cell;
    }
    if (!this.keepRaw) return new Row(row.line, cells);
    const raw = new Array<RawCell | undefined>(width);
    for (let col = 1; col <= width; col++) {
      const r = row.raw[col];
      if (r) r.numFmt = row.numFmts[col];
      raw[col - 1] = r;
    }
    return new Row(row.line, cells, raw);
  }
}
