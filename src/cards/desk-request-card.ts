import { DESK_LIMITS } from '../domain/desk/limits';
import type { DeskRequest } from '../domain/desk/types';
import type { TopicId } from '../domain/types';
import { adaptiveCard, container, heading, openUrl, teamsChatLink, text, type AdaptiveCard, type CardElement } from './card-kit';
import { DESK_INPUT, DESK_VERB } from './desk-data';
import { deskAge, deskTime, execute, labelled, showCard, typed, type DeskCardContext } from './desk-kit';

/** A desk card: an Adaptive Card that refreshes itself (Teams asks the bot for the current state when it is viewed). */
export type DeskCard = AdaptiveCard & { readonly refresh?: object };

/** A topic offered in "Add to answers". */
export interface TopicChoice {
  readonly id: TopicId;
  readonly title: string;
}

/** What the request card is drawn with besides the request. */
export interface RequestCardOptions {
  /** Topics for "Add to answers" (the request's guess first). */
  readonly topics: readonly TopicChoice[];
  /** False for a copy inserted elsewhere (the messaging extension): no buttons, no refresh. */
  readonly interactive?: boolean;
}

const STATUS_COLOR = { open: 'Attention', assigned: 'Accent', answered: 'Good', reopened: 'Warning', closed: 'Default' } as const;

/** The staff's 1:1 chat with the user (Teams deep link; needs the user's principal name from the roster). */
export function userChatLink(r: DeskRequest, ctx: DeskCardContext): string | undefined {
  const upn = r.user.userPrincipalName;
  return upn ? `${teamsChatLink(upn)}&message=${encodeURIComponent(ctx.t('desk:card.chatMessage', { n: r.n }))}` : undefined;
}

function header(r: DeskRequest, ctx: DeskCardContext): CardElement {
  return {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'stretch', items: [heading(ctx.t('desk:card.title', { n: r.n }), 'Large')] },
      { type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [text(ctx.t(`desk:status.${r.status}`), { weight: 'Bolder', color: STATUS_COLOR[r.status] })] },
    ],
  };
}

function facts(r: DeskRequest, ctx: DeskCardContext): CardElement[] {
  const t = ctx.t;
  const waiting = r.status === 'open' || r.status === 'assigned' || r.status === 'reopened';
  const received = `${deskTime(r.createdAt, ctx.lang)}${waiting ? ` (${t('desk:card.since', { age: deskAge(r.reopenedAt ?? r.createdAt, ctx) })})` : ''}`;
  const owner = r.owner ? `${r.owner.name}${r.assignedAt && r.status !== 'closed' ? ` (${t('desk:card.since', { age: deskAge(r.assignedAt, ctx) })})` : ''}` : t('desk:card.nobody');
  return [
    labelled(t('desk:card.from'), r.user.userName || t('desk:card.unnamed'), { spacing: 'Small' }),
    labelled(t('desk:card.replyIn'), t(`desk:language.${r.lang}`), { spacing: 'None' }),
    labelled(t('desk:card.received'), received, { spacing: 'None' }),
    labelled(t('desk:card.owner'), owner, { spacing: 'None' }),
  ];
}

function body(r: DeskRequest, ctx: DeskCardContext): CardElement[] {
  const t = ctx.t;
  const out: CardElement[] = [container([header(r, ctx), ...facts(r, ctx)], { style: 'emphasis' })];
  if (r.outOfHours && r.status !== 'closed') out.push(text(t('desk:card.outOfHours', { since: deskTime(r.createdAt, ctx.lang) }), { color: 'Warning', size: 'Small' }));
  if (r.status === 'reopened' && r.reopenedAt) out.push(text(t('desk:card.reopened', { at: deskTime(r.reopenedAt, ctx.lang) }), { color: 'Warning', weight: 'Bolder' }));
  out.push(text(t('desk:card.question'), { weight: 'Bolder', spacing: 'Medium' }), typed(r.question));
  if (r.answer) {
    out.push(
      text(t('desk:card.answer'), { weight: 'Bolder', spacing: 'Medium', separator: true }),
      labelled(t('desk:card.answeredBy'), `${r.answer.by.name}, ${deskTime(r.answer.at, ctx.lang)}`, { spacing: 'None' }),
      typed(r.answer.text),
    );
  }
  if (r.status === 'closed' && r.closedAt) {
    const by = r.closedBy?.id === 'user' ? t('desk:card.closedByUser') : r.closedBy?.id === 'auto' ? t('desk:card.closedAuto', { days: DESK_LIMITS.autoCloseAnsweredDays }) : r.closedBy?.name ?? '';
    out.push(labelled(t('desk:card.closedBy'), `${by}, ${deskTime(r.closedAt, ctx.lang)}`));
  }
  if (r.learned) out.push(text(t('desk:card.learned'), { isSubtle: true, size: 'Small' }));
  if (r.unreachable) out.push(text(t('desk:card.unreachable'), { color: 'Attention', size: 'Small' }));
  return out;
}

