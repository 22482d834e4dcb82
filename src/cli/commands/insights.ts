import { createI18n } from '../../i18n';
import { createInsightsStore, summarizeInsights, type InsightsSummary } from '../../insights';
import { parseArgs, UsageError } from '../cli-io';
import type { Command } from './index';
import { deskInsights } from './desk-insights';

type T = (key: string, options?: Record<string, unknown>) => string;

function section(title: string, lines: string[], t: T): string {
  return [title, ...(lines.length ? lines.map((l) => `  ${l}`) : [`  ${t('bot:insights.none')}`])].join('\n');
}

/** The worklist as text: most asked topics, least helpful topics, unanswered questions (kept, and withheld). */
export function renderInsights(s: InsightsSummary, place: string, t: T): string {
  return [
    section(t('bot:insights.mostAsked'), s.mostAsked.map((a) => t('bot:insights.askedLine', { ...a })), t),
    section(t('bot:insights.leastHelpful'), s.leastHelpful.map((h) => t('bot:insights.helpfulLine', { ...h })), t),
    section(t('bot:insights.unanswered'), s.unanswered.map((u) => t('bot:insights.unansweredLine', { ...u })), t),
    section(t('insights:withheld'), s.withheld.map((w) => t('insights:withheldLine', { times: w.count, lang: w.lang, kind: w.kind })), t),
    t('bot:insights.total', { count: s.events, file: place }),
  ].join('\n\n');
}

/**
 * `sahayak insights [--json] [--lang en|hi] [--top N] [--file PATH] [--purge]`: the content team's
 * worklist, read from Azure Blob Storage when `SAHAYAK_BLOB_CONNECTION_STRING` is set (every
 * instance's entries), else from the local file. `--purge` removes the entries that have expired.
 */
export const runInsights: Command = async (args, io, config) => {
  const { flags, positional } = parseArgs(args, ['json', 'purge'], ['lang', 'top', 'file']);
  if (positional.length) throw new UsageError('insights takes no arguments');
  const lang = flags.get('lang') ?? 'en';
  if (lang !== 'hi' && lang !== 'en') throw new UsageError('--lang must be hi or en');
  const top = flags.has('top') ? Number(flags.get('top')) : 10;
  if (!Number.isInteger(top) || top < 1) throw new UsageError('--top must be a positive whole number');
  const file = flags.get('file');
  if (file === true) throw new UsageError('--file needs a path');
  const store = createInsightsStore(config, undefined, file);
  const t = createI18n(config.localesDir).getFixedT(lang);
  const tr: T = (key, options) => String(t(key, options as never));
  if (flags.has('purge')) {
    const removed = await store.purge();
    io.stdout.write(flags.has('json') ? `${JSON.stringify({ purged: removed })}\n` : `${tr('insights:purged', { count: removed, place: store.place, days: config.insightsRetentionDays })}\n`);
    return 0;
  }
  const summary = summarizeInsights(await store.read(), top);
  const desk = await deskInsights(config, lang);
  io.stdout.write(flags.has('json') ? `${JSON.stringify({ ...summary, desk: desk.json })}\n` : `${renderInsights(summary, store.place, tr)}\n\n${desk.text}\n`);
  return 0;
};
