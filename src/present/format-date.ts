import type { Lang } from '../domain/types';

const LOCALE: Readonly<Record<Lang, string>> = Object.freeze({ en: 'en-IN', hi: 'hi-IN' });

const DAY = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
const OPTIONS: Readonly<Record<'day' | 'time' | 'istDay' | 'clock', Intl.DateTimeFormatOptions>> = {
  day: { ...DAY, timeZone: 'UTC' },
  time: { ...DAY, hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Kolkata' },
  istDay: { ...DAY, timeZone: 'Asia/Kolkata' },
  // Hindi reads the time of day as a word: "सुबह 9:00", "शाम 5:00".
  clock: { hour: 'numeric', minute: '2-digit', dayPeriod: 'long', timeZone: 'Asia/Kolkata' },
};

/** Formatters are costly to build: one per language and kind, made on first use. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: keyof typeof OPTIONS, lang: Lang): Intl.DateTimeFormat {
  const key = `${kind}:${lang}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], OPTIONS[kind])));
  return f;
}

/** A calendar date (`YYYY-MM-DD`) as people read it: "Saturday, 5 December 2026". */
export function formatDay(isoDate: string, lang: Lang): string {
  return formatter('day', lang).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * An instant in India time: "Monday, 23 November 2026 at 9:00 am"; in Hindi
 * "सोमवार, 23 नवंबर 2026, सुबह 9:00 बजे" (not the locale's "… को 9:00 am बजे").
 */
export function formatIndiaTime(instant: Date, lang: Lang): string {
  if (lang === 'hi') return `${formatter('istDay', lang).format(instant)}, ${formatter('clock', lang).format(instant)} बजे`;
  return formatter('time', lang).format(instant);
}
