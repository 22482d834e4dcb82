import type { FieldContext } from './cell-read';
import { checkRow } from './check-row';
import { DuplicateTracker } from './duplicates';
import { LAYOUT_COLUMNS } from './fields';
import { type HeaderMap, guessLayout, isHeaderRow, readHeader } from './headers';
import type { Cell, FieldName, Layout, Note, RawRow, RowResult, Source } from './types';

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

const GUESS_ROWS = 20;

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

  constructor(private readonly opts: SessionOptions) {
    this.ctx = { source: opts.source, now: opts.now ?? new Date() };
  }

  /** Adds a row (cells by position). Returns the results that became ready. */
  push(line: number, cells: readonly Cell[]): RowResult[] {
    if (cells.every((c) => c.kind === 'blank' || (c.kind === 'string' && c.text.trim() === ''))) return [];
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
    if (this.layoutValue) return [this.check(line, [...cells])];
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

  private check(line: number, cells: Cell[]): RowResult {
    const raw = this.toRaw(line, cells);
    const d = raw.cells.Designation;
    if (d && d.kind === 'string' && d.text.trim()) this.designationSeen = true;
    const m = raw.cells['Mother Tongue'];
    if (m && m.kind === 'string' && m.text.trim()) this.motherTongueSeen = true;
    return checkRow(raw, this.layout, this.ctx, this.dup);
  }

  private toRaw(line: number, cells: Cell[]): RawRow {
    const out: Partial<Record<FieldName, Cell>> = {};
    if (this.header) {
      this.header.columns.forEach((m, i) => {
        if (m && m !== 'first-name' && m !== 'last-name' && m !== 'portal-output' && cells[i]) out[m] = cells[i];
      });
      if (this.firstNameCol >= 0 && !out['Full Name']) {
        const joined = [cellText(cells[this.firstNameCol]), cellText(cells[this.lastNameCol])].map((t) => t.trim()).filter(Boolean).join(' ');
        if (joined) out['Full Name'] = { kind: 'string', text: joined };
      }
    } else {
      LAYOUT_COLUMNS[this.layout].forEach((f, i) => {
        if (cells[i]) out[f] = cells[i];
      });
    }
    return { line, cells: out };
  }
}
