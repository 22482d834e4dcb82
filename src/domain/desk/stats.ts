import type { ClosedEntry, LiveEntry } from './desk-index';

/** How long ago something happened, in the unit people say it in. */
export interface Elapsed {
  readonly unit: 'minutes' | 'hours' | 'days';
  readonly count: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "12 minutes", "3 hours", "2 days" from two instants (never negative; under a minute is 0 minutes). */
export function elapsed(fromMs: number, toMs: number): Elapsed {
  const ms = Math.max(0, toMs - fromMs);
  if (ms < HOUR) return { unit: 'minutes', count: Math.floor(ms / MINUTE) };
  if (ms < 2 * DAY) return { unit: 'hours', count: Math.floor(ms / HOUR) };
  return { unit: 'days', count: Math.floor(ms / DAY) };
}

/** The desk's summary counts for the content team and the desk's leads. */
export interface DeskSummary {
  /** Requests made in the period. */
  readonly opened: number;
  /** Of those, how many got an answer. */
  readonly answered: number;
  /** Of those, how many are closed. */
  readonly closed: number;
  /** Requests not closed now (whenever they were made). */
  readonly openNow: number;
  /** Median minutes from the request to its first answer (null when none was answered). */
  readonly medianFirstAnswerMinutes: number | null;
  /** The start of the period (ms), or null for everything kept. */
  readonly since: number | null;
}

/** The median of numbers (null for none). */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Counts over the live and closed entries made since `since` (all kept when null). */
export function summarizeDesk(live: readonly LiveEntry[], closed: readonly ClosedEntry[], since: number | null = null): DeskSummary {
  const inPeriod = (c: number) => since === null || c >= since;
  const made = [...live.filter((e) => e.s !== 'closed'), ...closed].filter((e) => inPeriod(e.c));
  const waits = made.filter((e) => e.f !== undefined).map((e) => (e.f! - e.c) / MINUTE);
  const m = median(waits);
  return {
    opened: made.length,
    answered: waits.length,
    closed: made.filter((e) => 'x' in e).length,
    openNow: live.filter((e) => e.s !== 'closed').length,
    medianFirstAnswerMinutes: m === null ? null : Math.round(m),
    since,
  };
}
