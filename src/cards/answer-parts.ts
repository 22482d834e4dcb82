import type { HelpDeskStatus } from '../domain/help-desk/hours';
import type { AnswerContact, AnswerLink, AnswerText, Lang, TopicId } from '../domain/types';
import type { TFunction } from '../i18n';
import { renderHelpDeskStatus } from '../present/facts-text';
import { actionSet, bullets, CardElement, container, factSet, mailtoLink, numbered, openUrl, submit, teamsChatLink, text, toggle } from './card-kit';
import type { CardContext } from './card-context';
import { MAX_TOGGLE_QUERY, otherLang, type FeedbackAction, type LanguageAction, type TalkAction, type TopicAction } from './card-data';

export { MAX_TOGGLE_QUERY };

/** Topics that get no 👍/👎 (small talk and the language switch). */
const NO_FEEDBACK: ReadonlySet<TopicId> = new Set(['greeting', 'thanks', 'help', 'language']);

/** One contact person or desk: name, role, email and mobile as text, mailto and Teams chat buttons. */
export function contactBlock(c: AnswerContact, ctx: CardContext): CardElement {
  const facts = [
    c.role ? { title: ctx.t('cards:contact.role'), value: c.role } : undefined,
    c.email ? { title: ctx.t('cards:contact.email'), value: c.email } : undefined,
    c.mobile ? { title: ctx.t('cards:contact.mobile'), value: c.mobile } : undefined,
    c.url ? { title: ctx.t('cards:contact.link'), value: c.url } : undefined,
  ].filter((f): f is { title: string; value: string } => f !== undefined);
  const buttons = c.email ? [openUrl(ctx.t('cards:button.email'), mailtoLink(c.email)), openUrl(ctx.t('cards:button.chat'), teamsChatLink(c.email))] : [];
  return container([text(c.name, { weight: 'Bolder' }), facts.length ? factSet(facts) : undefined, buttons.length ? actionSet(buttons) : undefined].filter(Boolean) as CardElement[], {
    separator: true,
  });
}

/** Links as text (so they can be copied) and as buttons. */
export function linkBlocks(links: readonly AnswerLink[], ctx: CardContext): CardElement[] {
  if (!links.length) return [];
  return [
    text(ctx.t('cards:answer.links'), { weight: 'Bolder', spacing: 'Medium' }),
    actionSet(links.slice(0, 5).map((l) => openUrl(l.label, l.url))),
  ];
}

/** Ids of the answer card's hidden parts (unique within one card). */
export const STEPS_ID = 'answer-steps';
export const MORE_ID = 'answer-more';

/**
 * What follows an answer's opening, folded: a "Show steps" button for the steps and a "More"
 * button for the details, links, contacts and note, each part hidden until its button is
 * pressed (`Action.ToggleVisibility`, client-side: no post-back). Nothing when there is no rest.
 */
export function foldedParts(a: AnswerText, ctx: CardContext): CardElement[] {
  const steps = a.steps.length ? [text(ctx.t('cards:answer.steps'), { weight: 'Bolder' }), numbered(a.steps)] : [];
  const more = [
    ...(a.details ?? []).map((d) => text(d)),
    ...linkBlocks(a.links, ctx),
    ...(a.contacts.length ? [text(ctx.t('cards:answer.contacts'), { weight: 'Bolder', spacing: 'Medium' }), ...a.contacts.map((c) => contactBlock(c, ctx))] : []),
    ...(a.note ? [text(`${ctx.t('cards:answer.note')} ${a.note}`, { size: 'Small', isSubtle: true, spacing: 'Medium' })] : []),
  ];
  const buttons = [
    ...(steps.length ? [toggle(ctx.t('cards:answer.showSteps'), [STEPS_ID])] : []),
    ...(more.length ? [toggle(ctx.t('cards:answer.more'), [MORE_ID])] : []),
  ];
  if (!buttons.length) return [];
  return [
    actionSet(buttons),
    ...(steps.length ? [container(steps, { id: STEPS_ID, isVisible: false })] : []),
    ...(more.length ? [container(more, { id: MORE_ID, isVisible: false })] : []),
  ];
}

/** Whether the live query assistance is open now (green when open). */
export function deskStatusBlock(status: HelpDeskStatus, lang: Lang, ctx: CardContext): CardElement {
  const line = renderHelpDeskStatus(status, lang, ctx.t as unknown as TFunction);
  return text(line, { color: status.state === 'open' ? 'Good' : 'Warning', weight: 'Bolder' });
}

/** The small source line at the foot of a card: the documents cited by issuer, title and date. */
export function sourceBlock(citations: readonly string[], ctx: CardContext): CardElement {
  return text(ctx.t('cards:answer.source', { sources: citations.join('; ') }), { size: 'Small', isSubtle: true, separator: true });
}

/** Related topics as buttons (interactive) or as a list (messaging-extension cards). */
export function relatedBlocks(topics: readonly TopicId[], ctx: CardContext): CardElement[] {
  if (!topics.length) return [];
  const label = text(ctx.t('cards:answer.related'), { weight: 'Bolder', spacing: 'Medium' });
  if (ctx.interactive === false) return [label, bullets(topics.map(ctx.titles))];
  return [label, actionSet(topics.slice(0, 4).map((topic) => submit(ctx.titles(topic), { sahayak: 'topic', topic, lang: ctx.lang } satisfies TopicAction)))];
}

/** The card's own buttons: the other language, talk to a person, 👍 / 👎 (none when not interactive). */
export function replyActions(topic: TopicId | null, query: string, ctx: CardContext, options: { feedback?: boolean; talk?: boolean } = {}): CardElement[] {
  if (ctx.interactive === false) return [];
  const other = otherLang(ctx.lang);
  const toggle: LanguageAction = { sahayak: 'lang', lang: other, topic, ...(query && query.length <= MAX_TOGGLE_QUERY ? { query } : {}) };
  const actions: CardElement[] = [submit(ctx.t('cards:button.otherLang'), toggle)];
  if (options.talk !== false) actions.push(submit(ctx.t('cards:button.talk'), { sahayak: 'talk', lang: ctx.lang, ...(toggle.query ? { query: toggle.query } : {}) } satisfies TalkAction));
  if (topic && options.feedback !== false && !NO_FEEDBACK.has(topic)) {
    const vote = (helpful: boolean): FeedbackAction => ({ sahayak: 'feedback', topic, lang: ctx.lang, helpful });
    actions.push(submit(ctx.t('cards:button.helpful'), vote(true)), submit(ctx.t('cards:button.notHelpful'), vote(false)));
  }
  return actions;
}
