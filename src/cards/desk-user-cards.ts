import { DESK_LIMITS, type QuestionProblem } from '../domain/desk/limits';
import type { DeskRequest } from '../domain/desk/types';
import type { HelpDeskStatus } from '../domain/help-desk/hours';
import { adaptiveCard, heading, text, type AdaptiveCard, type CardElement } from './card-kit';
import { DESK_INPUT, DESK_VERB } from './desk-data';
import { deskTime, execute, typed, type DeskCardContext } from './desk-kit';

/** "Talk to a person" once a desk is set: the question to send (editable), the privacy reminder, the desk's hours. */
export interface DeskOffer {
  readonly question: string;
  /** One-time token: a second press of this card's "Send" gets the request the first one made. */
  readonly token: string;
  readonly hours: HelpDeskStatus;
  /** Shown above the box when the last try could not be sent as typed. */
  readonly problem?: QuestionProblem;
}

/** Whether the desk is open now; if closed, when it opens and that the request will wait. */
export function hoursLine(hours: HelpDeskStatus, ctx: DeskCardContext): CardElement {
  const t = ctx.t;
  if (hours.state === 'open') return text(t('desk:offer.open', { until: deskTime(hours.closesAt!, ctx.lang) }), { color: 'Good', weight: 'Bolder' });
  if (hours.state === 'unknown') return text(t('desk:offer.unknown'), { color: 'Warning' });
  const line = hours.nextOpen ? t('desk:offer.closed', { when: deskTime(hours.nextOpen, ctx.lang) }) : t('desk:offer.closedUnknown');
  return text(line, { color: 'Warning', weight: 'Bolder' });
}

/** The confirmation card: nothing is sent until the user presses "Send to the help desk". */
export function buildDeskOfferCard(offer: DeskOffer, ctx: DeskCardContext): AdaptiveCard {
  const t = ctx.t;
  const lang = ctx.lang;
  const body: CardElement[] = [heading(t('desk:offer.title')), text(t('desk:offer.intro'), { spacing: 'Small' }), hoursLine(offer.hours, ctx)];
  if (offer.problem) body.push(text(t(`desk:question.${offer.problem}`, { max: DESK_LIMITS.questionMax }), { color: 'Attention', weight: 'Bolder' }));
  body.push(
    {
      type: 'Input.Text', id: DESK_INPUT.question, label: t('desk:offer.label'), placeholder: t('desk:offer.placeholder'),
      value: offer.question.slice(0, DESK_LIMITS.questionMax), isMultiline: true, maxLength: DESK_LIMITS.questionMax,
    },
    text(t('desk:offer.privacy'), { size: 'Small', color: 'Warning' }),
  );
  const actions = [
    execute(t('desk:offer.send'), DESK_VERB.send, { t: offer.token, lang }, { style: 'positive' }),
    execute(t('desk:offer.contacts'), DESK_VERB.contacts, { lang }, { ignoreInputs: true }),
    execute(t('desk:offer.cancel'), DESK_VERB.cancel, { lang }, { ignoreInputs: true }),
  ];
  return adaptiveCard(body, actions, `${t('desk:offer.title')}\n\n${t('desk:offer.privacy')}`);
}

/** "Request 42 sent": what replaces the confirmation card (so it cannot be sent twice). */
export function buildDeskSentCard(r: DeskRequest, hours: HelpDeskStatus, ctx: DeskCardContext): AdaptiveCard {
  const t = ctx.t;
  const title = t('desk:sent.title', { n: r.n });
  const body: CardElement[] = [heading(title), text(t('desk:sent.text', { n: r.n }))];
  if (hours.state === 'closed') {
    body.push(text(hours.nextOpen ? t('desk:sent.waiting', { when: deskTime(hours.nextOpen, ctx.lang) }) : t('desk:sent.waitingUnknown'), { color: 'Warning' }));
  }
  body.push(text(t('desk:sent.question'), { weight: 'Bolder', spacing: 'Medium' }), typed(r.question, { isSubtle: true }));
  return adaptiveCard(body, [], `${title}. ${t('desk:sent.text', { n: r.n })}`);
}

/** The hourly limit: when the next request can be sent; the contacts button. */
export function buildDeskLimitedCard(count: number, retryAt: Date, ctx: DeskCardContext): AdaptiveCard {
  const t = ctx.t;
  const message = t('desk:limited.text', { count, time: deskTime(retryAt, ctx.lang) });
  return adaptiveCard([heading(t('desk:limited.title')), text(message)], [execute(t('desk:offer.contacts'), DESK_VERB.contacts, { lang: ctx.lang }, { ignoreInputs: true })], message);
}

/**
 * A one-line desk notice ("Request 42 is open again", "taken by …"). The message is shown as typed:
 * it can carry a name someone chose (a staff member's Teams display name), never read as markdown.
 */
export function buildDeskNoticeCard(message: string, ctx: DeskCardContext, title?: string): AdaptiveCard {
  return adaptiveCard([...(title ? [heading(title)] : []), typed(message)], [], title ? `${title}. ${message}` : message);
}

/** The staff answer in the user's chat, with who sent it, the question, and "solved" / "I still need help". */
export function buildDeskAnswerCard(r: DeskRequest, ctx: DeskCardContext): AdaptiveCard {
  const t = ctx.t;
  const answer = r.answer!;
  const title = t('desk:notice.answeredTitle', { n: r.n });
  const body: CardElement[] = [
    heading(title),
    typed(t('desk:notice.answeredBy', { name: answer.by.name }), { isSubtle: true }),
    typed(answer.text),
    text(t('desk:notice.yourQuestion'), { size: 'Small', weight: 'Bolder', spacing: 'Medium', separator: true }),
    typed(r.question, { isSubtle: true }),
  ];
  const data = { n: r.n, lang: r.lang };
  const actions = [execute(t('desk:notice.solved'), DESK_VERB.solved, data, { style: 'positive' }), execute(t('desk:notice.stillNeed'), DESK_VERB.reopen, data)];
  return adaptiveCard(body, actions, `${title}: ${answer.text.slice(0, 300)}`);
}
