import type { Lang } from '../domain/types';

const LOCALE: Readonly<Record<Lang, string>> = Object.freeze({ en: 'en-IN', hi: 'hi-IN' });

/** A calendar date (`YYYY-MM-DD`) as people read it: "Saturday, 5 December 2026". */
export function formatDay(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** An instant in India time: "Monday, 23 November 2026, 9:00 am". */
export function formatIndiaTime(instant: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Asia/Kolkata',
  }).format(instant);
}
