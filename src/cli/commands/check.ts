import fs from 'node:fs/promises';
import path from 'node:path';
import { type CheckResult, checkPastedText, parsePastedText } from '../../domain/bulk-upload';
import type { Lang } from '../../domain/types';
import { checkFilePath, writeAnnotatedXlsx } from '../../files';
import { createI18n } from '../../i18n';
import { type Translate, errorText, limitText, noteText, warningText } from '../../present/row-check-messages';
import { renderRowCheckText } from '../../present/row-check-text';
import { parseArgs, readAll, UsageError } from '../cli-io';
import type { Command } from './index';

/** The `--json` shape of cli-contract.md (plus `code`, `fix`, `notes` and layout details). */
export function toContractJson(result: CheckResult, t: Translate): object {
  return {
    layout: result.layout,
    layoutAssumed: result.layoutAssumed,
    headerFound: result.headerFound,
    rows: result.rows.map((r) => ({
      line: r.line,
      valid: r.valid,
      errors: r.errors.map((e) => ({ field: e.field, message: errorText(e, t), portalMessage: e.portalMessage, code: e.code, ...(e.fix ? { fix: e.fix } : {}) })),
      warnings: r.warnings.map((w) => ({ field: w.field, message: warningText(w, t), code: w.code })),
    })),
    notes: result.notes.map((n) => ({ code: n.code, message: noteText(n, t) })),
  };
}

/** Pasted text written back as a sheet (for `--out` with standard input). */
async function annotatePasted(text: string, result: CheckResult, out: string): Promise<void> {
  const lines = parsePastedText(text);
  const rows = lines.map((l) => ({ line: l.line, values: [undefined, ...l.cells] }));
  const byLine = new Map(result.rows.map((r) => [r.line, r] as const));
  const headerLine = result.headerFound ? lines[0]?.line : undefined;
  const width = Math.max(0, ...lines.map((l) => l.cells.length));
  const col = result.layout === 'current' ? Math.max(15, width + 1) : Math.max(7, width) + 1;
  await fs.writeFile(out, await writeAnnotatedXlsx(rows, byLine, headerLine, col));
}

/** A file name that names no file says so (not "save it again as .xlsx"). */
async function mustBeAFile(file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
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
  const t = createI18n(config.localesDir).getFixedT(lang) as unknown as Translate;
  let result: CheckResult;
  if (positional.length) {
    const file = positional[0];
    await mustBeAFile(file);
    const ext = path.extname(file).toLowerCase();
    // The same message the bot gives a file that is neither (a .txt, a .pdf).
    if (ext !== '.xlsx' && ext !== '.csv') throw UsageError.of('checker:limit.not-xlsx-or-csv', {}, file);
    const checked = await checkFilePath(file, { annotate: out !== undefined });
    const limit = checked.result.limit;
    if (limit) throw new UsageError(limitText(limit, t), `checker:limit.${limit.code}`, { ...(limit.params as Record<string, string | number>) }, file);
    result = checked.result;
    if (out !== undefined && checked.annotated) await fs.writeFile(out, checked.annotated);
  } else {
    const text = await readAll(io.stdin);
    if (!text.trim()) throw UsageError.of('nothing-to-check');
    result = checkPastedText(text, { maxRows: Infinity });
    if (out !== undefined) await annotatePasted(text, result, out);
  }
  io.stdout.write(flags.has('json') ? `${JSON.stringify(toContractJson(result, t))}\n` : `${renderRowCheckText(result, lang, t, { maxRowsShown: Infinity })}\n`);
  return 0;
};
