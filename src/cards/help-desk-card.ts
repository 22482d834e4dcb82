import type { AssistantReply } from '../domain/assistant/reply';
import type { HelpDeskStatus } from '../domain/help-desk/hours';
import { adaptiveCard, AdaptiveCard, CardElement, heading, numbered, text } from './card-kit';
import type { CardContext } from './card-context';
import { contactBlock, deskStatusBlock, linkBlocks, replyActions, sourceBlock } from './answer-parts';

/**
 * "Talk to a person": whether the live query assistance is open now, the order of contact,
 * the contacts (email and mobile as text, mailto and Teams chat buttons) and the meeting link.
 * Built from the `helpdesk-contacts` answer with its desk-status fact.
 */
export function buildHelpDeskCard(reply: AssistantReply, ctx: CardContext): AdaptiveCard {
  const a = reply.answer![ctx.lang];
  const body: CardElement[] = [heading(ctx.t('cards:desk.title')), text(a.title, { isSubtle: true, spacing: 'None' })];
  if (reply.facts.helpDesk) body.push(deskStatusBlock(reply.facts.helpDesk as HelpDeskStatus, ctx.lang, ctx));
  if (a.steps.length) body.push(text(ctx.t('cards:desk.order'), { weight: 'Bolder', spacing: 'Medium' }), numbered(a.steps));
  body.push(text(ctx.t('cards:answer.contacts'), { weight: 'Bolder', spacing: 'Medium' }), ...a.contacts.map((c) => contactBlock(c, ctx)));
  body.push(...linkBlocks(a.links, ctx), sourceBlock(reply.answer!.citations[ctx.lang], ctx));
  return adaptiveCard(body, replyActions(reply.topic, '', ctx, { talk: false }), ctx.fallbackText);
}
