/** Adaptive Cards (schema 1.5) for every reply kind: pure functions from reply data to card JSON. */
import type { AssistantReply } from '../domain/assistant/reply';
import type { AdaptiveCard } from './card-kit';
import type { CardContext } from './card-context';
import { buildAnswerCard } from './answer-card';
import { buildClarifyCard, buildDeclineCard, buildNoticeCard } from './message-cards';

export * from './card-kit';
export * from './card-context';
export * from './card-data';
export { buildAnswerCard } from './answer-card';
export { buildAdviceCard, buildClarifyCard, buildDeclineCard, buildNoticeCard } from './message-cards';
export { buildContactCard, buildGroupCard, isDirectoryResult } from './contact-card';
export { buildRowCheckCard, isCheckResult } from './row-check-card';
export { buildHelpDeskCard } from './help-desk-card';
export { buildWelcomeCard, welcomeText, type WelcomeContext } from './welcome-card';

/** The card for any reply of the assistant. */
export function buildReplyCard(reply: AssistantReply, ctx: CardContext): AdaptiveCard {
  if (reply.topic === 'language' && reply.setLang) return buildNoticeCard(ctx.fallbackText, ctx);
  if (reply.kind === 'answer' && reply.answer) return buildAnswerCard(reply, ctx);
  if (reply.kind === 'clarify') return buildClarifyCard(reply, ctx);
  return buildDeclineCard(reply, ctx);
}
