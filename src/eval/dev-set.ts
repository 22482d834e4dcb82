import fs from 'node:fs';
import path from 'node:path';
import type { Assistant } from '../domain/assistant/assistant';

/** One labelled question of an evaluation set. */
export interface LabelledQuestion {
  readonly q: string;
  readonly topic: string | null;
  readonly form: string;
  readonly lang?: 'en' | 'hi';
  /** Which kind of difficulty the question carries (held-out set 6: setting-word, portal-message, situation…). */
  readonly cat?: string;
  /** For an out-of-scope question: which decline it expects (`igot-support` or `not-igot`). */
  readonly decline?: string;
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
  /** Out-of-scope questions declined per form. */
  readonly declinedByForm: Readonly<Record<string, GroupScore>>;
  /** Declined questions that got the expected kind of decline (only questions labelled with one). */
  readonly declineKind: GroupScore;
  /** Right answer (topic, or decline for out of scope) per labelled category. */
  readonly byCategory: Readonly<Record<string, GroupScore>>;
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

/** Counts right / total per key. */
class Tally {
  private readonly counts = new Map<string, [number, number]>();
  add(key: string, ok: boolean): void {
    const entry = this.counts.get(key) ?? [0, 0];
    entry[1]++;
    if (ok) entry[0]++;
    this.counts.set(key, entry);
  }
  scores(): Record<string, GroupScore> {
    return Object.fromEntries([...this.counts].map(([key, [r, t]]) => [key, score(r, t)]));
  }
  total(): GroupScore {
    let r = 0;
    let t = 0;
    for (const [right, total] of this.counts.values()) [r, t] = [r + right, t + total];
    return score(r, t);
  }
}

/** Runs the assistant over labelled questions and scores topic, decline, decline kind and language. */
export function evaluate(assistant: Assistant, questions: readonly LabelledQuestion[]): EvalReport {
  const byForm = new Tally();
  const declined = new Tally();
  const kind = new Tally();
  const byCategory = new Tally();
  const language = new Tally();
  const misses: EvalReport['misses'][number][] = [];
  for (const item of questions) {
    const reply = assistant.ask(item.q);
    if (item.lang) language.add('all', reply.lang === item.lang);
    const ok = reply.topic === item.topic;
    if (item.topic === null) declined.add(item.form, ok);
    else byForm.add(item.form, ok);
    if (item.topic === null && item.decline && ok) kind.add('all', reply.declineReason === item.decline);
    if (item.cat) byCategory.add(item.cat, ok);
    if (!ok) misses.push({ q: item.q, expected: item.topic, got: reply.topic, form: item.form });
  }
  return {
    topicByForm: byForm.scores(),
    declined: declined.total(),
    declinedByForm: declined.scores(),
    declineKind: kind.total(),
    byCategory: byCategory.scores(),
    language: language.total(),
    misses,
  };
}
