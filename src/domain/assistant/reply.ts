import type { Lang, TopicAnswer, TopicId } from '../types';
import type { HelpDeskStatus } from '../help-desk/hours';
import type { TrainingDates } from '../training/timeline';

/** What kind of reply the assistant gives. */
export type ReplyKind =
  /** A topic's answer. */
  | 'answer'
  /** Low confidence: "did you mean" two or three topics. */
  | 'clarify'
  /** Out of scope: a polite decline pointing to the helpdesk. */
  | 'decline'
  /** Nothing usable was typed. */
  | 'empty'
  /** The message is too long to read. */
  | 'too-long';

/**
 * Why a question was declined (both stay `topic: null`): `igot-support` for a problem with iGOT itself
 * outside onboarding (pointed to iGOT support), `not-igot` for anything else (the helpdesk as fallback).
 */
export type DeclineReason = 'igot-support' | 'not-igot';

/** Computed facts that make an answer specific to this question and this moment. */
export interface AnswerFacts {
  /** For `query-assistance` and contacts: is the live desk open now. */
  readonly helpDesk?: HelpDeskStatus;
  /** For `training-timeline`: dates computed from the training date the user gave. */
  readonly training?: TrainingDates;
  /** Extra data from other capabilities (directory look-up, row check), by name. */
  readonly [name: string]: unknown;
}

/** The core's answer to one message: data only, rendered by the bot, CLI and tab. */
export interface AssistantReply {
  readonly query: string;
  /** The topic id, or null when out of scope (or nothing usable was typed). */
  readonly topic: TopicId | null;
  readonly lang: Lang;
  readonly kind: ReplyKind;
  /** The topic's content (both languages; render `answer[lang]`). */
  readonly answer?: TopicAnswer;
  /** For `clarify`: the candidate topics, best first. */
  readonly choices: readonly TopicId[];
  /** Follow-up topics to offer. */
  readonly suggestions: readonly TopicId[];
  /** Set when the message asked to change the reply language: the preference to save. */
  readonly setLang?: Lang;
  readonly facts: AnswerFacts;
  /** For `decline`: which kind of decline. */
  readonly declineReason?: DeclineReason;
}
