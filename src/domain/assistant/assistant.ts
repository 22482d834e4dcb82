import { deepFreeze } from '../shared/deep-freeze';
import { RecentResults } from '../shared/recent-results';
import { cleanText } from '../text/normalize';
import { mayRemember, REMEMBER_CHARS } from '../text/personal-data';
import { findLanguageRequest, QuestionMatcher, Understanding } from '../understanding';
import { HelpDeskCalendar } from '../help-desk/hours';
import type { Lang, TopicAnswer, TopicId, UserContext } from '../types';
import type { Capability, CapabilityClaim } from './capability';
import { chooseReplyLanguage } from './reply-language';
import type { AnswerFacts, AssistantReply, DeclineReason, ReplyKind } from './reply';
import type { SupportChannels } from './support-channels';

/** Limits on what the assistant reads. */
export const ASSISTANT_LIMITS = Object.freeze({
  /** Longer input is refused before any other work (the chat's body limit is about as much). */
  maxInputChars: 256 * 1024,
  /** Longer messages are refused (unless a capability such as the row check takes them). */
  maxChars: 20000,
  /** Only this much of a long question is matched. */
  matchChars: 1000,
});

/** How many recent replies are remembered by default. */
const RECENT_REPLIES = 2000;

/** Topics whose answer says whether the live desk is open now. */
const DESK_TOPICS: ReadonlySet<TopicId> = new Set(['query-assistance', 'helpdesk-contacts']);

/** Topics whose answer depends on today's date or the time (a date "29 Feb" is found only in a leap year). */
const TIMED_TOPICS: ReadonlySet<TopicId> = new Set([...DESK_TOPICS, 'training-timeline']);

/** What the assistant is built from (all injected). */
export interface AssistantDeps {
  readonly answers: ReadonlyMap<TopicId, TopicAnswer>;
  readonly matcher: QuestionMatcher;
  readonly calendar: HelpDeskCalendar;
  readonly clock: () => Date;
  readonly capabilities?: readonly Capability[];
  /** How many recent replies are remembered (0: none; the benchmark times fresh questions). */
  readonly recentReplies?: number;
  /** iGOT support's channels, given with a decline of an iGOT question outside onboarding. */
  readonly support?: SupportChannels;
}

/** Facts that are content, the same for every user and moment (a quoted portal message, iGOT support's channels). */
const CONTENT_FACTS: ReadonlySet<string> = new Set(['portalMessage', 'support']);

/**
 * A reply that depends only on the text and the user's language settings: no computed facts
 * (desk hours, dates, contacts and row checks are facts; content facts are not) and no topic that reads the clock.
 */
const isTimeless = (reply: AssistantReply): boolean =>
  Object.keys(reply.facts).every((name) => CONTENT_FACTS.has(name)) && !(reply.topic && TIMED_TOPICS.has(reply.topic));


/** The one core used by the bot, the CLI, the tab and the messaging extension. */
export class Assistant {
  private readonly capabilities: readonly Capability[];
  private readonly recent: RecentResults<AssistantReply>;

  constructor(private readonly deps: AssistantDeps) {
    this.capabilities = deps.capabilities ?? [];
    this.recent = new RecentResults(deps.recentReplies ?? RECENT_REPLIES, 'repeat');
  }

  /**
   * Answers one message from a user. The same few questions come again and again: a
   * timeless reply is remembered, unless the message holds an email or a mobile number.
   */
  ask(rawText: string, user: UserContext = {}): AssistantReply {
    if (rawText.length > REMEMBER_CHARS) return this.think(rawText, user);
    const key = JSON.stringify([user.forcedLang, user.savedLang, user.locale, rawText]);
    return this.recent.get(key, () => deepFreeze(this.think(rawText, user)), (reply) => isTimeless(reply) && mayRemember(rawText));
  }

