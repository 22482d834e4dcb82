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

/** The desk's state now. `unknown` when the year's holiday list is not loaded. */
export interface HelpDeskStatus {
  readonly state: 'open' | 'closed' | 'unknown';
  /** For `closed`: why (a holiday — named in `holidayName` — the weekend, or outside 9 to 5). */
  readonly reason?: 'holiday' | 'weekend' | 'before-hours' | 'after-hours';
  readonly holidayName?: string;
  /** The same holiday's name in Hindi, when the list gives one. */
  readonly holidayNameHi?: string;
  /** For `open`: when it closes today (an instant). */
  readonly closesAt?: Date;
  /** For `closed`: the next opening, when it can be known from loaded holiday lists. */
  readonly nextOpen?: Date;
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
  private readonly years = new Set<number>();

  constructor(holidays: readonly Holiday[], private readonly hours: DeskHours = DEFAULT_DESK_HOURS) {
    for (const h of holidays) {
      this.holidays.set(h.date, h);
      this.years.add(Number(h.date.slice(0, 4)));
    }
  }

  /** True when the year's holiday list is loaded. */
  knowsYear(year: number): boolean {
    return this.years.has(year);
  }

  /** The desk's state at `now`. */
  status(now: Date): HelpDeskStatus {
    const p = istParts(now);
    if (!this.knowsYear(Number(p.date.slice(0, 4)))) return { state: 'unknown', today: p.date };
    const closed = this.closedReason(p.date, p.weekday);
    const open = this.hours.openHour * 60;
    const close = this.hours.closeHour * 60;
    if (!closed && p.minutes >= open && p.minutes < close) {
      return { state: 'open', today: p.date, closesAt: new Date(p.dayStartUtc + close * 60000) };
    }
    const reason = closed ?? (p.minutes < open ? 'before-hours' : 'after-hours');
    return {
      state: 'closed',
      reason,
      holidayName: reason === 'holiday' ? this.holidays.get(p.date)?.name : undefined,
      holidayNameHi: reason === 'holiday' ? this.holidays.get(p.date)?.name_hi : undefined,
      nextOpen: this.nextOpening(now),
      today: p.date,
    };
  }

  private closedReason(date: string, weekday: number): 'holiday' | 'weekend' | undefined {
    if (this.holidays.has(date)) return 'holiday';
    return this.hours.weekdays.includes(weekday) ? undefined : 'weekend';
  }

  /** The next opening after `now`, or undefined when it falls in a year with no holiday list. */
  private nextOpening(now: Date): Date | undefined {
    const today = istParts(now);
    for (let i = 0; i < 30; i++) {
      const day = istParts(new Date(today.dayStartUtc + i * DAY_MS + 12 * 3600000));
      if (!this.knowsYear(Number(day.date.slice(0, 4)))) return undefined;
      const opening = day.dayStartUtc + this.hours.openHour * 3600000;
      if (opening > now.getTime() && !this.closedReason(day.date, day.weekday)) return new Date(opening);
    }
    return undefined;
  }
}
