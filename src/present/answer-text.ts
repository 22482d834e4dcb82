import type { TFunction } from 'i18next';
import type { AssistantReply } from '../domain/assistant/reply';
import type { AnswerText, Lang, TopicAnswer } from '../domain/types';
import type { HelpDeskStatus } from '../domain/help-desk/hours';
import type { TrainingDates } from '../domain/training/timeline';
import { renderHelpDeskStatus, renderTrainingDates } from './facts-text';
import { renderDeclineText } from './understanding-text';

/** Renders extra facts (directory look-up, row check) of a reply as text, by fact name. */
export type FactRenderer = (value: unknown, lang: Lang, t: TFunction) => string | undefined;

/** Plain-text renderers for facts contributed by capabilities. */
export type FactRenderers = Readonly<Record<string, FactRenderer>>;

/** Facts that are the whole answer: the topic's general text is left out (a row check's result). */
const PRIMARY_FACTS: readonly string[] = ['rowCheck'];

function contactLine(c: AnswerText['contacts'][number]): string {
  const parts = [c.email, c.mobile, c.url].filter(Boolean).join(', ');
  return `- ${c.name}${c.role ? ` (${c.role})` : ''}${parts ? `: ${parts}` : ''}`;
}

/** The topic's title of a topic answer in a language (for "did you mean" lists and buttons). */
export function topicTitle(answer: TopicAnswer | undefined, lang: Lang, fallback: string): string {
  return answer?.[lang].title ?? fallback;
}

/** The whole answer as plain text, in the reply language. */
export function renderAnswerBody(reply: AssistantReply, t: TFunction, renderers: FactRenderers = {}): string {
  const answer = reply.answer!;
  const text = answer[reply.lang];
  const facts = reply.facts;
  const primary = PRIMARY_FACTS.find((name) => facts[name] !== undefined && renderers[name]);
  if (primary) return [text.title, renderers[primary](facts[primary], reply.lang, t), `${t('answer.source')} ${answer.citations[reply.lang].join('; ')}`].join('\n\n');
  const blocks: string[] = [text.title, text.body];
  if (facts.helpDesk) blocks.push(renderHelpDeskStatus(facts.helpDesk as HelpDeskStatus, reply.lang, t));
  if (facts.training) blocks.push(renderTrainingDates(facts.training as TrainingDates, reply.lang, t));
  for (const [name, value] of Object.entries(facts)) {
    const rendered = renderers[name]?.(value, reply.lang, t);
    if (rendered) blocks.push(rendered);
  }
  if (text.steps.length) blocks.push([t('answer.steps'), ...text.steps.map((s, i) => `${i + 1}. ${s}`)].join('\n'));
  blocks.push(...(text.details ?? []));
  if (text.links.length) blocks.push([t('answer.links'), ...text.links.map((l) => `- ${l.label}: ${l.url}`)].join('\n'));
  if (text.contacts.length) blocks.push([t('answer.contacts'), ...text.contacts.map(contactLine)].join('\n'));
  if (text.note) blocks.push(`${t('answer.note')} ${text.note}`);
  blocks.push(`${t('answer.source')} ${answer.citations[reply.lang].join('; ')}`);
  return blocks.filter(Boolean).join('\n\n');
}

/** Any reply of the assistant as plain text (what the bot says, what `sahayak ask` prints). */
export function renderReplyText(
  reply: AssistantReply,
  t: TFunction,
  titles: (topic: string) => string,
  renderers: FactRenderers = {},
): string {
  switch (reply.kind) {
    case 'answer':
      return reply.answer ? renderAnswerBody(reply, t, renderers) : t('reply.decline');
    case 'clarify':
      return [t('reply.clarify'), ...reply.choices.map((c, i) => `${i + 1}. ${titles(c)}`), t('reply.clarifyHint')].join('\n');
    case 'decline':
      return renderDeclineText(reply, t);
    case 'too-long':
      return t('reply.tooLong');
    case 'empty':
    default:
      return t('reply.empty');
  }
}
