import type { TopicId } from '../domain/types';
import type { InsightEvent } from './insight-event';

/** The content team's worklist, computed from recorded events. */
export interface InsightsSummary {
  readonly events: number;
  readonly mostAsked: readonly { topic: TopicId; count: number }[];
  readonly leastHelpful: readonly { topic: TopicId; helpful: number; notHelpful: number; votes: number }[];
  readonly unanswered: readonly { question: string; count: number; lang: string; kind: string }[];
  /** Unanswered questions whose text was not kept (it held personal data or pasted rows), by language and kind. */
  readonly withheld: readonly { count: number; lang: string; kind: string }[];
}

const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

/** Aggregates events: most asked topics, topics with the most 👎 share, unanswered questions (kept, and withheld). */
export function summarizeInsights(events: readonly InsightEvent[], top = 10): InsightsSummary {
  const asked = new Map<TopicId, number>();
  const votes = new Map<TopicId, { helpful: number; notHelpful: number }>();
  const unanswered = new Map<string, { question: string; count: number; lang: string; kind: string }>();
  const withheld = new Map<string, { count: number; lang: string; kind: string }>();
  let total = 0;
  for (const e of events) {
    const count = e.type === 'asked' && Number.isInteger(e.count) && e.count! > 0 ? e.count! : 1;
    total += count;
    if (e.type === 'asked') asked.set(e.topic, (asked.get(e.topic) ?? 0) + count);
    else if (e.type === 'feedback') {
      const v = votes.get(e.topic) ?? { helpful: 0, notHelpful: 0 };
      if (e.helpful) v.helpful++;
      else v.notHelpful++;
      votes.set(e.topic, v);
    } else if (e.type !== 'unanswered') {
      continue; // a kind this summary does not show
    } else if (e.question === undefined) {
      const key = `${e.lang}|${e.kind}`;
      const w = withheld.get(key) ?? { count: 0, lang: e.lang, kind: e.kind };
      w.count++;
      withheld.set(key, w);
    } else {
      const key = `${e.lang}|${e.kind}|${e.question.toLowerCase()}`;
      const u = unanswered.get(key) ?? { question: e.question, count: 0, lang: e.lang, kind: e.kind };
      u.count++;
      unanswered.set(key, u);
    }
  }
  return {
    events: total,
    mostAsked: [...asked].map(([topic, count]) => ({ topic, count })).sort(byCount).slice(0, top),
    leastHelpful: [...votes]
      .map(([topic, v]) => ({ topic, ...v, votes: v.helpful + v.notHelpful }))
      .filter((v) => v.notHelpful > 0)
      .sort((a, b) => b.notHelpful / b.votes - a.notHelpful / a.votes || b.notHelpful - a.notHelpful)
      .slice(0, top),
    unanswered: [...unanswered.values()].sort(byCount).slice(0, top * 3),
    withheld: [...withheld.values()].sort(byCount),
  };
}
