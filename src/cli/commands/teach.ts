import { createI18n } from '../../i18n';
import type { AppConfig } from '../../config';
import { createInsightsStore, summarizeInsights } from '../../insights';
import { teachExample, TeachOutcome } from '../../eval/teach-check';
import type { QualityFigure } from '../../eval/eval-sets';
import { parseArgs, UsageError } from '../cli-io';
import type { Command } from './index';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The one place `teach` reads the worklist, through the insights module's public API:
 * the `n`-th unanswered question (1 = most frequent), as `sahayak insights` lists them (from the
 * same store: Azure Blob Storage when configured, else the file; `file` reads that file instead).
 */
export async function worklistQuestion(config: AppConfig, n: number, file?: string): Promise<string | undefined> {
  const summary = summarizeInsights(await createInsightsStore(config, undefined, file).read(), Number.MAX_SAFE_INTEGER);
  return summary.unanswered[n - 1]?.question;
}

const pct = (f: QualityFigure) => `${(f.share * 100).toFixed(1)} % (${f.right}/${f.total})`;

/** The outcome as text: what changed, what dropped, and what was done. */
export function renderTeach(o: TeachOutcome, question: string, topic: string, dryRun: boolean, t: T): string {
  if (o.problem) return t(`understanding:teach.refused.${o.problem}`);
  const byKey = new Map(o.after.map((f) => [f.key, f]));
  const changed = o.before.filter((b) => byKey.get(b.key)?.share !== b.share);
  const lines = [t('understanding:teach.example', { question, topic })];
  lines.push(changed.length ? t('understanding:teach.changed') : t('understanding:teach.unchanged'));
  for (const b of changed) lines.push(`  ${b.key}: ${pct(b)} → ${pct(byKey.get(b.key)!)}`);
  lines.push(t('understanding:teach.answeredAs', { topic: o.topicAfter ?? 'null' }));
  if (o.dropped.length) lines.push(t('understanding:teach.refusedDrop', { count: o.dropped.length }));
  else lines.push(t(dryRun ? 'understanding:teach.wouldAdd' : 'understanding:teach.added'));
  return lines.join('\n');
}

/**
 * `sahayak teach (--question TEXT | --entry N [--file PATH]) --topic ID [--dry-run] [--json] [--lang en|hi]`:
 * adds a reviewed question as an example of a topic (`out-of-scope`, `out-of-scope-igot` or `null` to teach a
 * decline), unless the evaluation of any set and form would drop. Exit 0 when added (or, with --dry-run, when
 * it would be), 1 when refused, 2 for bad usage.
 */
export const runTeach: Command = async (args, io, config) => {
  const { flags, positional } = parseArgs(args, ['json', 'dry-run'], ['question', 'entry', 'file', 'topic', 'lang']);
  if (positional.length) throw new UsageError('teach takes no positional arguments (use --question or --entry)');
  const lang = flags.get('lang') ?? 'en';
  if (lang !== 'hi' && lang !== 'en') throw new UsageError('--lang must be hi or en');
  const topic = flags.get('topic');
  if (typeof topic !== 'string' || !topic.trim()) throw new UsageError('--topic is required (a topic id, out-of-scope, out-of-scope-igot or null)');
  const question = await questionFrom(flags, config);
  const dryRun = flags.has('dry-run');
  const outcome = teachExample(config, question, topic.trim(), { dryRun });
  if (flags.has('json')) io.stdout.write(`${JSON.stringify({ question, topic, ...outcome })}\n`);
  else {
    const fixed = createI18n(config.localesDir).getFixedT(lang);
    io.stdout.write(`${renderTeach(outcome, question, topic, dryRun, (key, o) => String(fixed(key, o as never)))}\n`);
  }
  return outcome.problem || outcome.dropped.length ? 1 : 0;
};

/** The question from `--question`, or the worklist entry `--entry N`. */
async function questionFrom(flags: ReadonlyMap<string, string | true>, config: AppConfig): Promise<string> {
  const direct = flags.get('question');
  const entry = flags.get('entry');
  if ((direct === undefined) === (entry === undefined)) throw new UsageError('give exactly one of --question TEXT or --entry N');
  if (typeof direct === 'string') return direct;
  const n = Number(entry);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('--entry must be a positive whole number (as `sahayak insights` lists them)');
  const file = flags.get('file');
  if (file === true) throw new UsageError('--file needs a path');
  const question = await worklistQuestion(config, n, file);
  if (question === undefined) throw new UsageError(`the worklist has no unanswered question number ${n}`);
  return question;
}
