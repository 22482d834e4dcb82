import type { AssistantReply } from '../domain/assistant/reply';
import type { Lang, TopicId } from '../domain/types';
import type { InsightEvent } from './insight-event';
import { minimiseQuestion } from './minimise';

/**
 * What a reply adds to the worklist: an answered topic (`asked`, no text), or an unanswered
 * question (declined or unsure) as `minimiseQuestion` keeps it: without its text when it held
 * personal data. Nothing for empty or too-long messages.
 */
export function insightFromReply(reply: AssistantReply, now: Date): InsightEvent | undefined {
  const at = now.toISOString();
  if (reply.kind === 'answer' && reply.topic) return { type: 'asked', at, topic: reply.topic, lang: reply.lang };
  if ((reply.kind === 'decline' || reply.kind === 'clarify') && reply.query.trim()) {
    const question = minimiseQuestion(reply.query, now);
    const base = { type: 'unanswered', at, lang: reply.lang, kind: reply.kind } as const;
    if (question === undefined) return base;
    return { ...base, question, ...(reply.kind === 'clarify' ? { choices: reply.choices } : {}) };
  }
  return undefined;
}

/** A 👍 / 👎 vote. */
export function feedbackEvent(topic: TopicId, lang: Lang, helpful: boolean, now: Date): InsightEvent {
  return { type: 'feedback', at: now.toISOString(), topic, lang, helpful };
}
