import type { SaxesTagPlain } from 'saxes';
import type { Cell } from '../domain/bulk-upload';
import type { SharedStrings } from './shared-strings';
import { excelToDate, isDateFormat, type WorkbookStyles } from './xlsx-styles';
import type { XmlHandler } from './xml-events';
import {
  BLANK, DateCell, FormulaCell, MAX_COL, declaredLastRow, RawPart, Row, RowState, TextCell, columnOf, floatOf, intOf, numberWith, otherValue,
  type RawCell, type SheetRow,
} from './sheet-row';

export type { RawCell, SheetRow };

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
  /** The last row the sheet's `<dimension>` declares, once read (a hint: see {@link declaredLastRow}). */
  declaredRows: number | undefined;
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
      case 'dimension':
        if (!this.inRows) this.declaredRows = declaredLastRow(a.ref);
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
