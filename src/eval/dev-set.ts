import fs from 'node:fs';
import path from 'node:path';
import type { Assistant } from '../domain/assistant/assistant';

/** One labelled question of the dev set. */
export interface LabelledQuestion {
  readonly q: string;
  readonly topic: string | null;
  readonly form: string;
  readonly lang?: 'en' | 'hi';
}

/** Accuracy figures of one group of questions. */
export interface GroupScore {
  readonly total: number;
  readonly right: number;
  readonly share: number;
}

/** What an evaluation run measured. */
export interface EvalReport {
  /** In-scope questions on the right topic, per form. */
  readonly topicByForm: Readonly<Record<string, GroupScore>>;
  /** Out-of-scope questions declined (topic null). */
  readonly declined: GroupScore;
  /** Reply language right. */
  readonly language: GroupScore;
  readonly misses: readonly { q: string; expected: string | null; got: string | null; form: string }[];
}

/** Reads a JSON-lines fixture. */
export function readJsonLines<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export const FIXTURES = path.resolve(__dirname, '../../test/fixtures');

function score(right: number, total: number): GroupScore {
  return { total, right, share: total ? right / total : 1 };
}

/** Runs the assistant over labelled questions and scores topic, decline and language. */
export function evaluate(assistant: Assistant, questions: readonly LabelledQuestion[]): EvalReport {
  const byForm = new Map<string, [number, number]>();
  let oosRight = 0;
  let oosTotal = 0;
  let langRight = 0;
  let langTotal = 0;
  const misses: EvalReport['misses'][number][] = [];
  for (const item of questions) {
    const reply = assistant.ask(item.q);
    if (item.lang) {
      langTotal++;
      if (reply.lang === item.lang) langRight++;
    }
    const ok = reply.topic === item.topic;
    if (item.topic === null) {
      oosTotal++;
      if (ok) oosRight++;
    } else {
      const entry = byForm.get(item.form) ?? [0, 0];
      entry[1]++;
      if (ok) entry[0]++;
      byForm.set(item.form, entry);
    }
    if (!ok) misses.push({ q: item.q, expected: item.topic, got: reply.topic, form: item.form });
  }
  const topicByForm = Object.fromEntries([...byForm].map(([form, [r, t]]) => [form, score(r, t)]));
  return { topicByForm, declined: score(oosRight, oosTotal), language: score(langRight, langTotal), misses };
}
