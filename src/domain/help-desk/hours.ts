/**
 * Whether the live query assistance (seed 003: Monday to Friday, 9 AM to 5 PM,
 * excluding government holidays) is open at a given moment, in India time.
 */

/** A closed holiday, as listed in `content/holidays/<year>.json`. */
export interface Holiday {
  /** `YYYY-MM-DD` in India time. */
  readonly date: string;
  readonly name: string;
  /** The holiday's name in Hindi, for Hindi replies. */
  readonly name_hi?: string;
}

/** Hours of the desk, India time. */
export interface DeskHours {
  readonly openHour: number;
  readonly closeHour: number;
  /** ISO weekdays the desk opens (1 = Monday … 7 = Sunday). */
  readonly weekdays: readonly number[];
}

export const DEFAULT_DESK_HOURS: DeskHours = Object.freeze({ openHour: 9, closeHour: 17, weekdays: Object.freeze([1, 2, 3, 4, 5]) });

/**
 * The desk's state now. Weekends and hours need no holiday list: outside Monday–Friday 9 to 5 it
 * is `closed`. `unknown` is a weekday within hours in a year whose holiday list is not loaded: it
 * should be open, unless the day is a government holiday.
 */
export interface HelpDeskStatus {
  readonly state: 'open' | 'closed' | 'unknown';
  /** For `closed`: why (a holiday — named in `holidayName` — the weekend, or outside 9 to 5); for `unknown`: no holiday list. */
  readonly reason?: 'holiday' | 'weekend' | 'before-hours' | 'after-hours' | 'no-holiday-list';
  readonly holidayName?: string;
  /** The same holiday's name in Hindi, when the list gives one. */
  readonly holidayNameHi?: string;
  /** For `open` and `unknown`: when it closes today (an instant). */
  readonly closesAt?: Date;
  /** For `closed`: the next opening (within 30 days). */
  readonly nextOpen?: Date;
  /** True when `nextOpen` falls in a year with no holiday list: it opens then unless that day is a government holiday. */
  readonly nextOpenUnconfirmed?: boolean;
  /** India-time calendar date of now, `YYYY-MM-DD`. */
  readonly today: string;
}

const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** India-time wall clock parts of an instant. */
function istParts(instant: Date): { date: string; weekday: number; minutes: number; dayStartUtc: number } {
  const shifted = new Date(instant.getTime() + IST_OFFSET_MS);
  const date = shifted.toISOString().slice(0, 10);
  const weekday = ((shifted.getUTCDay() + 6) % 7) + 1;
  const minutes = shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
  const dayStartUtc = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()) - IST_OFFSET_MS;
  return { date, weekday, minutes, dayStartUtc };
}

/** Answers "is the desk open now, and when does it next open" from the loaded holiday lists. */
export class HelpDeskCalendar {
  private readonly holidays = new Map<string, Holiday>();
  private readonly knownYears = new Set<number>();

  constructor(holidays: readonly Holiday[], private readonly hours: DeskHours = DEFAULT_DESK_HOURS) {
    for (const h of holidays) {
      this.holidays.set(h.date, h);
      this.knownYears.add(Number(h.date.slice(0, 4)));
    }
  }

  /** True when the year's holiday list is loaded. */
  knowsYear(year: number): boolean {
    return this.knownYears.has(year);
  }

  /** The desk's state at `now`. */
  status(now: Date): HelpDeskStatus {
    const p = istParts(now);
    const listed = this.knowsYear(Number(p.date.slice(0, 4)));
    const closed = this.closedReason(p.date, p.weekday);
    const open = this.hours.openHour * 60;
    const close = this.hours.closeHour * 60;
    if (!closed && p.minutes >= open && p.minutes < close) {
      const closesAt = new Date(p.dayStartUtc + close * 60000);
      return listed ? { state: 'open', today: p.date, closesAt } : { state: 'unknown', reason: 'no-holiday-list', today: p.date, closesAt };
    }
    const reason = closed ?? (p.minutes < open ? 'before-hours' : 'after-hours');
    const next = this.nextOpening(now);
    return {
      state: 'closed',
      reason,
      holidayName: reason === 'holiday' ? this.holidays.get(p.date)?.name : undefined,
      holidayNameHi: reason === 'holiday' ? this.holidays.get(p.date)?.name_hi : undefined,
      nextOpen: next?.at,
      ...(next?.unconfirmed ? { nextOpenUnconfirmed: true } : {}),
      today: p.date,
    };
  }

  private closedReason(date: string, weekday: number): 'holiday' | 'weekend' | undefined {
    if (this.holidays.has(date)) return 'holiday';
    return this.hours.weekdays.includes(weekday) ? undefined : 'weekend';
  }

  /** The next opening after `now` (a weekday's 9 AM that is no listed holiday); `unconfirmed` in a year with no holiday list. */
  private nextOpening(now: Date): { at: Date; unconfirmed: boolean } | undefined {
    const today = istParts(now);
    for (let i = 0; i < 30; i++) {
      const day = istParts(new Date(today.dayStartUtc + i * DAY_MS + 12 * 3600000));
      const opening = day.dayStartUtc + this.hours.openHour * 3600000;
      if (opening > now.getTime() && !this.closedReason(day.date, day.weekday)) {
        return { at: new Date(opening), unconfirmed: !this.knowsYear(Number(day.date.slice(0, 4))) };
      }
    }
    return undefined;
  }

  /** The years whose holiday lists are loaded, in order. */
  years(): number[] {
    return [...this.knownYears].sort((a, b) => a - b);
  }
}
