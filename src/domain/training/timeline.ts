import { foldText } from '../text/normalize';

/**
 * Training-date arithmetic from seed 003: register at least 7 days before the
 * training; nodal officers make sure everyone logs in 1–2 days before.
 */

/** Calendar dates (`YYYY-MM-DD`) computed for one training date. */
export interface TrainingDates {
  readonly trainingDate: string;
  /** Last day to complete registration (7 days before). */
  readonly registerBy: string;
  /** The log-in check window: 2 days before … 1 day before. */
  readonly checkFrom: string;
  readonly checkTo: string;
  /** Whole days from today to the training (negative when it is past). */
  readonly daysLeft: number;
  /** Today is already past the register-by date. */
  readonly late: boolean;
}

export const LEAD_DAYS = 7;

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['jan', 'january', 'janvari', 'janwari', 'जनवरी'],
  ['feb', 'february', 'farvari', 'farwari', 'फरवरी'],
  ['mar', 'march', 'maarch', 'मार्च'],
  ['apr', 'april', 'aprail', 'अप्रैल', 'अप्रेल'],
  ['may', 'mai', 'मई'],
  ['jun', 'june', 'joon', 'जून'],
  ['jul', 'july', 'julai', 'जुलाई'],
  ['aug', 'august', 'agast', 'अगस्त'],
  ['sep', 'sept', 'september', 'sitambar', 'सितंबर', 'सितम्बर'],
  ['oct', 'october', 'aktubar', 'अक्टूबर', 'अक्तूबर'],
  ['nov', 'november', 'navambar', 'नवंबर', 'नवम्बर'],
  ['dec', 'december', 'disambar', 'दिसंबर', 'दिसम्बर'],
];

const MONTH_BY_NAME = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])));
const MONTH_WORD = `(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s*(\\d{4}))?';
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])${DAY}\\s*(?:of\\s+)?${MONTH_WORD}(?![\\p{L}])${YEAR}`, 'iu');
const MONTH_DAY = new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s+${DAY}(?!\\d)${YEAR}`, 'iu');
const NUMERIC = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?!\d)/;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const DAY_MS = 86400000;

function iso(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

function validDate(y: number, m: number, d: number): number | undefined {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? ms : undefined;
}

/** The calendar date (UTC midnight ms) of "today" in India. */
export function indiaToday(now: Date): number {
  const shifted = new Date(now.getTime() + 330 * 60000);
  return Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
}

/** Finds a training date in free text (English, Hindi, Hinglish); a date without a year is the next one from today. */
export function findDate(rawText: string, now: Date): string | undefined {
  const text = foldText(rawText);
  const today = indiaToday(now);
  const withYear = (y: number | undefined, m: number, d: number): number | undefined => {
    if (y !== undefined) return validDate(y < 100 ? 2000 + y : y, m, d);
    const year = new Date(today).getUTCFullYear();
    const thisYear = validDate(year, m, d);
    return thisYear !== undefined && thisYear >= today ? thisYear : validDate(year + 1, m, d);
  };
  let ms: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text))) ms = validDate(+m[1], +m[2], +m[3]);
  else if ((m = DAY_MONTH.exec(text))) ms = withYear(m[3] ? +m[3] : undefined, MONTH_BY_NAME.get(m[2].toLowerCase())!, +m[1]);
  else if ((m = MONTH_DAY.exec(text))) ms = withYear(m[3] ? +m[3] : undefined, MONTH_BY_NAME.get(m[1].toLowerCase())!, +m[2]);
  else if ((m = NUMERIC.exec(text))) ms = withYear(+m[3], +m[2], +m[1]);
  return ms === undefined ? undefined : iso(ms);
}

/** Computes the register-by date and log-in check window for a training date. */
export function trainingDates(trainingDate: string, now: Date): TrainingDates {
  const day = Date.parse(`${trainingDate}T00:00:00Z`);
  const today = indiaToday(now);
  const registerBy = day - LEAD_DAYS * DAY_MS;
  return {
    trainingDate,
    registerBy: iso(registerBy),
    checkFrom: iso(day - 2 * DAY_MS),
    checkTo: iso(day - DAY_MS),
    daysLeft: Math.round((day - today) / DAY_MS),
    late: today > registerBy,
  };
}
