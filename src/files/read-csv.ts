import type { Cell } from '../domain/bulk-upload';
import { BLANK, Row, TextCell, type SheetRow } from './sheet-row';

/** Picks the CSV delimiter from the first line: tab, ";" or ",". */
export function csvDelimiter(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  if (count('\t') > 0) return '\t';
  return count(';') > count(',') ? ';' : ',';
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * CSV records from text that arrives in pieces, exactly as the portal's strict reader splits
 * them (and as the checker always has): a quote opens a quoted cell only as a cell's first
 * character, "" is a quote inside one, quoted cells may span lines, LF / CRLF / CR end a
 * record, a last record without a line end counts and an empty last line does not. Record
 * numbers are the 1-based lines where records start.
 */
export class CsvRecords {
  private delim = -1;
  private bomChecked = false;
  /** Text not yet read: the first line until its end is seen, or a character that needs the next one. */
  private carry = '';
  private cells: string[] = [];
  private cell = '';
  private quoted = false;
  private atCellStart = true;
  private line = 1;
  private start = 1;
  private readonly out: { line: number; cells: string[] }[] = [];

  /** Feeds text; returns the records completed by it. */
  push(text: string): { line: number; cells: string[] }[] {
    if (!this.bomChecked && text) {
      text = text.replace(/^\uFEFF/, '');
      this.bomChecked = true;
    }
    if (this.delim < 0) {
      // Only the new piece is searched for the first line's end (a long first line costs its length once).
      const nl = text.search(/\r|\n/);
      if (nl < 0) {
        this.carry += text;
        return [];
      }
      this.delim = csvDelimiter(this.carry + text.slice(0, nl)).charCodeAt(0);
    }
    text = this.carry + text;
    this.carry = '';
    this.carry = text.slice(this.scan(text, false));
    return this.out.splice(0);
  }

  /** Ends the input; returns the last records. */
  end(): { line: number; cells: string[] }[] {
    if (this.delim < 0) this.delim = csvDelimiter(this.carry).charCodeAt(0);
    this.scan(this.carry, true);
    this.carry = '';
    if (this.cell !== '' || this.cells.length) this.emit();
    return this.out.splice(0);
  }

  private emit(): void {
    this.cells.push(this.cell);
    this.out.push({ line: this.start, cells: this.cells });
    this.cells = [];
    this.cell = '';
    this.atCellStart = true;
  }

  /** Reads `text` as far as it can; returns where it stopped (a quote or CR at the end waits for what follows, unless `final`). */
  private scan(text: string, final: boolean): number {
    const n = text.length;
    const delim = this.delim;
    let i = 0;
    /** The next line feed at or after `i` once looked up (-1: none left; -2: not looked up yet), so quoted cells count lines in one pass. */
    let nl = -2;
    while (i < n) {
      if (this.quoted) {
        const q = text.indexOf('"', i);
        const stop = q < 0 ? n : q;
        if (nl !== -1 && nl < i) nl = text.indexOf('\n', i);
        for (; nl >= 0 && nl < stop; nl = text.indexOf('\n', nl + 1)) this.line++;
        this.cell += text.slice(i, stop);
        if (q < 0) return n;
        if (q + 1 >= n && !final) return q;
        if (text.charCodeAt(q + 1) === QUOTE) {
          this.cell += '"';
          i = q + 2;
        } else {
          this.quoted = false;
          i = q + 1;
        }
        continue;
      }
      if (this.atCellStart && this.cell === '' && text.charCodeAt(i) === QUOTE) {
        this.quoted = true;
        this.atCellStart = false;
        i++;
        continue;
      }
      let j = i;
      while (j < n) {
        const ch = text.charCodeAt(j);
        if (ch === delim || ch === CR || ch === LF) break;
        j++;
      }
      if (j > i) {
        this.cell += text.slice(i, j);
        this.atCellStart = false;
      }
      if (j >= n) return n;
      const ch = text.charCodeAt(j);
      if (ch === delim) {
        this.cells.push(this.cell);
        this.cell = '';
        this.atCellStart = true;
        i = j + 1;
        continue;
      }
      if (ch === CR && j + 1 >= n && !final) return j;
      i = ch === CR && text.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
      this.emit();
      this.line++;
      this.start = this.line;
    }
    return n;
  }
}

/**
 * Sheet rows from CSV records: every cell is text, as the portal's CSV reader sees it (the
 * annotated copy writes it back as text). Cells and rows by constructors, as the .xlsx reader
 * makes them (see sheet-row.ts: an object literal's site can be pretenured by V8).
 */
function sheetRows(records: readonly { line: number; cells: string[] }[]): SheetRow[] {
  const rows: SheetRow[] = new Array(records.length);
  for (let r = 0; r < records.length; r++) {
    const texts = records[r].cells;
    const cells: Cell[] = new Array(texts.length);
    for (let i = 0; i < texts.length; i++) cells[i] = texts[i] === '' ? BLANK : new TextCell(texts[i]);
    rows[r] = new Row(records[r].line, cells);
  }
  return rows;
}

/** Sheet rows from CSV text pieces. */
export async function* readCsvRows(pieces: AsyncIterable<string> | Iterable<string>): AsyncGenerator<SheetRow[]> {
  const records = new CsvRecords();
  const rows = sheetRows;
  for await (const piece of pieces) {
    const done = records.push(piece);
    if (done.length) yield rows(done);
  }
  const last = records.end();
  if (last.length) yield rows(last);
}
