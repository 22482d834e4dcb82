import type { Cell, RowResult } from '../domain/bulk-upload';
import type { RawCell, SheetRow } from './xlsx-sheet';
import type { XmlBytes } from './xml-bytes';
import { type ByteSink, escapeXml, XlsxStreamWriter } from './xlsx-writer';

/**
 * What we write into `Status` for a row without errors. Not "SUCCESS": whether the email or mobile is already
 * registered can't be known offline, so we never claim a row will succeed (the summary says why).
 */
export const STATUS_NO_ERRORS = 'NO ERRORS FOUND';
/** What the portal writes for a rejected row. */
export const STATUS_FAILED = 'FAILED';

/** By 1-based column number: `<c r="` and the column's letters (1 → A, 28 → AB), the start of each cell's reference. */
const cellOpens: string[] = [];
function cellOpen(col: number): string {
  let s = cellOpens[col];
  if (s === undefined) {
    let letters = '';
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    cellOpens[col] = s = `<c r="${letters}`;
  }
  return s;
}

/** A text cell (written as exceljs wrote the old copies: `t="str"`, which Excel, LibreOffice and the portal read as text). */
function inlineString(x: XmlBytes, col: number, line: string, text: string): void {
  x.ascii(cellOpen(col));
  x.ascii(line);
  x.ascii('" t="str"><v>');
  x.text(text);
  x.ascii('</v></c>');
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

const NO_RAW: RawCell = Object.freeze({});

/** `<c r="REF" s="N"` for a cell with its number format (no ` s` for none). */
function styledOpen(x: XmlBytes, col: number, line: string, cell: Cell, raw: RawCell, writer: XlsxStreamWriter): void {
  const id = writer.styleFor(raw.numFmt ?? (cell.kind === 'number' ? cell.numFmt : undefined));
  x.ascii(cellOpen(col));
  x.ascii(line);
  x.ascii(id ? `" s="${id}"` : '"');
}

/** A cell as it was written: text inline, numbers and dates with their number format, formulas with their last result. */
function cellXml(x: XmlBytes, col: number, line: string, cell: Cell, raw: RawCell, writer: XlsxStreamWriter): void {
  switch (cell.kind) {
    case 'blank': return;
    case 'string': return inlineString(x, col, line, cell.text);
    case 'number':
    case 'date': {
      // The number as written when it reads as one (ASCII), else the value's own digits.
      const v = raw.v !== undefined && NUMBER_TEXT.test(raw.v.trim()) ? raw.v.trim() : cell.kind === 'number' && Number.isFinite(cell.value) ? String(cell.value) : undefined;
      if (v === undefined) return inlineString(x, col, line, raw.v ?? '');
      styledOpen(x, col, line, cell, raw, writer);
      x.ascii('><v>');
      x.ascii(v);
      x.ascii('</v></c>');
      return;
    }
    case 'boolean':
      x.ascii(cellOpen(col));
      x.ascii(line);
      x.ascii(cell.value ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
      return;
    case 'error':
      x.ascii(cellOpen(col));
      x.ascii(line);
      x.ascii('" t="e"><v>');
      x.text(cell.text);
      x.ascii('</v></c>');
      return;
    case 'formula': {
      const attrs = Object.entries(raw.formula?.attrs ?? {}).filter(([k]) => k === 't' || k === 'ref' || k === 'si').map(([k, v]) => ` ${k}="${escapeXml.attr(v)}"`).join('');
      styledOpen(x, col, line, cell, raw, writer);
      if (raw.t === 'str' || raw.t === 'b' || raw.t === 'e') x.ascii(` t="${raw.t}"`);
      x.ascii('><f');
      x.utf8(attrs);
      x.ascii('>');
      x.text(cell.text);
      x.ascii('</f>');
      if (raw.v !== undefined) {
        x.ascii('<v>');
        x.text(raw.v);
        x.ascii('</v>');
      }
      x.ascii('</c>');
      return;
    }
    default:
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

  /** Writes one row (rows come in sheet order); a promise when batches filled and are being handed on (await it before the next row). */
  add(row: SheetRow, mark: RowMark, statusCol: number): Promise<void> | undefined {
    const x = this.writer.xml;
    const n = String(row.line);
    x.ascii('<row r="');
    x.ascii(n);
    x.ascii('">');
    const width = row.cells.length;
    const added: [string, string] | undefined = !mark ? undefined
      : 'header' in mark ? ['Status', 'Error Details'] : [mark.result.valid ? STATUS_NO_ERRORS : STATUS_FAILED, mark.result.valid ? '' : mark.result.errorDetails];
    const raw = row.raw;
    for (let col = 1; col <= Math.max(width, added ? statusCol + 1 : 0); col++) {
      if (added && col === statusCol) inlineString(x, col, n, added[0]);
      else if (added && col === statusCol + 1) {
        if (added[1]) inlineString(x, col, n, added[1]);
      } else if (col <= width && row.cells[col - 1].kind !== 'blank') cellXml(x, col, n, row.cells[col - 1], raw?.[col - 1] ?? NO_RAW, this.writer);
    }
    x.ascii('</row>');
    return this.writer.written();
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
