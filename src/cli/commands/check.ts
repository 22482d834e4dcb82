import fs from 'node:fs/promises';
import path from 'node:path';
import { type Cell, type CheckResult, checkPastedText, parsePastedText } from '../../domain/bulk-upload';
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
  const rows = lines.map((l) => ({ line: l.line, cells: l.cells.map((text): Cell => (text === '' ? { kind: 'blank' } : { kind: 'string', text })) }));
  const byLine = new Map(result.rows.map((r) => [r.line, r] as const));
  const headerLine = result.headerFound ? lines[0]?.line : undefined;
  const width = Math.max(0, ...lines.map((l) => l.cells.length));
  const col = result.layout === 'current' ? Math.max(15, width + 1) : Math.max(7, width) + 1;
  await fs.writeFile(out, await writeAnnotatedXlsx(rows, byLine, headerLine, col));
}

/** `sahayak check [--json] [--lang hi|en] [--out FILE.xlsx] [FILE]`: which rows the portal will reject, and why. */
export const runCheck: Command = async (args, io, config) => {
  const { flags, positional } = parseArgs(args, ['json'], ['lang', 'out']);
  const lang = (flags.get('lang') ?? 'en') as Lang;
  if (lang !== 'hi' && lang !== 'en') throw new UsageError('--lang must be hi or en');
  if (positional.length > 1) throw new UsageError('check takes at most one file');
  const out = flags.get('out');
  if (out === true) throw new UsageError('--out needs a file name');
  if (out !== undefined && path.extname(out).toLowerCase() !== '.xlsx') throw new UsageError('--out must name an .xlsx file');
  const t = createI18n(config.localesDir).getFixedT(lang) as unknown as Translate;
  let result: CheckResult;
  if (positional.length) {
    const file = positional[0];
    const ext = path.extname(file).toLowerCase();
    if (ext !== '.xlsx' && ext !== '.csv') throw new UsageError(`${file}: only .xlsx and .csv files can be checked`);
    const checked = await checkFilePath(file, { annotate: out !== undefined });
    if (checked.result.limit) throw new UsageError(`${file}: ${limitText(checked.result.limit, t)}`);
    result = checked.result;
    if (out !== undefined && checked.annotated) await fs.writeFile(out, checked.annotated);
  } else {
    const text = await readAll(io.stdin);
    result = checkPastedText(text, { maxRows: Infinity });
    if (out !== undefined) await annotatePasted(text, result, out);
  }
  io.stdout.write(flags.has('json') ? `${JSON.stringify(toContractJson(result, t))}\n` : `${renderRowCheckText(result, lang, t, { maxRowsShown: Infinity })}\n`);
  return 0;
};
