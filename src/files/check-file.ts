import fs from 'node:fs/promises';
import path from 'node:path';
import { type CheckResult, type Note, type RowResult, SheetSession, type Source, headerMeaning } from '../domain/bulk-upload';
import { sniffFileKind } from './file-kind';
import { readCsvRows } from './read-csv';
import { readXlsxRows, type WorkbookFacts } from './read-xlsx';
import { PartTooLargeError } from './shared-strings';
import { AnnotatedCopy, memorySink, type RowMark } from './write-annotated';
import type { SheetRow } from './xlsx-sheet';
import type { ByteSink } from './xlsx-writer';
import { type ByteSource, bufferSource, fileSource, readAhead } from './zip-reader';

/** Limits for files sent to the bot or the tab (a chat is not the place for a whole ministry's staff list). */
export const FILE_LIMITS = Object.freeze({ maxBytes: 10 * 1024 * 1024, maxRows: 50_000 });
/** Limits of `sahayak check`: memory stays flat, so a sheet of a million rows and more is checked. */
export const CLI_FILE_LIMITS = Object.freeze({ maxBytes: 2 * 1024 * 1024 * 1024 - 1, maxRows: 2_000_000 });

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

/** What a streamed check found: everything but the rows themselves (those went to the sink). */
export interface FileCheckSummary extends Omit<CheckResult, 'rows'> {
  readonly rows: number;
  readonly failed: number;
  readonly warned: number;
}

/** Where a streamed check sends what it finds. */
export interface CheckSink {
  /** Each row's result, in line order, once the input is known to be a sheet of people. */
  readonly row?: (result: RowResult) => void | Promise<void>;
  /** The annotated copy, written as the check goes (only when the check gets to the end). */
  readonly annotated?: ByteSink;
}

/** A result that only carries a limit (nothing checked). */
export function limitResult(code: string, params?: Note['params']): CheckResult {
  return { layout: 'current', layoutAssumed: false, headerFound: false, rows: [], notes: [], limit: params ? { code, params } : { code } };
}

const limitSummary = (code: string, params?: Note['params']): FileCheckSummary => ({ ...limitResult(code, params), rows: 0, failed: 0, warned: 0 });
const tooLarge = (maxBytes: number): FileCheckSummary => limitSummary('file-too-large', { maxMb: Math.round(maxBytes / 1048576) });

/** A file's bytes with what its first bytes say it is. */
interface Input {
  readonly source: ByteSource;
  readonly kind: Source;
}

/** Sniffs a source; a limit summary when it is not an .xlsx or .csv the options allow. */
async function classify(source: ByteSource, options: FileCheckOptions): Promise<Input | FileCheckSummary> {
  if (source.size === 0) return limitSummary('empty-file');
  let head = await source.read(0, 4096);
  // A password-protected workbook is an OLE file; its stream names can lie anywhere in it.
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0) head = await source.read(0, source.size);
  const kind = sniffFileKind(head);
  const type = (options.fileType ?? '').toLowerCase().replace(/^\./, '');
  if (kind === 'encrypted') return limitSummary('password-protected');
  if (kind === 'xls' || kind === 'unknown') return limitSummary(kind === 'xls' ? 'not-xlsx-or-csv' : 'unreadable-file');
  if (kind === 'csv' && type && type !== 'csv' && type !== 'txt') return limitSummary(type === 'xlsx' ? 'unreadable-file' : 'not-xlsx-or-csv');
  if (kind === 'xlsx' && type && type !== 'xlsx') return limitSummary('not-xlsx-or-csv');
  return { source, kind: kind === 'xlsx' ? 'xlsx' : 'csv' };
}

/** A .csv is read in pieces of this many bytes. */
const CSV_PIECE_BYTES = 64 * 1024;

/**
 * How many rows the input will have, to size the duplicate tables once (a hint: results never
 * depend on it; capped at the row limit where it is used): an .xlsx's declared size; for a .csv, the rows of its
 * first piece (the first batch) scaled to the file's size, with a twentieth more.
 */
function expectedRows(input: Input, workbook: WorkbookFacts, firstBatch: number): number | undefined {
  if (input.kind !== 'csv') return workbook.declaredRows;
  const piece = Math.min(input.source.size, CSV_PIECE_BYTES);
  return piece > 0 ? Math.ceil(firstBatch * (input.source.size / piece) * 1.05) : undefined;
}

