import type { FieldContext } from './cell-read';
import { checkCells } from './check-row';
import { DuplicateTracker } from './duplicates';
import { ALL_FIELDS, LAYOUT_COLUMNS } from './fields';
import { type HeaderMap, guessLayout, isHeaderRow, readHeader } from './headers';
import type { Cell, Layout, Note, RowResult, Source } from './types';

/** Options of a checking session. */
export interface SessionOptions {
  readonly source: Source;
  /** "Now" for date rules (tests inject it). */
  readonly now?: Date;
  /** Force a layout instead of reading it from the header or guessing it. */
  readonly layout?: Layout;
  /** Files: the portal always skips row 1, so a first row of data is reported. */
  readonly file?: boolean;
}

/** The text of a cell, for header and layout detection. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'string': case 'formula': case 'error': return cell.text;
    case 'number': return String(cell.value);
    case 'boolean': return String(cell.value);
    case 'date': return Number.isNaN(cell.value.getTime()) ? '' : cell.value.toISOString().slice(0, 10);
    default: return '';
  }
}

/** Whether every cell is blank or only whitespace (a hole in the array counts as blank, as `every` skips it). */
function isBlankRow(cells: readonly Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c !== undefined && c.kind !== 'blank' && !(c.kind === 'string' && c.text.trim() === '')) return false;
  }
  return true;
}

const GUESS_ROWS = 20;
const FULL_NAME_AT = ALL_FIELDS.indexOf('Full Name');
const DESIGNATION_AT = ALL_FIELDS.indexOf('Designation');
const MOTHER_TONGUE_AT = ALL_FIELDS.indexOf('Mother Tongue');

/**
 * A streaming check of one sheet or pasted block: push rows in order, get results back
 * (the first rows are held until the layout is known), then `finish()`. Never throws.
 */
export class SheetSession {
  private readonly ctx: FieldContext;
  private readonly dup = new DuplicateTracker();
  private header: HeaderMap | undefined;
  private layoutValue: Layout | undefined;
  private pending: { line: number; cells: Cell[] }[] = [];
  private seenFirst = false;
  private readonly noteList: Note[] = [];
  private designationSeen = false;
  private motherTongueSeen = false;
  private firstNameCol = -1;
  private lastNameCol = -1;
  private count = 0;
  /** For each column of the sheet, the position in {@link ALL_FIELDS} of the field it holds (-1: none), once the layout is known. */
  private fieldAt: Int8Array | undefined;
  /** The row being checked, by field position. */
  private readonly byField: (Cell | undefined)[] = new Array<Cell | undefined>(ALL_FIELDS.length).fill(undefined);

  constructor(private readonly opts: SessionOptions) {
    this.ctx = { source: opts.source, now: opts.now ?? new Date() };
  }

  /** Told how many rows are coming (at most): room for them is made at once (memory only; results are the same). */
  expectRows(rows: number): void {
    this.dup.reserve(rows);
  }

  /** Adds a row (cells by position). Returns the results that became ready. */
  push(line: number, cells: readonly Cell[]): RowResult[] {
    if (isBlankRow(cells)) return [];
    if (!this.seenFirst) {
      this.seenFirst = true;
      const texts = cells.map(cellText);
      if (isHeaderRow(texts)) {
        this.header = readHeader(texts);
        this.layoutValue = this.opts.layout ?? this.header.layout;
        this.firstNameCol = this.header.columns.indexOf('first-name');
        this.lastNameCol = this.header.columns.indexOf('last-name');
        this.noteHeader(this.header);
        return [];
      }
      if (this.opts.file) this.noteList.push({ code: 'file-first-row-is-data', params: { line } });
    }
    this.count++;
    // Checked at once: nothing keeps the cells, so they are not copied.
    if (this.layoutValue) return [this.check(line, cells)];
    this.pending.push({ line, cells: [...cells] });
    return this.pending.length >= GUESS_ROWS ? this.flush() : [];
  }

  /** Ends the input: returns the rows still held back. */
  finish(): RowResult[] {
    return this.flush();
  }

  /** Data rows held back until the layout is known (their results come later). */
  get holding(): number {
    return this.pending.length;
  }

