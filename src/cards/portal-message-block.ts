import type { AssistantReply } from '../domain/assistant/reply';
import type { QuotedMessage } from '../domain/understanding/portal-messages';
import { container, CardElement, text } from './card-kit';
import type { CardContext } from './card-context';

/** For an answer to a quoted portal message: the message, where the portal shows it, and what it means. */
export function portalMessageBlock(reply: AssistantReply, ctx: CardContext): CardElement[] {
  const m = reply.facts.portalMessage as QuotedMessage | undefined;
  if (!m) return [];
  const heading = ctx.t('understanding:portalMessage.heading', { text: m.text, where: ctx.t(`understanding:portalMessage.where.${m.where}`) });
  return [container([text(heading, { weight: 'Bolder' }), text(m[ctx.lang])], { style: 'emphasis' })];
}
