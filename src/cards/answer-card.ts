import type { AssistantReply } from '../domain/assistant/reply';
import type { HelpDeskStatus } from '../domain/help-desk/hours';
import type { TrainingDates } from '../domain/training/timeline';
import type { TFunction } from '../i18n';
import { renderTrainingDates } from '../present/facts-text';
import { adaptiveCard, AdaptiveCard, CardElement, heading, text } from './card-kit';
import type { CardContext } from './card-context';
import { deskStatusBlock, foldedParts, relatedBlocks, replyActions, sourceBlock } from './answer-parts';
import { directorySection, directorySource, isDirectoryResult } from './contact-card';
import { isCheckResult, rowCheckSection } from './row-check-card';
import { portalMessageBlock } from './portal-message-block';

/**
 * The topic's own content: the opening (what to do) and the facts of this moment (desk status,
 * training dates) in view; steps behind "Show steps"; details, links, contacts and note behind "More".
 */
function contentBlocks(reply: AssistantReply, ctx: CardContext): CardElement[] {
  const a = reply.answer![ctx.lang];
  const out: CardElement[] = [...portalMessageBlock(reply, ctx), text(a.body)];
  if (reply.facts.directory === null) out.push(text(ctx.t('directory:ask_which'), { weight: 'Bolder' }));
  if (reply.facts.helpDesk) out.push(deskStatusBlock(reply.facts.helpDesk as HelpDeskStatus, ctx.lang, ctx));
  if (reply.facts.training) out.push(text(renderTrainingDates(reply.facts.training as TrainingDates, ctx.lang, ctx.t as unknown as TFunction), { weight: 'Bolder' }));
  return [...out, ...foldedParts(a, ctx)];
}

/**
 * The card for an answer: title, then either a capability's result (directory contacts,
 * row check) or the topic's content; related topics; the source line; and the buttons
 * (other language, talk to a person, 👍 / 👎).
 */
export function buildAnswerCard(reply: AssistantReply, ctx: CardContext): AdaptiveCard {
  const answer = reply.answer!;
  const body: CardElement[] = [heading(answer[ctx.lang].title)];
  const directory = reply.facts.directory;
  const rowCheck = reply.facts.rowCheck;
  if (isDirectoryResult(directory)) body.push(...directorySection(directory, ctx), directorySource(ctx));
  else if (isCheckResult(rowCheck)) body.push(...rowCheckSection(rowCheck, ctx), sourceBlock(answer.citations[ctx.lang], ctx));
  else body.push(...contentBlocks(reply, ctx), ...relatedBlocks(reply.suggestions, ctx), sourceBlock(answer.citations[ctx.lang], ctx));
  const query = isCheckResult(rowCheck) ? '' : reply.query;
  return adaptiveCard(body, replyActions(reply.topic, query, ctx), ctx.fallbackText);
}
