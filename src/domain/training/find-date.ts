import { foldText, tokenize } from '../text/normalize';

/**
 * Finding a training date in a question (English, Hindi, Hinglish). A date without a year is the
 * occurrence the words point to: a past one when the question speaks of the past ("was", "थी",
 * "could not log in"), the next one when it speaks of the future ("next", "होगी"), else the
 * nearest. So "my training was on 1 December" asked in December is this year's, not next year's.
 */

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

/** Words that put the training in the past. */
const PAST = new Set([
  'was', 'were', 'had', 'did', 'missed', 'happened', 'went', 'ended', 'attended', 'couldn', 'couldnt', 'didn', 'didnt', 'ago',
  'yesterday', 'thi', 'tha', 'hui', 'hua', 'gayi', 'gaya', 'gai', 'gaye', 'beet', 'biti', 'chuki', 'chuka', 'pichle', 'pichli', 'paya', 'payi', 'paye',
  'थी', 'था', 'थे', 'हुई', 'हुआ', 'गई', 'गया', 'गये', 'गए', 'बीत', 'बीती', 'चुकी', 'चुका', 'पिछले', 'पिछली', 'पाया', 'पाई', 'पाए',
]);
/** Words that put it in the future. */
const FUTURE = new Set([
  'next', 'upcoming', 'will', 'coming', 'scheduled', 'tomorrow', 'agle', 'agli', 'aane', 'aagami', 'hogi', 'hoga', 'honi', 'hone',
  'अगले', 'अगली', 'आने', 'आगामी', 'होगी', 'होगा', 'होनी', 'होने',
]);
/** Days counted from today ("kal" and "कल" are yesterday or tomorrow, by tense). */
const RELATIVE = new Map<string, number>([
  ['today', 0], ['aaj', 0], ['aj', 0], ['आज', 0], ['tomorrow', 1], ['yesterday', -1], ['kal', 1], ['कल', 1], ['parso', 2], ['parson', 2], ['परसों', 2],
]);

/** Whether the words speak of the past, the future, or neither. */
export function tenseOf(text: string): 'past' | 'future' | null {
  const folded = foldText(text);
  const words = tokenize(folded);
  if (words.some((w) => PAST.has(w)) || /\bcould\s+not\b/.test(folded)) return 'past';
  return words.some((w) => FUTURE.has(w)) ? 'future' : null;
}

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

/** Which year a day and month without a year mean: the past or next occurrence by tense, else the nearest (ties: ahead). */
function occurrence(m: number, d: number, today: number, tense: 'past' | 'future' | null): number | undefined {
  const year = new Date(today).getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => validDate(y, m, d)).filter((ms): ms is number => ms !== undefined);
  const past = candidates.filter((c) => c <= today);
  const ahead = candidates.filter((c) => c >= today);
  if (tense === 'past') return past.at(-1);
  if (tense === 'future') return ahead[0];
  const near = [past.at(-1), ahead[0]].filter((c): c is number => c !== undefined);
  return near.sort((a, b) => Math.abs(a - today) - Math.abs(b - today) || b - a)[0];
}

/** Options for {@link findDate}. */
export interface FindDateOptions {
  /** Also read "today", "tomorrow", "aaj", "कल"… (only where the question is about a training). */
  readonly relative?: boolean;
}

/** Finds a training date in free text; `YYYY-MM-DD` or undefined. */
export function findDate(rawText: string, now: Date, options: FindDateOptions = {}): string | undefined {
  const text = foldText(rawText);
  const today = indiaToday(now);
  const tense = tenseOf(text);
  const withYear = (y: number | undefined, m: number, d: number): number | undefined =>
    y !== undefined ? validDate(y < 100 ? 2000 + y : y, m, d) : occurrence(m, d, today, tense);
  let ms: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text))) ms = validDate(+m[1], +m[2], +m[3]);
  else if ((m = DAY_MONTH.exec(text))) ms = withYear(m[3] ? +m[3] : undefined, MONTH_BY_NAME.get(m[2].toLowerCase())!, +m[1]);
  else if ((m = MONTH_DAY.exec(text))) ms = withYear(m[3] ? +m[3] : undefined, MONTH_BY_NAME.get(m[1].toLowerCase())!, +m[2]);
  else if ((m = NUMERIC.exec(text))) ms = withYear(+m[3], +m[2], +m[1]);
  else if (options.relative) {
    const offset = tokenize(text).map((w) => RELATIVE.get(w)).find((o) => o !== undefined);
    if (offset !== undefined) ms = today + (tense === 'past' ? -Math.abs(offset) : offset) * DAY_MS;
  }
  return ms === undefined ? undefined : iso(ms);
}
