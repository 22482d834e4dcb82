import type { CheckResult, RowResult } from '../domain/bulk-upload';
import { errorText, fieldLabel, limitText, noteText, type Translate, warningText } from '../present/row-check-messages';
import { adaptiveCard, AdaptiveCard, CardElement, container, heading, text } from './card-kit';
import type { CardContext } from './card-context';

/** Rows with problems listed on the compact card (the text fallback lists more). */
export const MAX_CARD_PROBLEM_ROWS = 5;

/** True when a reply fact is a bulk-upload check result. */
export function isCheckResult(value: unknown): value is CheckResult {
  const v = value as CheckResult | undefined;
  return !!v && typeof v === 'object' && Array.isArray(v.rows) && Array.isArray(v.notes) && typeof v.layout === 'string';
}

function rowBlock(row: RowResult, t: Translate): CardElement {
  const lines = [
    ...row.errors.map((e) => `- ${fieldLabel(e.field, t)}: ${errorText(e, t)}`),
    ...row.warnings.map((w) => `- ${fieldLabel(w.field, t)} (${t('checker:ui.warning-label')}): ${warningText(w, t)}`),
  ];
  return container([text(t('checker:ui.line', { line: row.line }), { weight: 'Bolder', color: row.valid ? 'Warning' : 'Attention' }), text(lines.join('\r'), { spacing: 'Small' })], {
    separator: true,
  });
}

/** The compact body of a check: counts, the first rows with problems, the notes. */
export function rowCheckSection(result: CheckResult, ctx: CardContext): CardElement[] {
  const t = ctx.t as Translate;
  if (result.limit) return [text(limitText(result.limit, t), { color: 'Warning' })];
  const failed = result.rows.filter((r) => !r.valid).length;
  const warned = result.rows.filter((r) => r.warnings.length > 0).length;
  const problems = result.rows.filter((r) => r.errors.length || r.warnings.length);
  const out: CardElement[] = [text(t('checker:ui.summary', { count: result.rows.length, failed, warned }), { weight: 'Bolder', color: failed ? 'Attention' : 'Good' })];
  if (!failed && result.rows.length) out.push(text(t('checker:ui.no-errors')));
  out.push(...problems.slice(0, MAX_CARD_PROBLEM_ROWS).map((r) => rowBlock(r, t)));
  if (problems.length > MAX_CARD_PROBLEM_ROWS) out.push(text(t('checker:ui.more-rows', { count: problems.length - MAX_CARD_PROBLEM_ROWS }), { isSubtle: true }));
  if (result.notes.length) out.push(text(result.notes.map((n) => `- ${noteText(n, t)}`).join('\r'), { size: 'Small', isSubtle: true, separator: true }));
  return out;
}

/** A compact card for a row check on its own. */
export function buildRowCheckCard(result: CheckResult, ctx: CardContext, actions: readonly CardElement[] = []): AdaptiveCard {
  return adaptiveCard([heading(ctx.t('cards:rowCheck.title')), ...rowCheckSection(result, ctx)], actions, ctx.fallbackText);
}
