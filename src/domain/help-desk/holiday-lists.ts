/** Whether the holiday lists the desk hours need are loaded: this year's, and from 1 November next year's. */

/** A missing holiday list. */
export interface HolidayListWarning {
  readonly code: 'holiday-list-missing';
  readonly year: number;
  /** `current`: this year's (desk answers hedge on every weekday); `next`: next year's, due from 1 November. */
  readonly when: 'current' | 'next';
}

/** The month (1–12) from which next year's list is due. */
export const NEXT_YEAR_LIST_DUE_MONTH = 11;

/** The lists missing at `now` (India time) among `years`: this year's always, next year's from 1 November. */
export function holidayListWarnings(years: readonly number[], now: Date): HolidayListWarning[] {
  const india = new Date(now.getTime() + 330 * 60000);
  const year = india.getUTCFullYear();
  const out: HolidayListWarning[] = [];
  if (!years.includes(year)) out.push({ code: 'holiday-list-missing', year, when: 'current' });
  if (india.getUTCMonth() + 1 >= NEXT_YEAR_LIST_DUE_MONTH && !years.includes(year + 1)) out.push({ code: 'holiday-list-missing', year: year + 1, when: 'next' });
  return out;
}

/** A warning as one line for operators (content lint, `/readyz`). */
export function holidayWarningText(w: HolidayListWarning): string {
  const add = `add content/holidays/${w.year}.json from the published DoPT list of Central Government holidays`;
  return w.when === 'current'
    ? `no holiday list for ${w.year}: on weekdays within 9 to 5 the desk status can only say "open unless a government holiday"; ${add}`
    : `no holiday list for ${w.year} yet: from 1 January ${w.year} the desk status can only say "open unless a government holiday"; ${add}`;
}
