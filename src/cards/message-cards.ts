import type { AssistantReply } from '../domain/assistant/reply';
import { actionSet, adaptiveCard, mailtoLink, openUrl, AdaptiveCard, CardElement, heading, numbered, submit, text } from './card-kit';
import type { SupportChannels } from '../domain/assistant/support-channels';
import type { CardContext } from './card-context';
import { replyActions } from './answer-parts';
import type { TopicAction } from './card-data';

/** "Did you mean": the candidate topics as buttons (or a numbered list when not interactive). */
export function buildClarifyCard(reply: AssistantReply, ctx: CardContext): AdaptiveCard {
  const choices = reply.choices.map((topic) => ({ topic, title: ctx.titles(topic) }));
  const list: CardElement =
    ctx.interactive === false
      ? numbered(choices.map((c) => c.title))
      : actionSet(choices.map((c) => submit(c.title, { sahayak: 'topic', topic: c.topic, lang: ctx.lang } satisfies TopicAction)));
  const body = [heading(ctx.t('cards:clarify.title')), text(ctx.t('reply.clarify')), list, text(ctx.t('reply.clarifyHint'), { isSubtle: true, size: 'Small' })];
  return adaptiveCard(body, replyActions(null, reply.query, ctx, { feedback: false }), ctx.fallbackText);
}

const TITLE_KEY = { decline: 'cards:decline.title', empty: 'cards:decline.emptyTitle', 'too-long': 'cards:decline.tooLongTitle' } as const;
const TEXT_KEY = { decline: 'reply.decline', empty: 'reply.empty', 'too-long': 'reply.tooLong' } as const;

/** The two kinds of decline: iGOT support's channels as buttons for an iGOT question outside onboarding; plainly otherwise. */
function declineBody(reply: AssistantReply, ctx: CardContext): CardElement[] | undefined {
  const support = reply.facts.support as SupportChannels | undefined;
  if (reply.declineReason === 'igot-support' && support) {
    const buttons = [openUrl(ctx.t('understanding:decline.igotSupport.teams'), support.teamsUrl), openUrl(ctx.t('understanding:decline.igotSupport.email'), mailtoLink(support.email))];
    const line = ctx.t('understanding:decline.igotSupport.text', { hours: support.hours[ctx.lang], email: support.email });
    return [heading(ctx.t('understanding:decline.igotSupport.title')), text(line), actionSet(buttons)];
  }
  if (reply.declineReason === 'not-igot') return [heading(ctx.t('understanding:decline.notIgot.title')), text(ctx.t('understanding:decline.notIgot.text'))];
  return undefined;
}

/** A polite decline (of its kind), an "ask me something" or a "too long" message, with "Talk to a person". */
export function buildDeclineCard(reply: AssistantReply, ctx: CardContext): AdaptiveCard {
  const kind = reply.kind === 'empty' || reply.kind === 'too-long' ? reply.kind : 'decline';
  const body = (kind === 'decline' && declineBody(reply, ctx)) || [heading(ctx.t(TITLE_KEY[kind])), text(ctx.t(TEXT_KEY[kind]))];
  const query = kind === 'decline' ? reply.query : '';
  return adaptiveCard(body, replyActions(null, query, ctx, { feedback: false }), ctx.fallbackText);
}

/** A one-line notice card (e.g. "I will reply in Hindi from now on"). */
export function buildNoticeCard(message: string, ctx: CardContext): AdaptiveCard {
  return adaptiveCard([text(message)], [], ctx.fallbackText);
}

/** Advice with one link button (e.g. "open a personal chat with me"). */
export function buildAdviceCard(message: string, button: { title: string; url: string } | undefined, ctx: CardContext): AdaptiveCard {
  return adaptiveCard([text(message, { color: 'Warning' })], button ? [openUrl(button.title, button.url)] : [], ctx.fallbackText);
}
