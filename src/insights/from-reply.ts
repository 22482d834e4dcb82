import type { AssistantReply } from '../domain/assistant/reply';
import type { Lang, TopicId } from '../domain/types';
import type { InsightEvent } from './insight-event';
import { maskPersonalData } from './mask';

/**
 * What a reply adds to the worklist: an answered topic (`asked`, no text), or an
 * unanswered question (declined or unsure) with emails and numbers masked.
 * Nothing for empty or too-long messages.
 */
export function insightFromReply(reply: AssistantReply, now: Date): InsightEvent | undefined {
  const at = now.toISOString();
  if (reply.kind === 'answer' && reply.topic) return { type: 'asked', at, topic: reply.topic, lang: reply.lang };
  if ((reply.kind === 'decline' || reply.kind === 'clarify') && reply.query.trim()) {
    const question = maskPersonalData(reply.query);
    return { type: 'unanswered', at, lang: reply.lang, kind: reply.kind, question, ...(reply.kind === 'clarify' ? { choices: reply.choices } : {}) };
  }
  return undefined;
}

/** A 👍 / 👎 vote. */
export function feedbackEvent(topic: TopicId, lang: Lang, helpful: boolean, now: Date): InsightEvent {
  return { type: 'feedback', at: now.toISOString(), topic, lang, helpful };
}