  /** Number of data rows pushed so far. */
  get rowCount(): number {
    return this.count;
  }

  /** The layout used (guessed from the rows held so far when no header). */
  get layout(): Layout {
    return this.layoutValue ?? this.opts.layout ?? guessLayout(this.pending.map((p) => p.cells.map(cellText)));
  }

  get headerFound(): boolean {
    return this.header !== undefined;
  }

  get layoutAssumed(): boolean {
    return this.header === undefined && this.opts.layout === undefined;
  }

  /** Input-level notes: the offline caveat first, then layout and column notes. */
  notes(): Note[] {
    const notes: Note[] = [{ code: 'registration-unknown-offline' }];
    if (this.layout === '2023') notes.push({ code: 'layout-2023-portal-reads-current' });
    if (this.layoutAssumed && this.count > 0) notes.push({ code: this.layout === '2023' ? 'layout-assumed-2023' : 'layout-assumed-current' });
    notes.push(...this.noteList);
    if (this.designationSeen) notes.push({ code: 'designation-unverified-offline' });
    if (this.motherTongueSeen) notes.push({ code: 'mother-tongue-unverified-offline' });
    return notes;
  }

  private noteHeader(h: HeaderMap): void {
    if (h.unknown.length) this.noteList.push({ code: 'header-unknown-columns', params: { columns: h.unknown.join(', ') } });
    const missing = LAYOUT_COLUMNS[h.layout].slice(0, h.layout === 'current' ? 5 : 4).filter((f) => !h.columns.includes(f));
    const split = h.columns.includes('first-name');
    if (split) this.noteList.push({ code: 'first-last-name-columns' });
    const reallyMissing = missing.filter((f) => !(split && f === 'Full Name'));
    if (reallyMissing.length) this.noteList.push({ code: 'header-missing-columns', params: { columns: reallyMissing.join(', ') } });
    if (h.outOfOrder && this.opts.file) this.noteList.push({ code: 'columns-out-of-order', params: { columns: LAYOUT_COLUMNS[h.layout].join(', ') } });
  }

  private flush(): RowResult[] {
    if (!this.pending.length) return [];
    if (!this.layoutValue) this.layoutValue = this.layout;
    const rows = this.pending;
    this.pending = [];
    return rows.map((r) => this.check(r.line, r.cells));
  }

  private check(line: number, cells: readonly Cell[]): RowResult {
    const byField = this.placed(cells);
    if (!this.designationSeen) {
      const d = byField[DESIGNATION_AT];
      if (d && d.kind === 'string' && d.text.trim()) this.designationSeen = true;
    }
    if (!this.motherTongueSeen) {
      const m = byField[MOTHER_TONGUE_AT];
      if (m && m.kind === 'string' && m.text.trim()) this.motherTongueSeen = true;
    }
    return checkCells(line, byField, this.layout, this.ctx, this.dup);
  }

  /** The row's cells by field position: by the header's columns, else by the layout's. */
  private placed(cells: readonly Cell[]): (Cell | undefined)[] {
    const out = this.byField;
    out.fill(undefined);
    const fieldAt = (this.fieldAt ??= this.columnFields());
    const n = Math.min(cells.length, fieldAt.length);
    for (let i = 0; i < n; i++) if (fieldAt[i] >= 0 && cells[i]) out[fieldAt[i]] = cells[i];
    if (this.firstNameCol >= 0 && !out[FULL_NAME_AT]) {
      const joined = [cellText(cells[this.firstNameCol]), cellText(cells[this.lastNameCol])].map((t) => t.trim()).filter(Boolean).join(' ');
      if (joined) out[FULL_NAME_AT] = { kind: 'string', text: joined };
    }
    return out;
  }

  /** Which field each column holds (the header's first column for a field; without a header, the layout's order). */
  private columnFields(): Int8Array {
    const fields = this.header
      ? this.header.columns.map((m) => (m && m !== 'first-name' && m !== 'last-name' && m !== 'portal-output' ? m : null))
      : LAYOUT_COLUMNS[this.layout];
    return Int8Array.from(fields, (f) => (f ? ALL_FIELDS.indexOf(f) : -1));
  }
}
