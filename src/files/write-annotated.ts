import type { Cell, RowResult } from '../domain/bulk-upload';
import type { RawCell, SheetRow } from './xlsx-sheet';
import { type ByteSink, escapeXml, XlsxStreamWriter } from './xlsx-writer';

/**
 * What we write into `Status` for a row without errors. Not "SUCCESS": whether the email or mobile is already
 * registered can't be known offline, so we never claim a row will succeed (the summary says why).
 */
export const STATUS_NO_ERRORS = 'NO ERRORS FOUND';
/** What the portal writes for a rejected row. */
export const STATUS_FAILED = 'FAILED';

const letters: string[] = [];
/** Column letters of a 1-based column number (1 → A, 28 → AB). */
function columnLetters(col: number): string {
  let s = letters[col];
  if (s === undefined) {
    s = '';
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    letters[col] = s;
  }
  return s;
}

/** A text cell (written as exceljs wrote the old copies: `t="str"`, which Excel, LibreOffice and the portal read as text). */
const inlineString = (ref: string, text: string): string => `<c r="${ref}" t="str"><v>${escapeXml.text(text)}</v></c>`;

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

const NO_RAW: RawCell = Object.freeze({});

/** ` s="N"` for the cell's number format ('' for none). */
function styleAttr(cell: Cell, raw: RawCell, writer: XlsxStreamWriter): string {
  const id = writer.styleFor(raw.numFmt ?? (cell.kind === 'number' ? cell.numFmt : undefined));
  return id ? ` s="${id}"` : '';
}

/** A cell as it was written: text inline, numbers and dates with their number format, formulas with their last result. */
function cellXml(ref: string, cell: Cell, raw: RawCell, writer: XlsxStreamWriter): string {
  if (cell.kind === 'string') return inlineString(ref, cell.text);
  if (cell.kind === 'number' || cell.kind === 'date') {
    const v = raw.v !== undefined && NUMBER_TEXT.test(raw.v.trim()) ? raw.v.trim() : cell.kind === 'number' && Number.isFinite(cell.value) ? String(cell.value) : undefined;
    return v === undefined ? inlineString(ref, raw.v ?? '') : `<c r="${ref}"${styleAttr(cell, raw, writer)}><v>${v}</v></c>`;
  }
  return otherCellXml(ref, cell, raw, writer);
}

/** Booleans, errors and formulas (out of the common path, so the row's code stays small). */
function otherCellXml(ref: string, cell: Cell, raw: RawCell, writer: XlsxStreamWriter): string {
  switch (cell.kind) {
    case 'boolean': return `<c r="${ref}" t="b"><v>${cell.value ? 1 : 0}</v></c>`;
    case 'error': return `<c r="${ref}" t="e"><v>${escapeXml.text(cell.text)}</v></c>`;
    case 'formula': {
      const attrs = Object.entries(raw.formula?.attrs ?? {}).filter(([k]) => k === 't' || k === 'ref' || k === 'si').map(([k, v]) => ` ${k}="${escapeXml.attr(v)}"`).join('');
      const t = raw.t === 'str' || raw.t === 'b' || raw.t === 'e' ? ` t="${raw.t}"` : '';
      const v = raw.v !== undefined ? `<v>${escapeXml.text(raw.v)}</v>` : '';
      return `<c r="${ref}"${styleAttr(cell, raw, writer)}${t}><f${attrs}>${escapeXml.text(cell.text)}</f>${v}</c>`;
    }
    default: return '';
  }
}

/** What goes into the two added columns of a row. */
export type RowMark = { readonly header: true } | { readonly result: RowResult } | undefined;

/**
 * The annotated copy, row by row: each row of the sheet as it was, with `Status` and
 * `Error Details` (errors joined by ", " as the portal writes them) in the 1-based columns
 * `statusCol` and `statusCol + 1`; the header gets the two titles.
 */
export class AnnotatedCopy {
  private readonly writer: XlsxStreamWriter;

  constructor(out: ByteSink, date1904 = false) {
    this.writer = new XlsxStreamWriter(out, date1904);
  }

  begin(): Promise<void> {
    return this.writer.begin();
  }

  /** Writes one row (rows come in sheet order); a promise when a batch is being handed on (await it before the next row). */
  add(row: SheetRow, mark: RowMark, statusCol: number): Promise<void> | undefined {
    const n = String(row.line); // once a row, not once a cell
    let xml = `<row r="${n}">`;
    const width = row.cells.length;
    const added: [string, string] | undefined = !mark ? undefined
      : 'header' in mark ? ['Status', 'Error Details'] : [mark.result.valid ? STATUS_NO_ERRORS : STATUS_FAILED, mark.result.valid ? '' : mark.result.errorDetails];
    const raw = row.raw;
    const last = Math.max(width, added ? statusCol + 1 : 0);
    for (let col = 1; col <= last; col++) {
      if (added && col === statusCol) xml += inlineString(`${columnLetters(col)}${n}`, added[0]);
      else if (added && col === statusCol + 1) xml += added[1] ? inlineString(`${columnLetters(col)}${n}`, added[1]) : '';
      else if (col <= width && row.cells[col - 1].kind !== 'blank') xml += cellXml(`${columnLetters(col)}${n}`, row.cells[col - 1], raw?.[col - 1] ?? NO_RAW, this.writer);
    }
    return this.writer.row(`${xml}</row>`);
  }

  end(): Promise<void> {
    return this.writer.end();
  }

  abort(): void {
    this.writer.abort();
  }
}

/** Chunks kept in memory: a sink for an annotated copy that is sent rather than saved. */
export function memorySink(): ByteSink & { buffer(): Buffer } {
  const chunks: Buffer[] = [];
  return { write: (c) => (chunks.push(c), true), once: () => undefined, buffer: () => Buffer.concat(chunks) };
}

/** Writes rows (pasted text, or a whole small sheet) back as an annotated .xlsx in memory. */
export async function writeAnnotatedXlsx(rows: readonly SheetRow[], results: ReadonlyMap<number, RowResult>, headerLine: number | undefined, statusCol: number): Promise<Buffer> {
  const sink = memorySink();
  const copy = new AnnotatedCopy(sink);
  await copy.begin();
  for (const row of rows) {
    const result = results.get(row.line);
    await copy.add(row, row.line === headerLine ? { header: true } : result ? { result } : undefined, statusCol);
  }
  await copy.end();
  return sink.buffer();
}
