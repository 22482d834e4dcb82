import type { DeskRequest, DeskStatus } from './types';

/** A request not yet closed, as the index lists it (enough to find work without reading every request). */
export interface LiveEntry {
  readonly n: number;
  readonly s: DeskStatus;
  /** Created (ms since epoch). */
  readonly c: number;
  /** First answered (ms). */
  readonly f?: number;
  /** True while something is still to be told (the outbox is not empty). */
  readonly q?: boolean;
  /** The user's pseudonymous key (a hash): finds "my last answered request" and counts the hourly limit. */
  readonly u: string;
}

/** A request sent in the last window: the hourly limit and the double-press guard. */
export interface SentMark {
  readonly u: string;
  /** The confirmation card's one-time token. */
  readonly t: string;
  readonly n: number;
  readonly at: number;
}

/** The desk's index: the next number, the requests not closed, the last hour's sends. One item, eTag-guarded. */
export interface DeskIndex {
  readonly next: number;
  readonly live: readonly LiveEntry[];
  readonly sent: readonly SentMark[];
  /** The months (`YYYY-MM`) that have a closed-requests item (what the clean-up and the counts read). */
  readonly months: readonly string[];
}

/** A closed request, kept in its month's item for the summary counts and the clean-up. */
export interface ClosedEntry {
  readonly n: number;
  readonly c: number;
  readonly f?: number;
  /** Closed (ms). */
  readonly x: number;
}

export const EMPTY_INDEX: DeskIndex = Object.freeze({ next: 1, live: Object.freeze([]), sent: Object.freeze([]), months: Object.freeze([]) });

/** What a send gets: a new number, the number an earlier press of the same card already got, or the limit. */
export type Allocation =
  | { readonly kind: 'new'; readonly n: number; readonly index: DeskIndex }
  | { readonly kind: 'duplicate'; readonly n: number }
  | { readonly kind: 'limited'; readonly retryAt: number };

/** Who sends, with which card token, when, and the limit per window. */
export interface SendAttempt {
  readonly user: string;
  readonly token: string;
  readonly now: number;
  readonly limit: number;
  readonly windowMs: number;
}

/**
 * Gives a send its request number, in the same read-modify-write as the double-press check
 * and the hourly limit (so two instances taking two presses at once cannot both count as first).
 */
export function allocate(index: DeskIndex, send: SendAttempt): Allocation {
  const sent = index.sent.filter((m) => m.at > send.now - send.windowMs);
  const mine = sent.filter((m) => m.u === send.user);
  const again = mine.find((m) => m.t === send.token);
  if (again) return { kind: 'duplicate', n: again.n };
  if (mine.length >= send.limit) return { kind: 'limited', retryAt: Math.min(...mine.map((m) => m.at)) + send.windowMs };
  const n = index.next;
  const entry: LiveEntry = { n, s: 'open', c: send.now, q: true, u: send.user };
  return { kind: 'new', n, index: { ...index, next: n + 1, live: [...index.live, entry], sent: [...sent, { u: send.user, t: send.token, n, at: send.now }] } };
}

/** The index entry for a request. */
export function liveEntry(request: DeskRequest, user: string): LiveEntry {
  const f = request.firstAnswerAt ? Date.parse(request.firstAnswerAt) : undefined;
  return { n: request.n, s: request.status, c: Date.parse(request.createdAt), ...(f ? { f } : {}), ...(request.outbox.length ? { q: true } : {}), u: user };
}

/** The closed entry for a request (its closing time, or now when it has none). */
export function closedEntry(request: DeskRequest, now: number): ClosedEntry {
  const f = request.firstAnswerAt ? Date.parse(request.firstAnswerAt) : undefined;
  return { n: request.n, c: Date.parse(request.createdAt), ...(f ? { f } : {}), x: request.closedAt ? Date.parse(request.closedAt) : now };
}

const sameEntry = (a: LiveEntry, b: LiveEntry): boolean => a.s === b.s && a.f === b.f && !!a.q === !!b.q && a.u === b.u && a.c === b.c;

/** The index with `entry` in place of the request's old entry; undefined when nothing changes. */
export function withLive(index: DeskIndex, entry: LiveEntry): DeskIndex | undefined {
  const old = index.live.find((e) => e.n === entry.n);
  if (old && sameEntry(old, entry)) return undefined;
  return { ...index, live: [...index.live.filter((e) => e.n !== entry.n), entry].sort((a, b) => a.n - b.n) };
}

/** The index without the given requests (and with `month` listed); undefined when nothing changes. */
export function withoutLive(index: DeskIndex, ns: ReadonlySet<number>, month?: string): DeskIndex | undefined {
  const live = index.live.filter((e) => !ns.has(e.n));
  const months = month && !index.months.includes(month) ? [...index.months, month].sort() : index.months;
  return live.length === index.live.length && months === index.months ? undefined : { ...index, live, months };
}

/** The month (`YYYY-MM`, UTC) a closing time belongs to: closed requests are kept per month. */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** The months from `fromMs` to `toMs`, oldest first (at most `max`). */
export function monthsBetween(fromMs: number, toMs: number, max = 36): string[] {
  const out: string[] = [];
  const d = new Date(Date.UTC(new Date(fromMs).getUTCFullYear(), new Date(fromMs).getUTCMonth(), 1));
  while (d.getTime() <= toMs && out.length < max) {
    out.push(d.toISOString().slice(0, 7));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

/** Reads a stored index defensively (a damaged item must not stop the desk). */
export function readIndex(raw: unknown): DeskIndex | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const v = raw as Partial<DeskIndex>;
  if (!Number.isInteger(v.next) || (v.next as number) < 1 || !Array.isArray(v.live) || !Array.isArray(v.sent)) return undefined;
  return { next: v.next as number, live: v.live, sent: v.sent, months: Array.isArray(v.months) ? v.months : [] };
}