/** CSV text of a source, decoded across chunk boundaries (a leading BOM is kept: the reader drops one). */
async function* csvText(source: ByteSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for await (const chunk of readAhead(source, 0, source.size, CSV_PIECE_BYTES)) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The rows of the input; `workbook` learns the workbook's date system before the first rows come. */
function sheetRows(input: Input, keepRaw: boolean, maxRows: number, workbook: WorkbookFacts): AsyncIterable<SheetRow[]> {
  if (input.kind === 'csv') return readCsvRows(csvText(input.source));
  return readXlsxRows(input.source, { keepRaw, workbook, maxSharedStringBytes: Math.min(1024 ** 3, Math.max(32 * 1024 ** 2, maxRows * 1024)) });
}

/** Without a header, the rows must at least look like people (a row with a well-formed email or mobile). */
const looksLikePerson = (r: RowResult): boolean => !r.errors.some((e) => e.field === 'Email') || !r.errors.some((e) => e.field === 'Mobile Number');

/** Results kept back while a sheet without a header has shown no row that looks like a person; past this, a second pass. */
const HOLD_LIMIT = 5000;

/** One pass over the rows; `restart` when the verdict came too late to have sent the rows (they are sent on a second pass). */
async function pass(input: Input, options: FileCheckOptions, sink: CheckSink, knownPeople: boolean): Promise<FileCheckSummary | 'restart'> {
  const maxRows = options.maxRows ?? FILE_LIMITS.maxRows;
  const session = new SheetSession({ source: input.kind, now: options.now, file: true });
  const workbook: WorkbookFacts = { date1904: false };
  let copy: AnnotatedCopy | undefined;
  const counts = { rows: 0, failed: 0, warned: 0 };
  let people = knownPeople;
  let probing = false;
  let held: RowResult[] = [];
  let rowsHeld: SheetRow[] = [];
  /** Results waiting for their rows to be written, in line order (as the rows are). */
  let marks: RowResult[] = [];
  let markAt = 0;
  let header: { line: number; width: number; statusCol: number } | undefined;
  let statusCol = 0;
  let first = true;
  let sized = false;
  let any = false;
  // A row costs no promise unless something must wait (a sink's row callback, or batches of the copy being handed on).
  const deliver = (r: RowResult): void | Promise<void> => {
    counts.rows++;
    if (!r.valid) counts.failed++;
    if (r.warnings.length) counts.warned++;
    if (sink.annotated) marks.push(r);
    return sink.row?.(r);
  };
  /** Delivers `results` from `from` on, in order, each after the previous one's callback settled. */
  const deliverAll = (results: readonly RowResult[], from: number): void | Promise<void> => {
    for (let i = from; i < results.length; i++) {
      const p = deliver(results[i]);
      if (p) return p.then(() => deliverAll(results, i + 1));
    }
  };
  const take = (results: readonly RowResult[], from = 0): void | Promise<void> => {
    for (let i = from; i < results.length; i++) {
      const r = results[i];
      if (!people && looksLikePerson(r)) people = true;
      if (probing) continue;
      if (people || session.headerFound) {
        const p = held.length ? deliverAll(held.splice(0).concat(r), 0) : deliver(r);
        if (p) return p.then(() => take(results, i + 1));
      } else if (held.push(r) > HOLD_LIMIT) {
        probing = true;
        held = [];
        rowsHeld = [];
      }
    }
  };
  /** Writes the rows held into the copy, once they can be (results known, and the sheet known to be of people). */
  const write = async (): Promise<void> => {
    if (!sink.annotated || probing || !rowsHeld.length || !(people || session.headerFound) || session.holding > 0) return;
    if (!copy) {
      const width = header?.width ?? 0;
      statusCol = header && header.statusCol >= 0 ? header.statusCol + 1 : session.layout === 'current' ? Math.max(15, width + 1) : Math.max(width, 7) + 1;
      copy = new AnnotatedCopy(sink.annotated, workbook.date1904);
      await copy.begin();
    }
    for (const row of rowsHeld) {
      const result = marks[markAt]?.line === row.line ? marks[markAt++] : undefined;
      const mark: RowMark = row.line === header?.line ? { header: true } : result ? { result } : undefined;
      const p = copy.add(row, mark, statusCol);
      if (p) await p;
    }
    rowsHeld = [];
    if (markAt === marks.length) marks = [];
    else {
      marks = marks.slice(markAt);
    }
    markAt = 0;
  };
  try {
    for await (const batch of sheetRows(input, sink.annotated !== undefined, maxRows, workbook)) {
      if (!sized) {
        sized = true;
        const expected = expectedRows(input, workbook, batch.length);
        if (expected) session.expectRows(Math.min(expected, maxRows + 1));
      }
      for (const row of batch) {
        any = true;
        if (sink.annotated && !probing) rowsHeld.push(row);
        const got = session.push(row.line, row.cells);
        if (first && row.cells.some((c) => c.kind !== 'blank')) {
          first = false;
          if (session.headerFound) {
            const statusAt = row.cells.findIndex((c) => c.kind === 'string' && headerMeaning(c.text) === 'portal-output');
            header = { line: row.line, width: row.cells.length, statusCol: statusAt };
          } else if (session.rowCount === 0) return limitSummary('no-header-or-wrong-columns');
        }
        if (got.length) {
          const p = take(got);
          if (p) await p;
        }
        if (session.rowCount > maxRows) return limitSummary('too-many-rows', { max: maxRows });
      }
      // Once a batch: each row's result is known as soon as it is pushed (unless the session holds it), so the copy is the same.
      await write();
    }
    await take(session.finish());
    if (!any) return limitSummary('empty-file');
    if (!session.headerFound && !people) return limitSummary('no-header-or-wrong-columns');
    if (probing) return 'restart';
    await deliverAll(held.splice(0), 0);
    await write();
    await copy?.end();
  } catch (err) {
    copy?.abort();
    throw err;
  }
  const notes = counts.rows ? session.notes() : [...session.notes(), { code: 'no-rows' }];
  return { layout: session.layout, layoutAssumed: session.layoutAssumed, headerFound: session.headerFound, notes, ...counts };
}

/**
 * Checks a file as a stream: rows are read, checked and sent to `sink` (and written into the
 * annotated copy) as they come, so memory stays the same whatever the number of rows. Never
 * throws for a bad file: the summary then carries a limit.
 */
export async function checkFileSource(source: ByteSource, options: FileCheckOptions, sink: CheckSink): Promise<FileCheckSummary> {
  const maxBytes = options.maxBytes ?? FILE_LIMITS.maxBytes;
  if (source.size > maxBytes) return tooLarge(maxBytes);
  const input = await classify(source, options);
  if (!('source' in input)) return input;
  try {
    const first = await pass(input, options, sink, false);
    return first === 'restart' ? ((await pass(input, options, sink, true)) as FileCheckSummary) : first;
  } catch (err) {
    return limitSummary(err instanceof PartTooLargeError ? 'file-too-complex' : 'unreadable-file');
  }
}

/** Checks a file on disk (.xlsx or .csv), reading it as a stream. Never throws for a bad file. */
export async function checkFileAt(file: string, options: FileCheckOptions, sink: CheckSink): Promise<FileCheckSummary> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch {
    return limitSummary('unreadable-file');
  }
  try {
    const { size } = await handle.stat();
    return await checkFileSource(fileSource(handle, size), { ...options, fileType: options.fileType ?? path.extname(file).slice(1).toLowerCase() }, sink);
  } catch {
    return limitSummary('unreadable-file');
  } finally {
    await handle.close();
  }
}

/** Runs a streamed check collecting every row's result (and the annotated copy in memory). */
async function collected(run: (sink: CheckSink) => Promise<FileCheckSummary>, annotate: boolean): Promise<FileCheckOutcome> {
  const rows: RowResult[] = [];
  const out = annotate ? memorySink() : undefined;
  const summary = await run({ row: (r) => void rows.push(r), annotated: out });
  const { rows: _count, failed: _failed, warned: _warned, ...rest } = summary;
  if (summary.limit) return { result: { ...rest, rows: [] } };
  return { result: { ...rest, rows }, ...(out ? { annotated: out.buffer() } : {}) };
}

/** Checks a file on disk (.xlsx or .csv). Reads at most `maxBytes`; never throws for a bad file. */
export function checkFilePath(file: string, options: FileCheckOptions = {}): Promise<FileCheckOutcome> {
  return collected((sink) => checkFileAt(file, options, sink), options.annotate === true);
}

/** Checks an in-memory .xlsx or .csv. Never throws for a bad file. */
export function checkFileBuffer(buf: Buffer, options: FileCheckOptions = {}): Promise<FileCheckOutcome> {
  return collected((sink) => checkFileSource(bufferSource(buf), options, sink), options.annotate === true);
}