  private think(rawText: string, user: UserContext): AssistantReply {
    if (rawText.length > ASSISTANT_LIMITS.maxInputChars) return this.reply(cleanText(rawText.slice(0, ASSISTANT_LIMITS.matchChars)).trim(), user, 'too-long', null);
    const cleaned = cleanText(rawText);
    const text = cleaned.trim();
    // Capabilities see the text untrimmed: a pasted row may begin with an empty cell (a leading tab).
    const claim = this.firstClaim((c) => c.claim?.(cleaned));
    if (claim) return this.reply(text, user, 'answer', claim.topic, claim.facts);
    if (text.length > ASSISTANT_LIMITS.maxChars) return this.reply(text, user, 'too-long', null);

    const request = findLanguageRequest(text.slice(0, ASSISTANT_LIMITS.matchChars));
    const question = request ? request.rest : text.slice(0, ASSISTANT_LIMITS.matchChars);
    const understanding = this.deps.matcher.understand(question);
    // "Please reply in Hindi from now on": once the request is taken out, nothing (or next to nothing) is asked.
    if (request && (understanding.decision !== 'topic' || understanding.features.length <= 2)) {
      return this.reply(text, user, 'answer', 'language', {}, request.lang);
    }
    return this.fromUnderstanding(text, question, understanding, user, request?.lang);
  }

  /** The answer for a known topic (a button press, a "did you mean" choice, a search pick). */
  answerTopic(topic: TopicId, lang: Lang, text = ''): AssistantReply {
    if (!this.deps.answers.has(topic)) return this.reply(text, { forcedLang: lang }, 'decline', null);
    return this.reply(text, { forcedLang: lang }, 'answer', topic, this.enrich(topic, text));
  }

  /** A topic's written answer (no facts computed): for titles and buttons. */
  answerFor(topic: TopicId): TopicAnswer | undefined {
    return this.deps.answers.get(topic);
  }

  /** Every topic with an answer. */
  topics(): TopicId[] {
    return [...this.deps.answers.keys()];
  }

  private fromUnderstanding(text: string, question: string, u: Understanding, user: UserContext, requested?: Lang): AssistantReply {
    if ((u.decision === 'decline' && !u.vetoed) || u.decision === 'clarify' || u.decision === 'empty') {
      const rescue = this.firstClaim((c) => c.rescue?.(question));
      if (rescue) return this.reply(text, user, 'answer', rescue.topic, rescue.facts, requested);
    }
    if (u.decision === 'empty') return this.reply(text, user, 'empty', null, {}, requested);
    if (u.decision === 'decline' || !u.topic) return this.decline(text, user, u.declineKind ?? 'not-igot', requested);
    if (u.decision === 'clarify') return this.reply(text, user, 'clarify', u.topic, {}, requested, u.choices);
    const topic = this.retopic(u.topic, question);
    const facts = this.enrich(topic, question);
    const quoted = u.portalMessage && topic === u.topic ? { portalMessage: u.portalMessage } : {};
    return this.reply(text, user, 'answer', topic, { ...quoted, ...facts }, requested);
  }

  /** A decline of one of the two kinds: iGOT support's channels come with an iGOT question outside onboarding. */
  private decline(text: string, user: UserContext, reason: DeclineReason, requested?: Lang): AssistantReply {
    const facts = reason === 'igot-support' && this.deps.support ? { support: this.deps.support } : {};
    return { ...this.reply(text, user, 'decline', null, facts, requested), declineReason: reason };
  }

  private retopic(topic: TopicId, text: string): TopicId {
    for (const c of this.capabilities) {
      const moved = c.retopic?.(topic, text);
      if (moved) return moved;
    }
    return topic;
  }

  private enrich(topic: TopicId, text: string): AnswerFacts {
    const facts: Record<string, unknown> = {};
    if (DESK_TOPICS.has(topic)) facts.helpDesk = this.deps.calendar.status(this.deps.clock());
    for (const c of this.capabilities) Object.assign(facts, c.enrich?.(topic, text));
    return facts;
  }

  private firstClaim(pick: (c: Capability) => CapabilityClaim | undefined): CapabilityClaim | undefined {
    for (const c of this.capabilities) {
      const claim = pick(c);
      if (claim) return claim;
    }
    return undefined;
  }

  private reply(
    query: string,
    user: UserContext,
    kind: ReplyKind,
    topic: TopicId | null,
    facts: AnswerFacts = {},
    requested?: Lang,
    choices: readonly TopicId[] = [],
  ): AssistantReply {
    const answer = topic && kind === 'answer' ? this.deps.answers.get(topic) : undefined;
    return {
      query,
      topic,
      lang: chooseReplyLanguage(query, user, requested),
      kind,
      answer,
      choices,
      suggestions: answer ? answer.related : [],
      setLang: requested,
      facts,
    };
  }
}
