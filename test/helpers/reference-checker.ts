import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type Cell, type CheckResult, delimitedRecords, headerMeaning, type RowResult, SheetSession, type Source } from '../../src/domain/bulk-upload';
import { limitResult } from '../../src/files';

/**
 * The checker's file reading as it was before it streamed (session 9): the whole file in
 * memory, exceljs's streaming reader over it (after putting the shared strings before the
 * sheets), every row's result kept. Kept here only to show that the streamed checker gives
 * the same results; nothing in the product uses it.
 */

interface OldRow {
  readonly line: number;
  readonly cells: Cell[];
}

// ---- src/files/zip-order.ts as it was ----
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
function findEnd(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) if (buf.readUInt32LE(i) === END) return i;
  return -1;
}
function rank(name: string): number {
  if (name === '[Content_Types].xml' || name.startsWith('_rels/')) return 0;
  if (name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels') return 1;
  if (name === 'xl/styles.xml' || name === 'xl/sharedStrings.xml') return 2;
  if (name.startsWith('xl/worksheets/')) return 4;
  return 3;
}
function reorderXlsxForStreaming(buf: Buffer): Buffer {
  const end = findEnd(buf);
  if (end < 0) return buf;
  const count = buf.readUInt16LE(end + 10);
  const cdStart = buf.readUInt32LE(end + 16);
  if (cdStart >= buf.length || count === 0xffff) return buf;
  const entries: { name: string; offset: number }[] = [];
  let p = cdStart;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return buf;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), offset: buf.readUInt32LE(p + 42) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  const ranges = byOffset.map((e, i) => ({ e, start: e.offset, stop: i + 1 < byOffset.length ? byOffset[i + 1].offset : cdStart }));
  if (ranges.some((r) => r.stop <= r.start || buf.readUInt32LE(r.start) !== LOCAL)) return buf;
  const ordered = [...ranges].sort((a, b) => rank(a.e.name) - rank(b.e.name) || a.start - b.start);
  if (ordered.every((r, i) => r === ranges[i])) return buf;
  return Buffer.concat([...ordered.map((r) => buf.subarray(r.start, r.stop)), buf.subarray(cdStart)]);
}

// ---- src/files/read-xlsx.ts as it was ----
const BLANK: Cell = Object.freeze({ kind: 'blank' });
function toCell(value: unknown, numFmt?: string): Cell {
  if (value === null || value === undefined || value === '') return BLANK;
  switch (typeof value) {
    case 'string': return { kind: 'string', text: value };
    case 'number': return numFmt ? { kind: 'number', value, numFmt } : { kind: 'number', value };
    case 'boolean': return { kind: 'boolean', value };
    default: break;
  }
  if (value instanceof Date) return { kind: 'date', value };
  const v = value as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) return { kind: 'formula', text: String(v.formula ?? v.sharedFormula ?? '') };
  if ('error' in v) return { kind: 'error', text: String(v.error) };
  if (Array.isArray(v.richText)) return { kind: 'string', text: (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('') };
  if ('text' in v) return { kind: 'string', text: String(v.text ?? '') };
  return { kind: 'string', text: String(value) };
}
type RowLike = { number: number; values: unknown[] | Record<string, unknown>; getCell(i: number): { numFmt?: string } };
async function* oldXlsxRows(buf: Buffer): AsyncGenerator<OldRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([reorderXlsxForStreaming(buf)]), {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  for await (const worksheet of reader) {
    for await (const r of worksheet as unknown as AsyncIterable<RowLike>) {
      const values = Array.isArray(r.values) ? r.values : [];
      const cells: Cell[] = new Array(Math.max(0, values.length - 1));
      for (let i = 1; i < values.length; i++) {
        const v = values[i];
        cells[i - 1] = typeof v === 'number' ? toCell(v, r.getCell(i).numFmt) : toCell(v);
      }
      for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = BLANK;
      yield { line: r.number, cells };
    }
    break;
  }
}

// ---- src/files/read-csv.ts as it was ----
function* oldCsvRows(text: string): Generator<OldRow> {
  const src = text.replace(/^\uFEFF/, '');
  const nl = src.search(/\r|\n/);
  const first = nl < 0 ? src : src.slice(0, nl);
  const count = (ch: string) => first.split(ch).length - 1;
  const delim = count('\t') > 0 ? '\t' : count(';') > count(',') ? ';' : ',';
  for (const record of delimitedRecords(src, delim)) yield { line: record.line, cells: record.cells.map((t): Cell => (t === '' ? BLANK : { kind: 'string', text: t })) };
}

// ---- the row loop of src/files/check-file.ts as it was ----
async function oldCheckRows(rows: AsyncIterable<OldRow> | Iterable<OldRow>, source: Source, now: Date, maxRows: number): Promise<CheckResult> {
  const session = new SheetSession({ source, now, file: true });
  const results: RowResult[] = [];
  let first = true;
  let any = false;
  for await (const row of rows) {
    any = true;
    const got = session.push(row.line, row.cells);
    if (first && row.cells.some((c) => c.kind !== 'blank')) {
      first = false;
      if (session.headerFound) void row.cells.findIndex((c) => c.kind === 'string' && headerMeaning(c.text) === 'portal-output');
      else if (session.rowCount === 0) return limitResult('no-header-or-wrong-columns');
    }
    for (const r of got) results.push(r);
    if (session.rowCount > maxRows) return limitResult('too-many-rows', { max: maxRows });
  }
  results.push(...session.finish());
  if (!any) return limitResult('empty-file');
  const looksLikeData = results.some((r) => !r.errors.some((e) => e.field === 'Email') || !r.errors.some((e) => e.field === 'Mobile Number'));
  if (!session.headerFound && !looksLikeData) return limitResult('no-header-or-wrong-columns');
  return { layout: session.layout, layoutAssumed: session.layoutAssumed, headerFound: session.headerFound, rows: results, notes: results.length ? session.notes() : [...session.notes(), { code: 'no-rows' }] };
}

/** What the checker found in a file before it streamed. */
export async function referenceCheck(buf: Buffer, kind: 'xlsx' | 'csv', now: Date, maxRows = 50_000): Promise<CheckResult> {
  try {
    return await oldCheckRows(kind === 'xlsx' ? oldXlsxRows(buf) : oldCsvRows(buf.toString('utf8')), kind, now, maxRows);
  } catch {
    return limitResult('unreadable-file');
  }
}
