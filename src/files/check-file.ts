import fs from 'node:fs/promises';
import path from 'node:path';
import { type CheckResult, type Note, type RowResult, SheetSession, type Source, headerMeaning } from '../domain/bulk-upload';
import { sniffFileKind } from './file-kind';
import { readCsvRows } from './read-csv';
import { type SheetRow, readXlsxRows } from './read-xlsx';
import { type OriginalRow, writeAnnotatedXlsx } from './write-annotated';

/** Default limits for files. */
export const FILE_LIMITS = Object.freeze({ maxBytes: 10 * 1024 * 1024, maxRows: 50_000 });

/** Options for checking a file. */
export interface FileCheckOptions {
  readonly maxBytes?: number;
  readonly maxRows?: number;
  /** Also build the annotated copy (Status, Error Details). */
  readonly annotate?: boolean;
  /** 'xlsx' or 'csv' when the name is known; the content is sniffed anyway. */
  readonly fileType?: string;
  readonly now?: Date;
}

/** A checked file: the result (with `limit` set when it could not be checked) and the annotated copy if asked for. */
export interface FileCheckOutcome {
  readonly result: CheckResult;
  readonly annotated?: Buffer;
}

/** A result that only carries a limit (nothing checked). */
export function limitResult(code: string, params?: Note['params']): CheckResult {
  return { layout: 'current', layoutAssumed: false, headerFound: false, rows: [], notes: [], limit: params ? { code, params } : { code } };
}

/** Checks a file on disk (.xlsx or .csv). Reads at most `maxBytes`; never throws for a bad file. */
export async function checkFilePath(file: string, options: FileCheckOptions = {}): Promise<FileCheckOutcome> {
  const maxBytes = options.maxBytes ?? FILE_LIMITS.maxBytes;
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch {
    return { result: limitResult('unreadable-file') };
  }
  if (size > maxBytes) return { result: limitResult('file-too-large', { maxMb: Math.round(maxBytes / 1048576) }) };
  const buf = await fs.readFile(file).catch(() => undefined);
  if (!buf) return { result: limitResult('unreadable-file') };
  const ext = path.extname(file).slice(1).toLowerCase();
  return checkFileBuffer(buf, { ...options, fileType: options.fileType ?? ext });
}

/** Checks an in-memory .xlsx or .csv. Never throws for a bad file. */
export async function checkFileBuffer(buf: Buffer, options: FileCheckOptions = {}): Promise<FileCheckOutcome> {
  const maxBytes = options.maxBytes ?? FILE_LIMITS.maxBytes;
  if (buf.length > maxBytes) return { result: limitResult('file-too-large', { maxMb: Math.round(maxBytes / 1048576) }) };
  if (buf.length === 0) return { result: limitResult('empty-file') };
  const kind = sniffFileKind(buf);
  const type = (options.fileType ?? '').toLowerCase().replace(/^\./, '');
  if (kind === 'encrypted') return { result: limitResult('password-protected') };
  if (kind === 'xls' || kind === 'unknown') return { result: limitResult(kind === 'xls' ? 'not-xlsx-or-csv' : 'unreadable-file') };
  if (kind === 'csv' && type && type !== 'csv' && type !== 'txt') return { result: limitResult(type === 'xlsx' ? 'unreadable-file' : 'not-xlsx-or-csv') };
  if (kind === 'xlsx' && type && type !== 'xlsx') return { result: limitResult('not-xlsx-or-csv') };
  const source: Source = kind === 'xlsx' ? 'xlsx' : 'csv';
  const rows: AsyncIterable<SheetRow> | Iterable<SheetRow> = source === 'xlsx'
    ? readXlsxRows(buf, options.annotate === true)
    : withValues(readCsvRows(buf.toString('utf8')), options.annotate === true);
  try {
    return await checkRows(rows, source, options);
  } catch {
    return { result: limitResult('unreadable-file') };
  }
}

function* withValues(rows: Iterable<SheetRow>, keep: boolean): Generator<SheetRow> {
  for (const r of rows) yield keep ? { ...r, values: [undefined, ...r.cells.map((c) => (c.kind === 'string' ? c.text : null))] } : r;
}

async function checkRows(rows: AsyncIterable<SheetRow> | Iterable<SheetRow>, source: Source, options: FileCheckOptions): Promise<FileCheckOutcome> {
  const maxRows = options.maxRows ?? FILE_LIMITS.maxRows;
  const session = new SheetSession({ source, now: options.now, file: true });
  const results: RowResult[] = [];
  const originals: OriginalRow[] = [];
  let headerLine: number | undefined;
  let headerWidth = 0;
  let statusCol = -1;
  let first = true;
  let any = false;
  for await (const row of rows) {
    any = true;
    if (options.annotate && row.values) originals.push({ line: row.line, values: row.values });
    const got = session.push(row.line, row.cells);
    if (first && row.cells.some((c) => c.kind !== 'blank')) {
      first = false;
      if (session.headerFound) {
        headerLine = row.line;
        headerWidth = row.cells.length;
        statusCol = row.cells.findIndex((c) => c.kind === 'string' && headerMeaning(c.text) === 'portal-output');
      } else if (session.rowCount === 0) return { result: limitResult('no-header-or-wrong-columns') };
    }
    for (const r of got) results.push(r);
    if (session.rowCount > maxRows) return { result: limitResult('too-many-rows', { max: maxRows }) };
  }
  results.push(...session.finish());
  if (!any) return { result: limitResult('empty-file') };
  if (!session.headerFound && !looksLikeData(results)) return { result: limitResult('no-header-or-wrong-columns') };
  const result: CheckResult = {
    layout: session.layout, layoutAssumed: session.layoutAssumed, headerFound: session.headerFound, rows: results,
    notes: results.length ? session.notes() : [...session.notes(), { code: 'no-rows' }],
  };
  if (!options.annotate) return { result };
  const col = statusCol >= 0 ? statusCol + 1 : session.layout === 'current' ? Math.max(15, headerWidth + 1) : Math.max(headerWidth, 7) + 1;
  const byLine = new Map(results.map((r) => [r.line, r] as const));
  return { result, annotated: await writeAnnotatedXlsx(originals, byLine, headerLine, col) };
}

/** Without a header, the rows must at least look like people (some row with a well-formed email or mobile). */
function looksLikeData(results: readonly RowResult[]): boolean {
  return results.some((r) => !r.errors.some((e) => e.field === 'Email') || !r.errors.some((e) => e.field === 'Mobile Number'));
}
