import path from 'node:path';
import type { Assistant } from '../domain/assistant/assistant';
import { evaluate, EvalReport, FIXTURES, LabelledQuestion, readJsonLines } from './dev-set';

/** One evaluation set: a fixture file and what it is. */
export interface EvalSet {
  readonly name: string;
  readonly file: string;
  readonly about: string;
}

/** Every labelled set `npm run eval` scores (and `sahayak teach` guards), in the order printed. */
export const EVAL_SETS: readonly EvalSet[] = Object.freeze([
  { name: 'dev', file: 'dev-set.jsonl', about: 'dev set' },
  { name: 'holdout-1', file: 'holdout-set.jsonl', about: 'held-out set 1, general' },
  { name: 'holdout-2', file: 'holdout-set-2.jsonl', about: 'held-out set 2, field-staff voice' },
  { name: 'holdout-3', file: 'holdout-set-3.jsonl', about: 'held-out set 3, hard out of scope' },
  { name: 'holdout-4', file: 'holdout-set-4.jsonl', about: 'held-out set 4, indirect and long' },
  { name: 'holdout-5', file: 'holdout-set-5.jsonl', about: 'held-out set 5, officialese' },
  { name: 'holdout-6', file: 'holdout-set-6.jsonl', about: 'held-out set 6, clerks, MDO admins, panic, portal messages' },
  { name: 'holdout-7', file: 'holdout-set-7.jsonl', about: 'held-out set 7, search phrases, orders, support-bot prompts' },
  { name: 'holdout-8', file: 'holdout-set-8.jsonl', about: 'held-out set 8, for a group, fragments, Rajbhasha, SMS spelling, near misses' },
]);

/** The support FAQ's questions with their labels. */
export const FAQ_SET: EvalSet = Object.freeze({ name: 'faq', file: 'faq-labels.jsonl', about: 'iGOT support FAQ questions' });

/** Reads a set's questions (the FAQ labels become questions of form `faq`). */
export function readEvalSet(set: EvalSet, dir = FIXTURES): LabelledQuestion[] {
  if (set === FAQ_SET) {
    return readJsonLines<{ q: string; topic: string | null }>(path.join(dir, set.file)).map((f) => ({ q: f.q, topic: f.topic, form: 'faq', lang: 'en' }));
  }
  return readJsonLines<LabelledQuestion>(path.join(dir, set.file));
}

/** A set's report, by set name. */
export type QualityReport = ReadonlyMap<string, EvalReport>;

/** Scores the assistant on every set and the FAQ. */
export function evaluateAll(assistant: Assistant, dir = FIXTURES): QualityReport {
  return new Map([...EVAL_SETS, FAQ_SET].map((set) => [set.name, evaluate(assistant, readEvalSet(set, dir))]));
}

/** One comparable figure of a quality report: a set's form accuracy, its declines or its reply language. */
export interface QualityFigure {
  readonly key: string;
  readonly share: number;
  readonly right: number;
  readonly total: number;
}

/** Every figure a change must not lower: right topic per set and form, declines per set, reply language per set. */
export function qualityFigures(report: QualityReport): QualityFigure[] {
  const out: QualityFigure[] = [];
  for (const [name, r] of report) {
    for (const [form, s] of Object.entries(r.topicByForm)) out.push({ key: `${name} right topic ${form}`, ...s });
    if (r.declined.total) out.push({ key: `${name} out of scope declined`, ...r.declined });
    if (r.language.total && name !== FAQ_SET.name) out.push({ key: `${name} reply language`, ...r.language });
  }
  return out;
}
