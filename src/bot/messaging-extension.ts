import type { MessagingExtensionAttachment, MessagingExtensionQuery, MessagingExtensionResponse } from 'botbuilder';
import type { Assistant } from '../domain/assistant/assistant';
import type { AssistantReply } from '../domain/assistant/reply';
import type { Directory } from '../domain/directory';
import type { Lang, TopicId, UserContext } from '../domain/types';
import { ADAPTIVE_CARD_TYPE, buildGroupCard, type AdaptiveCard } from '../cards';
import { groupLines, shownGroups } from '../present/directory-text';
import type { ReplyPresenter } from './reply-presenter';

/** Messaging-extension command ids (declared in the app manifest). */
export const SEARCH_CONTACT = 'searchContact';
export const SEARCH_ANSWERS = 'searchAnswers';
/** The search parameter's name. */
export const QUERY_PARAMETER = 'query';

/** Offered when the search box is empty (initial run). */
export const COMMON_TOPICS: readonly TopicId[] = Object.freeze([
  'self-registration', 'otp-problem', 'pending-approval', 'kb-representative', 'helpdesk-contacts', 'bulk-upload-errors', 'login', 'password',
]);
const MAX_CONTACTS = 8;
const MAX_ANSWERS = 4;
const SKIP_TOPICS: ReadonlySet<TopicId> = new Set(['greeting', 'thanks', 'help', 'language', 'row-check']);
const THUMBNAIL_TYPE = 'application/vnd.microsoft.card.thumbnail';

/** What the search uses. */
export interface SearchDeps {
  readonly assistant: Assistant;
  readonly presenter: ReplyPresenter;
  readonly directory: Pick<Directory, 'findInText'>;
}

/** The typed text of a query ('' on the initial run or when missing). */
export function queryText(query: MessagingExtensionQuery): string {
  const param = query.parameters?.find((p) => p.name === QUERY_PARAMETER) ?? query.parameters?.[0];
  if (!param || param.name === 'initialRun') return '';
  return typeof param.value === 'string' ? param.value.trim().slice(0, 500) : '';
}

function attachment(card: AdaptiveCard, title: string, text: string): MessagingExtensionAttachment {
  return { contentType: ADAPTIVE_CARD_TYPE, content: card, preview: { contentType: THUMBNAIL_TYPE, content: { title, text } } };
}

/** One result per representative (the nearest listed body's, for a body not listed by name), with the result's caveats. */
function contactAttachments(q: string, lang: Lang, deps: SearchDeps): MessagingExtensionAttachment[] {
  const result = q ? deps.directory.findInText(q) : null;
  if (!result) return [];
  const t = deps.presenter.t(lang);
  return shownGroups(result).slice(0, MAX_CONTACTS).map((g) => {
    const fallback = `${groupLines(g, lang, t).join('\n')}\n${t('directory:source')}`;
    const card = buildGroupCard(result, g, deps.presenter.cardContext(lang, fallback, false));
    const title = g.conflict ? `⚠ ${g.organisations[0]}: ${g.name}` : g.name;
    const email = g.conflict ? t('directory:address_of', { email: g.email, owner: g.conflict.emailOwner, other: g.conflict.nameOwner }) : g.email;
    return attachment(card, title, t('directory:search_text', { organisations: g.organisations.join('; '), email, mobile: g.mobile }));
  });
}

function answerTopics(reply: AssistantReply, q: string): TopicId[] {
  if (!q) return [...COMMON_TOPICS];
  if (reply.kind === 'answer' && reply.topic) return [reply.topic, ...reply.suggestions];
  return reply.kind === 'clarify' ? [...reply.choices] : [];
}

function answerAttachments(reply: AssistantReply, q: string, skip: ReadonlySet<TopicId>, deps: SearchDeps): MessagingExtensionAttachment[] {
  const lang = reply.lang;
  const topics = [...new Set(answerTopics(reply, q))].filter((topic) => !SKIP_TOPICS.has(topic) && !skip.has(topic));
  return topics.slice(0, q ? MAX_ANSWERS : COMMON_TOPICS.length).map((topic) => {
    const r = topic === reply.topic && reply.kind === 'answer' ? reply : deps.assistant.answerTopic(topic, lang, q);
    const a = r.answer![lang];
    return attachment(deps.presenter.card(r, false), a.title, a.body.length > 140 ? `${a.body.slice(0, 140)}…` : a.body);
  });
}

/**
 * Search for the compose box and command box: KB contacts (from the directory) and answers
 * (the assistant's topic for the text and its related topics); common topics when empty.
 * Each result carries a thumbnail preview and the full Adaptive Card (links only, no post-back buttons).
 */
export function searchMessagingExtension(query: MessagingExtensionQuery, user: UserContext, deps: SearchDeps): MessagingExtensionResponse {
  const q = queryText(query);
  const reply = deps.assistant.ask(q, user);
  const contacts = query.commandId === SEARCH_ANSWERS ? [] : contactAttachments(q, reply.lang, deps);
  const skip = new Set<TopicId>(contacts.length ? ['kb-representative'] : []);
  const attachments = [...contacts, ...answerAttachments(reply, q, skip, deps)];
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}
