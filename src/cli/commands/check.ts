import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { type Cell, type CheckResult, type RowResult, checkPastedText, parsePastedText } from '../../domain/bulk-upload';
import type { Lang } from '../../domain/types';
import { CLI_FILE_LIMITS, checkFileAt, type FileCheckSummary, writeAnnotatedXlsx } from '../../files';
import { createI18n, translatorFor } from '../../i18n';
import { type Translate, errorText, limitText, noteText, warningText } from '../../present/row-check-messages';
import { renderRowCheckText, rowCheckTextParts } from '../../present/row-check-text';
import { parseArgs, readAll, UsageError } from '../cli-io';
import type { Command } from './index';

/** One row in the `--json` shape of cli-contract.md (plus `code`, `fix`). */
function rowJson(r: RowResult, t: Translate): object {
  return {
    line: r.line,
    valid: r.valid,
    errors: r.errors.map((e) => ({ field: e.field, message: errorText(e, t), portalMessage: e.portalMessage, code: e.code, ...(e.fix ? { fix: e.fix } : {}) })),
    warnings: r.warnings.map((w) => ({ field: w.field, message: warningText(w, t), code: w.code })),
  };
}

/** The `--json` shape of cli-contract.md (plus `code`, `fix`, `notes`, layout details, and `limit` when the input could not be checked). */
export function toContractJson(result: CheckResult, t: Translate): object {
  return {
    layout: result.layout,
    layoutAssumed: result.layoutAssumed,
    headerFound: result.headerFound,
    rows: result.rows.map((r) => rowJson(r, t)),
    notes: result.notes.map((n) => ({ code: n.code, message: noteText(n, t) })),
    ...(result.limit ? { limit: { code: result.limit.code, message: limitText(result.limit, t) } } : {}),
  };
}

/** Pasted text written back as a sheet (for `--out` with standard input). */
async function annotatePasted(text: string, result: CheckResult, out: string): Promise<void> {
  const lines = parsePastedText(text);
  const rows = lines.map((l) => ({ line: l.line, cells: l.cells.map((text): Cell => (text === '' ? { kind: 'blank' } : { kind: 'string', text })) }));
  const byLine = new Map(result.rows.map((r) => [r.line, r] as const));
  const headerLine = result.headerFound ? lines[0]?.line : undefined;
  const width = Math.max(0, ...lines.map((l) => l.cells.length));
  const col = result.layout === 'current' ? Math.max(15, width + 1) : Math.max(7, width) + 1;
  await fs.promises.writeFile(out, await writeAnnotatedXlsx(rows, byLine, headerLine, col));
}

/** Writes to a stream, waiting when it is full (output of any size in flat memory). */
function writer(stream: NodeJS.WritableStream): (text: string) => Promise<void> {
  return async (text) => {
    if (!stream.write(text)) await once(stream as NodeJS.EventEmitter, 'drain');
  };
}

/**
 * A file, checked as a stream in two passes: the first finds the counts and any limit (and
 * writes the annotated copy, to a temporary name renamed at the end), the second prints the
 * rows as they come. Output and copy are what the whole-file checker gave, in flat memory.
 */
async function checkFile(file: string, out: string | undefined, json: boolean, io: { stdout: NodeJS.WritableStream }, t: Translate): Promise<void> {
  const options = { ...CLI_FILE_LIMITS, now: new Date() };
  const partial = out && `${out}.${process.pid}.partial`;
  const copy = partial ? fs.createWriteStream(partial, { highWaterMark: 1024 * 1024 }) : undefined;
  let summary: FileCheckSummary;
  try {
    summary = await checkFileAt(file, options, { annotated: copy });
    if (copy) {
      copy.end();
      await once(copy, 'close');
    }
    const limit = summary.limit;
    if (limit) throw new UsageError(limitText(limit, t), `checker:limit.${limit.code}`, { ...(limit.params as Record<string, string | number>) }, file);
    if (partial) await fs.promises.rename(partial, out!);
  } finally {
    if (partial) await fs.promises.rm(partial, { force: true });
  }
  const write = writer(io.stdout);
  if (json) {
    await write(`{"layout":${JSON.stringify(summary.layout)},"layoutAssumed":${summary.layoutAssumed},"headerFound":${summary.headerFound},"rows":[`);
    let first = true;
    await checkFileAt(file, options, {
      row: (r) => {
        const text = `${first ? '' : ','}${JSON.stringify(rowJson(r, t))}`;
        first = false;
        return write(text);
      },
    });
    await write(`],"notes":${JSON.stringify(summary.notes.map((n) => ({ code: n.code, message: noteText(n, t) })))}}\n`);
    return;
  }
  await write(rowCheckTextParts.opening(summary, t));
  await checkFileAt(file, options, {
    row: (r) => {
      const block = rowCheckTextParts.row(r, t);
      return block ? write(`\n\n${block}`) : undefined;
    },
  });
  await write(`\n\n${rowCheckTextParts.notes(summary.notes, t)}\n`);
}

/** A file name that names no file says so (not "save it again as .xlsx"). */
async function mustBeAFile(file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.promises.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw UsageError.of('file-not-found', {}, file);
    throw UsageError.of('file-unreadable', { reason: code ?? 'error' }, file);
  }
  if (!stat.isFile()) throw UsageError.of('not-a-file', {}, file);
}

/** `sahayak check [--json] [--lang hi|en] [--out FILE.xlsx] [FILE]`: which rows the portal will reject, and why. */
export const runCheck: Command = async (args, io, config) => {
  const { flags, positional } = parseArgs(args, ['json'], ['lang', 'out']);
  const lang = (flags.get('lang') ?? 'en') as Lang;
  if (lang !== 'hi' && lang !== 'en') throw UsageError.of('bad-lang');
  if (positional.length > 1) throw UsageError.of('one-file');
  const out = flags.get('out');
  if (out === true) throw UsageError.of('needs-value', { option: '--out' });
  if (out !== undefined && path.extname(out).toLowerCase() !== '.xlsx') throw UsageError.of('out-needs-xlsx');
  // Each message's template is looked up once, not once per row (a sheet can have a million rows).
  const translate = translatorFor(createI18n(config.localesDir), lang);
  const t: Translate = (key, options) => String(translate(key, options as never));
  if (positional.length) {
    const file = positional[0];
    await mustBeAFile(file);
    const ext = path.extname(file).toLowerCase();
    // The same message the bot gives a file that is neither (a .txt, a .pdf).
    if (ext !== '.xlsx' && ext !== '.csv') throw UsageError.of('checker:limit.not-xlsx-or-csv', {}, file);
    await checkFile(file, out, flags.has('json'), io, t);
    return 0;
  }
  const text = await readAll(io.stdin);
  if (!text.trim()) throw UsageError.of('nothing-to-check');
  const result = checkPastedText(text, { maxRows: Infinity });
  if (out !== undefined) await annotatePasted(text, result, out);
  io.stdout.write(flags.has('json') ? `${JSON.stringify(toContractJson(result, t))}\n` : `${renderRowCheckText(result, lang, t, { maxRowsShown: Infinity })}\n`);
  return 0;
};
