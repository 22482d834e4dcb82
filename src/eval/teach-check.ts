import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../config';
import { createCore } from '../compose';
import { holdsPersonalData } from '../domain/text/personal-data';
import { foldText } from '../domain/text/normalize';
import { RULE_TOPICS, writeModel } from '../domain/understanding/load';
import { OUT_IGOT, OUT_OTHER } from '../domain/understanding/model/model-data';
import { FIXTURES } from './dev-set';
import { EVAL_SETS, evaluateAll, FAQ_SET, qualityFigures, QualityFigure, readEvalSet } from './eval-sets';

/** Why a teaching is refused before any evaluation (codes map to locale keys `understanding:teach.refused.*`). */
export type TeachProblem = 'empty' | 'too-long' | 'personal-data' | 'unknown-topic' | 'rule-topic' | 'already-an-example' | 'in-an-evaluation-set';

/** What `teach` found: the figures before and after, the ones that dropped, and whether the example was added. */
export interface TeachOutcome {
  readonly problem?: TeachProblem;
  readonly added: boolean;
  readonly before: readonly QualityFigure[];
  readonly after: readonly QualityFigure[];
  readonly dropped: readonly { key: string; before: QualityFigure; after: QualityFigure }[];
  /** The topic the question gets once the example is learned (null: declined). */
  readonly topicAfter?: string | null;
}

/** Longest example question. */
export const MAX_EXAMPLE_CHARS = 300;
const EXAMPLES = path.join('understanding', 'examples.json');
const MODEL = path.join('understanding', 'model.json');

/** The example class a reviewed topic becomes: a topic id, or one of the two out-of-scope classes. */
export function exampleClass(topic: string): string {
  return topic === 'null' || topic === 'none' ? OUT_OTHER : topic;
}

const fold = (q: string) => foldText(q).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();

/** A problem with the proposed example that needs no evaluation to see. */
function precheck(config: AppConfig, question: string, cls: string, fixtures: string): TeachProblem | undefined {
  if (!question.trim()) return 'empty';
  if (question.length > MAX_EXAMPLE_CHARS) return 'too-long';
  if (holdsPersonalData(question)) return 'personal-data';
  if (RULE_TOPICS.has(cls)) return 'rule-topic';
  const examples = JSON.parse(fs.readFileSync(path.join(config.contentDir, EXAMPLES), 'utf8')) as Record<string, unknown>;
  const known = cls === OUT_IGOT || cls === OUT_OTHER || fs.existsSync(path.join(config.contentDir, 'answers', `${cls}.json`));
  if (!known || cls.startsWith('_')) return 'unknown-topic';
  const folded = fold(question);
  if (Object.values(examples).some((list) => Array.isArray(list) && list.some((e) => fold(String(e)) === folded))) return 'already-an-example';
  const evaluated = [...EVAL_SETS, FAQ_SET].some((set) => readEvalSet(set, fixtures).some((q) => fold(q.q) === folded));
  return evaluated ? 'in-an-evaluation-set' : undefined;
}

/**
 * Teaches one reviewed question: evaluates every labelled set, adds the example to a copy
 * of the content, retrains there and evaluates again. The example (and the retrained model)
 * is written to the content only when no figure drops; `dryRun` writes nothing.
 */
export function teachExample(config: AppConfig, question: string, topic: string, options: { dryRun?: boolean; fixtures?: string } = {}): TeachOutcome {
  const fixtures = options.fixtures ?? FIXTURES;
  const cls = exampleClass(topic);
  const problem = precheck(config, question, cls, fixtures);
  if (problem) return { problem, added: false, before: [], after: [], dropped: [] };
  const before = qualityFigures(evaluateAll(createCore(config, { recentQuestions: 0 }).assistant, fixtures));
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-teach-'));
  try {
    fs.cpSync(config.contentDir, copy, { recursive: true });
    const file = path.join(copy, EXAMPLES);
    const examples = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string[]>;
    (examples[cls] ??= []).push(question.trim());
    fs.writeFileSync(file, `${JSON.stringify(examples, null, 1)}\n`);
    writeModel(copy);
    const assistant = createCore({ ...config, contentDir: copy }, { recentQuestions: 0 }).assistant;
    const after = qualityFigures(evaluateAll(assistant, fixtures));
    const byKey = new Map(after.map((f) => [f.key, f]));
    const dropped = before
      .map((b) => ({ key: b.key, before: b, after: byKey.get(b.key)! }))
      .filter((d) => !d.after || d.after.share < d.before.share - 1e-9);
    const added = dropped.length === 0 && !options.dryRun;
    if (added) for (const rel of [EXAMPLES, MODEL]) replaceFile(path.join(copy, rel), path.join(config.contentDir, rel));
    return { added, before, after, dropped, topicAfter: assistant.ask(question).topic };
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

/** Writes `to` with the bytes of `from` (a temporary file renamed over it: never half-written). */
function replaceFile(from: string, to: string): void {
  const temp = `${to}.teach-${process.pid}`;
  fs.copyFileSync(from, temp);
  fs.renameSync(temp, to);
}
