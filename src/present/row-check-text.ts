import type { CheckResult, RowResult } from '../domain/bulk-upload';
import type { Lang } from '../domain/types';
import { type Translate, errorText, fieldLabel, limitText, noteText, warningText } from './row-check-messages';

/** Options of the chat summary. */
export interface RowCheckTextOptions {
  /** Rows with problems listed in full (default 15: compact enough for Teams). */
  readonly maxRowsShown?: number;
}

const NS = 'checker:';

function rowLines(row: RowResult, t: Translate): string[] {
  const out = [`${t(`${NS}ui.line`, { line: row.line })}:`];
  const missing = row.errors.filter((e) => e.code === 'missing');
  if (missing.length) {
    out.push(`• ${missing.map((e) => fieldLabel(e.field, t)).join(', ')}: ${t(`${NS}error.missing`)} (${t(`${NS}ui.portal-says`, { message: missing[0].portalMessage })})`);
  }
  for (const e of row.errors) {
    if (e.code === 'missing') continue;
    out.push(`• ${fieldLabel(e.field, t)}: ${errorText(e, t)} (${t(`${NS}ui.portal-says`, { message: e.portalMessage })})`);
  }
  for (const w of row.warnings) out.push(`• ${fieldLabel(w.field, t)} (${t(`${NS}ui.warning-label`)}): ${warningText(w, t)}`);
  return out;
}

/**
 * A compact chat summary of a check: counts, the problems per row, the notes (always including
 * that registration can't be known offline). `lang` is informational: `t` must already speak it.
 */
export function renderRowCheckText(result: CheckResult, lang: Lang, t: Translate, options: RowCheckTextOptions = {}): string {
  void lang;
  if (result.limit) return limitText(result.limit, t);
  const max = options.maxRowsShown ?? 15;
  const failed = result.rows.filter((r) => !r.valid).length;
  const warned = result.rows.filter((r) => r.warnings.length > 0).length;
  const parts: string[] = [t(`${NS}ui.summary`, { count: result.rows.length, failed, warned })];
  const problems = result.rows.filter((r) => r.errors.length || r.warnings.length);
  if (!failed && result.rows.length) parts.push(t(`${NS}ui.no-errors`));
  for (const row of problems.slice(0, max)) parts.push(rowLines(row, t).join('\n'));
  if (problems.length > max) parts.push(t(`${NS}ui.more-rows`, { count: problems.length - max }));
  parts.push(result.notes.map((n) => `ℹ ${noteText(n, t)}`).join('\n'));
  return parts.filter(Boolean).join('\n\n');
}
