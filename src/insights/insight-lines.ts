import { INSIGHT_TYPES, withExpiry, type InsightEvent, type StoredInsight } from './insight-event';
import { minimiseQuestion } from './minimise';

/** One entry as a line of JSON. */
export function insightLine(entry: StoredInsight): string {
  return `${JSON.stringify(entry)}\n`;
}

/**
 * Reads JSON lines back into entries. Broken lines (a half-written one) and unknown types are
 * skipped; an entry written before entries had an expiry gets one (`retentionDays` after it
 * happened); a kept question passes through `minimiseQuestion` again, so an entry written by an
 * older version that kept too much is read (and rewritten by a purge) as the rules are now.
 */
export function parseInsightLines(text: string, retentionDays: number): StoredInsight[] {
  const entries: StoredInsight[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const e = value as InsightEvent;
    if (!e || typeof e !== 'object' || !INSIGHT_TYPES.has(e.type) || typeof e.at !== 'string') continue;
    entries.push(withExpiry(e.type === 'unanswered' || e.type === 'staff-answer' ? reminimised(e) : e, retentionDays));
  }
  return entries;
}

function reminimised<T extends InsightEvent & { type: 'unanswered' | 'staff-answer' }>(e: T): T {
  if (e.question === undefined) return e;
  const at = new Date(e.at);
  const question = typeof e.question === 'string' ? minimiseQuestion(e.question, Number.isFinite(at.getTime()) ? at : new Date()) : undefined;
  if (question === e.question) return e;
  const { question: _dropped, ...rest } = e as T & { choices?: unknown };
  const { choices: _choices, ...bare } = rest;
  return (question === undefined ? bare : { ...rest, question }) as T;
}
