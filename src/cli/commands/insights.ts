import { createI18n } from '../../i18n';
import { JsonlInsightsStore, summarizeInsights, type InsightsSummary } from '../../insights';
import { parseArgs, UsageError } from '../cli-io';
import type { Command } from './index';
import { deskInsights } from './desk-insights';

type T = (key: string, options?: Record<string, unknown>) => string;

function section(title: string, lines: string[], t: T): string {
  return [title, ...(lines.length ? lines.map((l) => `  ${l}`) : [`  ${t('bot:insights.none')}`])].join('\n');
}

/** The worklist as text: most asked topics, least helpful topics, unanswered questions. */
export function renderInsights(s: InsightsSummary, file: string, t: T): string {
  return [
    section(t('bot:insights.mostAsked'), s.mostAsked.map((a) => t('bot:insights.askedLine', { ...a })), t),
    section(t('bot:insights.leastHelpful'), s.leastHelpful.map((h) => t('bot:insights.helpfulLine', { ...h })), t),
    section(t('bot:insights.unanswered'), s.unanswered.map((u) => t('bot:insights.unansweredLine', { ...u })), t),
    t('bot:insights.total', { events: s.events, file }),
  ].join('\n\n');
}

/** `sahayak insights [--json] [--lang en|hi] [--top N] [--file PATH]`: the content team's worklist. */
export const runInsights: Command = async (args, io, config) => {
  const { flags, positional } = parseArgs(args, ['json'], ['lang', 'top', 'file']);
  if (positional.length) throw new UsageError('insights takes no arguments');
  const lang = flags.get('lang') ?? 'en';
  if (lang !== 'hi' && lang !== 'en') throw new UsageError('--lang must be hi or en');
  const top = flags.has('top') ? Number(flags.get('top')) : 10;
  if (!Number.isInteger(top) || top < 1) throw new UsageError('--top must be a positive whole number');
  const file = flags.get('file');
  if (file === true) throw new UsageError('--file needs a path');
  const path = file ?? config.insightsFile;
  const summary = summarizeInsights(await new JsonlInsightsStore(path).all(), top);
  const desk = await deskInsights(config, lang);
  if (flags.has('json')) {
    io.stdout.write(`${JSON.stringify({ ...summary, desk: desk.json })}\n`);
    return 0;
  }
  const t = createI18n(config.localesDir).getFixedT(lang);
  io.stdout.write(`${renderInsights(summary, path, (key, options) => String(t(key, options as never)))}\n\n${desk.text}\n`);
  return 0;
};
