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

/** A question the assistant declined or was unsure about. */
export interface UnansweredEvent {
  readonly type: 'unanswered';
  readonly at: string;
  readonly lang: Lang;
  readonly kind: 'decline' | 'clarify';
  /**
   * The question as `minimiseQuestion` keeps it; absent when the message held personal data or
   * pasted rows (then only that a question went unanswered, its language and time, are kept).
   */
  readonly question?: string;
  /** For `clarify` with a kept question: the candidate topics. */
  readonly choices?: readonly TopicId[];
}

/**
 * A help-desk answer staff marked "add to answers" (issue 15): the topic chosen by staff (null: a new
 * topic), the staff answer, and the user's question as `minimiseQuestion` keeps it (absent when it
 * held personal data).
 */
export interface StaffAnswerEvent {
  readonly type: 'staff-answer';
  readonly at: string;
  readonly lang: Lang;
  readonly topic: TopicId | null;
  readonly question?: string;
  readonly answer: string;
}

/**
 * One entry of the content team's worklist: no user ids, no conversation ids, no personal data.
 * To add a kind: add its interface here and its `type` to {@link INSIGHT_TYPES}; any free text it
 * carries from a user goes through `minimiseQuestion` first.
 */
export type InsightEvent = AskedEvent | FeedbackEvent | UnansweredEvent | StaffAnswerEvent;

/** The `type` of every entry kind the stores read back (lines of other types are skipped). */
export const INSIGHT_TYPES: ReadonlySet<string> = new Set<InsightEvent['type']>(['asked', 'feedback', 'unanswered', 'staff-answer']);

/** An entry as stored: every one expires (ISO time), and `purge` removes it after that. */
export type StoredInsight = InsightEvent & { readonly expires: string };

/** How long entries are kept by default, in days. */
export const DEFAULT_RETENTION_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The entry with its expiry: `retentionDays` after it happened (an expiry it already has is kept). */
export function withExpiry(event: InsightEvent | StoredInsight, retentionDays: number): StoredInsight {
  if ('expires' in event && typeof event.expires === 'string') return event;
  const at = Date.parse(event.at);
  const from = Number.isFinite(at) ? at : Date.now();
  return { ...event, expires: new Date(from + retentionDays * DAY_MS).toISOString() };
}

/** True when the entry's expiry has passed (an unreadable expiry counts as passed). */
export function isExpired(entry: StoredInsight, now: Date): boolean {
  const expires = Date.parse(entry.expires);
  return !Number.isFinite(expires) || expires <= now.getTime();
}

/**
 * Where the worklist is kept (a local file, Azure append blobs, memory). The whole public API:
 * - `append`: records one entry (its expiry is added); never rejects (a failing store must not fail a chat turn);
 * - `read`: every entry not yet expired, oldest first;
 * - `purge`: removes expired entries, resolving to how many were removed;
 * - `flush`: writes what is waiting (before reading elsewhere, and at shutdown).
 */
export interface InsightsStore {
  append(event: InsightEvent): Promise<void>;
  read(now?: Date): Promise<StoredInsight[]>;
  purge(now?: Date): Promise<number>;
  flush(): Promise<void>;
}

/** Entries oldest first (stable). */
export function oldestFirst<T extends { readonly at: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Keeps entries in memory (tests; one process only). */
export class MemoryInsightsStore implements InsightsStore {
  private entries: StoredInsight[] = [];

  constructor(private readonly retentionDays = DEFAULT_RETENTION_DAYS) {}

  async append(event: InsightEvent): Promise<void> {
    this.entries.push(withExpiry(event, this.retentionDays));
  }

  async read(now: Date = new Date()): Promise<StoredInsight[]> {
    return oldestFirst(this.entries.filter((e) => !isExpired(e, now)));
  }

  async purge(now: Date = new Date()): Promise<number> {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => !isExpired(e, now));
    return before - this.entries.length;
  }

  async flush(): Promise<void> {
    // nothing waits
  }
}
