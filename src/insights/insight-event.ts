import type { Lang, TopicId } from '../domain/types';

/** A question that got an answer: the topic only, never the text. */
export interface AskedEvent {
  readonly type: 'asked';
  /** When (the first of `count`, when several are kept as one record). */
  readonly at: string;
  readonly topic: TopicId;
  readonly lang: Lang;
  /** How many answers this record stands for (absent: one). */
  readonly count?: number;
}

/** 👍 / 👎 on an answer. */
export interface FeedbackEvent {
  readonly type: 'feedback';
  readonly at: string;
  readonly topic: TopicId;
  readonly lang: Lang;
  readonly helpful: boolean;
}

/** A question the assistant declined or was unsure about, with personal data masked. */
export interface UnansweredEvent {
  readonly type: 'unanswered';
  readonly at: string;
  readonly lang: Lang;
  readonly kind: 'decline' | 'clarify';
  /** The question with emails and phone numbers masked (see `maskPersonalData`). */
  readonly question: string;
  /** For `clarify`: the candidate topics. */
  readonly choices?: readonly TopicId[];
}

/** A help-desk answer staff marked "add to answers" (issue 15): question and answer masked, the topic chosen by staff (null: a new topic). */
export interface StaffAnswerEvent {
  readonly type: 'staff-answer';
  readonly at: string;
  readonly lang: Lang;
  readonly topic: TopicId | null;
  readonly question: string;
  readonly answer: string;
}

/** One record of the content team's worklist: no user ids, no conversation ids, no unmasked text. */
export type InsightEvent = AskedEvent | FeedbackEvent | UnansweredEvent | StaffAnswerEvent;

/** Where insight events are kept. */
export interface InsightsStore {
  /** Records one event; never throws (a failing store must not fail a chat turn). */
  record(event: InsightEvent): Promise<void>;
  /** Every event recorded, oldest first. */
  all(): Promise<InsightEvent[]>;
}

/** Keeps events in memory (tests, and when no file is configured). */
export class MemoryInsightsStore implements InsightsStore {
  private readonly events: InsightEvent[] = [];

  async record(event: InsightEvent): Promise<void> {
    this.events.push(event);
  }

  async all(): Promise<InsightEvent[]> {
    return [...this.events];
  }
}