function answerBox(r: DeskRequest, ctx: DeskCardContext): CardElement {
  const input = {
    type: 'Input.Text', id: DESK_INPUT.answer, label: ctx.t('desk:input.answerLabel'), placeholder: ctx.t('desk:input.answerPlaceholder'),
    isMultiline: true, maxLength: DESK_LIMITS.answerMax, isRequired: true, errorMessage: ctx.t('desk:input.answerError', { max: DESK_LIMITS.answerMax }),
  };
  return showCard(ctx.t('desk:button.answer'), [input], [execute(ctx.t('desk:button.sendAnswer'), DESK_VERB.answer, { n: r.n }, { style: 'positive' })]);
}

function learnBox(r: DeskRequest, ctx: DeskCardContext, topics: readonly TopicChoice[]): CardElement {
  const known = r.topic && topics.some((c) => c.id === r.topic) ? r.topic : 'new';
  const input = {
    type: 'Input.ChoiceSet', id: DESK_INPUT.topic, label: ctx.t('desk:input.topicLabel'), style: 'compact', value: known,
    choices: [{ title: ctx.t('desk:input.topicNew'), value: 'new' }, ...topics.map((c) => ({ title: c.title, value: c.id }))],
  };
  return showCard(ctx.t('desk:button.learn'), [input], [execute(ctx.t('desk:button.learnSave'), DESK_VERB.learn, { n: r.n })]);
}

function actions(r: DeskRequest, ctx: DeskCardContext, topics: readonly TopicChoice[]): CardElement[] {
  const t = ctx.t;
  const data = { n: r.n };
  const assign = execute(t('desk:button.assign'), DESK_VERB.assign, data, { ignoreInputs: true, style: 'positive' });
  const release = execute(t('desk:button.release'), DESK_VERB.release, data, { ignoreInputs: true });
  const close = execute(t('desk:button.close'), DESK_VERB.close, data, { ignoreInputs: true });
  const out: CardElement[] = [];
  if (r.status === 'open' || (r.status === 'reopened' && !r.owner)) out.push(assign, answerBox(r, ctx), close);
  else if (r.status === 'assigned' || r.status === 'reopened') out.push(answerBox(r, ctx), release, close);
  else if (r.status === 'answered') out.push(...(r.learned ? [] : [learnBox(r, ctx, topics)]), close);
  else if (r.answer && !r.learned) out.push(learnBox(r, ctx, topics));
  const chat = userChatLink(r, ctx);
  if (chat) out.push(openUrl(t('desk:button.chat'), chat));
  return out;
}

/**
 * The request card in the desk channel, for each state: number and status, who asked and in
 * which language, since when it waits (and that it came while the desk was closed), who has it,
 * the question and the answer as typed; the buttons that state allows. It asks Teams to refresh
 * it when viewed (for its owner always; in channels under 60 people for everyone), so the age
 * and the state are current; every change is also written into the message for everyone.
 */
export function buildDeskRequestCard(r: DeskRequest, ctx: DeskCardContext, options: RequestCardOptions): DeskCard {
  const interactive = options.interactive !== false;
  const fallback = ctx.t('desk:card.fallback', { n: r.n, status: ctx.t(`desk:status.${r.status}`), question: r.question.slice(0, 200) });
  const card = adaptiveCard(body(r, ctx), interactive ? actions(r, ctx, options.topics) : [], fallback);
  if (!interactive) return card;
  const refresh = { action: { type: 'Action.Execute', verb: DESK_VERB.refresh, data: { n: r.n } }, ...(r.owner ? { userIds: [r.owner.id] } : {}) };
  return { ...card, refresh };
}

/** A card for a request no longer kept (removed after its retention time). */
export function buildDeskGoneCard(n: number, ctx: DeskCardContext, retentionDays: number): AdaptiveCard {
  const message = ctx.t('desk:card.gone', { n, days: retentionDays });
  return adaptiveCard([heading(ctx.t('desk:card.title', { n })), text(message, { isSubtle: true })], [], message);
}
