import type { Lang } from '../domain/types';

const LOCALE: Readonly<Record<Lang, string>> = Object.freeze({ en: 'en-IN', hi: 'hi-IN' });

/** Formatters are costly to build: one per language and kind, made on first use. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'day' | 'time', lang: Lang): Intl.DateTimeFormat {
  const key = `${kind}:${lang}`;
  let f = formatters.get(key);
  if (!f) {
    const day = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
    const options: Intl.DateTimeFormatOptions =
      kind === 'day' ? { ...day, timeZone: 'UTC' } : { ...day, hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Kolkata' };
    formatters.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], options)));
  }
  return f;
}

/** A calendar date (`YYYY-MM-DD`) as people read it: "Saturday, 5 December 2026". */
export function formatDay(isoDate: string, lang: Lang): string {
  return formatter('day', lang).format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant in India time: "Monday, 23 November 2026, 9:00 am". */
export function formatIndiaTime(instant: Date, lang: Lang): string {
  return formatter('time', lang).format(instant);
}
