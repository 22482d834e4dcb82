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

/** The counts a summary starts with. */
export interface RowCheckCounts {
  readonly rows: number;
  readonly failed: number;
  readonly warned: number;
}

/** Counts of a whole result. */
export function rowCheckCounts(result: CheckResult): RowCheckCounts {
  return { rows: result.rows.length, failed: result.rows.filter((r) => !r.valid).length, warned: result.rows.filter((r) => r.warnings.length > 0).length };
}

/**
 * The summary's pieces, for a check whose rows stream past (`sahayak check` of a file of a
 * million rows): the opening (counts, "no errors"), one block per row with problems, the notes.
 * Joined with blank lines they are exactly {@link renderRowCheckText}.
 */
export const rowCheckTextParts = Object.freeze({
  opening(counts: RowCheckCounts, t: Translate): string {
    const summary = t(`${NS}ui.summary`, { count: counts.rows, failed: counts.failed, warned: counts.warned });
    return !counts.failed && counts.rows ? `${summary}\n\n${t(`${NS}ui.no-errors`)}` : summary;
  },
  /** The block of a row with problems ('' for a row without). */
  row(row: RowResult, t: Translate): string {
    return row.errors.length || row.warnings.length ? rowLines(row, t).join('\n') : '';
  },
  notes(notes: CheckResult['notes'], t: Translate): string {
    return notes.map((n) => `ℹ ${noteText(n, t)}`).join('\n');
  },
});

/**
 * A compact chat summary of a check: counts, the problems per row, the notes (always including
 * that registration can't be known offline). `lang` is informational: `t` must already speak it.
 */
export function renderRowCheckText(result: CheckResult, lang: Lang, t: Translate, options: RowCheckTextOptions = {}): string {
  void lang;
  if (result.limit) return limitText(result.limit, t);
  const max = options.maxRowsShown ?? 15;
  const parts: string[] = [rowCheckTextParts.opening(rowCheckCounts(result), t)];
  const problems = result.rows.filter((r) => r.errors.length || r.warnings.length);
  for (const row of problems.slice(0, max)) parts.push(rowCheckTextParts.row(row, t));
  if (problems.length > max) parts.push(t(`${NS}ui.more-rows`, { count: problems.length - max }));
  parts.push(rowCheckTextParts.notes(result.notes, t));
  return parts.filter(Boolean).join('\n\n');
}
