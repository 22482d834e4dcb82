/**
 * The facts record (content/source-facts.json) and how facts are found in text: URLs, email
 * addresses, phone numbers (10+ digits) and dates (ISO day or month), in English and Hindi.
 * Used by the content tests (content states nothing the record lacks) and by the check of the
 * record against the source documents.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CONTENT_DIR = path.join(ROOT, 'content');
export const LOCALES_DIR = path.join(ROOT, 'locales');

export type FactKind = 'url' | 'email' | 'phone' | 'date';
export const FACT_KINDS: readonly FactKind[] = ['url', 'email', 'phone', 'date'];

/** One recorded fact: the value as content states it, and the id of the document it is copied from. */
export interface SourceFact {
  readonly kind: FactKind;
  readonly value: string;
  readonly source: string;
  readonly note?: string;
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function loadFacts(): SourceFact[] {
  return readJson<{ facts: SourceFact[] }>(path.join(CONTENT_DIR, 'source-facts.json')).facts;
}

/** The document ids of content/sources.json. */
export function sourceIds(): Set<string> {
  return new Set(readJson<{ documents: { id: string }[] }>(path.join(CONTENT_DIR, 'sources.json')).documents.map((d) => d.id));
}

/** Our own examples (a placeholder address, an example date): recorded, but not from a document. */
export const OWN_SOURCE = 'sahayak';

// ------------------------------------------------------------------------------ extraction

const TRAILING_PUNCT = /[.,;:!?]+$/;
// A URL ends at whitespace, a closing bracket/paren/brace, an angle bracket or a quote.
const URL_RE = /https?:\/\/[^\s<>"'`)\]}]+/g;
const WWW_RE = /(?<![\w/.@-])www\.[^\s<>"'`)\]}]+/g;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// Digits (ASCII or Devanagari), optionally led by '+', joined by spaces or hyphens.
const PHONE_RE = /\+?[0-9\u0966-\u096F](?:[ -]*[0-9\u0966-\u096F])+/g;
const DIGIT_RE = /[0-9\u0966-\u096F]/g;

/** Devanagari digits as ASCII digits (०५२२ → 0522). */
export function foldDigits(text: string): string {
  return text.replace(/[\u0966-\u096F]/g, (c) => String(c.charCodeAt(0) - 0x966));
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
  'जनवरी': 1, 'फ़रवरी': 2, 'फरवरी': 2, 'मार्च': 3, 'अप्रैल': 4, 'मई': 5, 'जून': 6, 'जुलाई': 7, 'अगस्त': 8,
  'सितंबर': 9, 'सितम्बर': 9, 'अक्टूबर': 10, 'अक्तूबर': 10, 'नवंबर': 11, 'नवम्बर': 11, 'दिसंबर': 12, 'दिसम्बर': 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const D = '[0-9\\u0966-\\u096F]';
const NOT_DIGIT_BEFORE = '(?<![0-9\\u0966-\\u096F])';
const NOT_DIGIT_AFTER = '(?![0-9\\u0966-\\u096F])';
const SP = '[ \\u00a0]+';
const two = (n: number): string => String(n).padStart(2, '0');

/** Date patterns, most specific first: [pattern, (match) => [year, month, day?]]. */
const DATE_PATTERNS: [RegExp, (m: string[]) => (string | number | undefined)[]][] = [
  // 30 May 2023, 30th May, 2023, 30 मई 2023
  [new RegExp(`${NOT_DIGIT_BEFORE}(${D}{1,2})(?:st|nd|rd|th)?${SP}(${MONTH})\\.?,?${SP}(${D}{4})${NOT_DIGIT_AFTER}`, 'giu'), (m) => [m[3], MONTHS[m[2].toLowerCase()], m[1]]],
  // May 30, 2023
  [new RegExp(`(?<!\\p{L})(${MONTH})\\.?${SP}(${D}{1,2})(?:st|nd|rd|th)?,[ \\u00a0]*(${D}{4})${NOT_DIGIT_AFTER}`, 'giu'), (m) => [m[3], MONTHS[m[1].toLowerCase()], m[2]]],
  // 2023-05-30
  [new RegExp(`${NOT_DIGIT_BEFORE}(${D}{4})-(${D}{2})-(${D}{2})${NOT_DIGIT_AFTER}`, 'gu'), (m) => [m[1], m[2], m[3]]],
  // 30-05-2023, 30.05.2023, 30/05/2023 (day first, as in India)
  [new RegExp(`(?<![0-9\\u0966-\\u096F./-])(${D}{1,2})([./-])(${D}{1,2})\\2(${D}{4})${NOT_DIGIT_AFTER}`, 'gu'), (m) => [m[4], m[3], m[1]]],
  // May 2023, September 2023, अक्टूबर 2024
  [new RegExp(`(?<!\\p{L})(${MONTH})\\.?,?${SP}(${D}{4})${NOT_DIGIT_AFTER}`, 'giu'), (m) => [m[2], MONTHS[m[1].toLowerCase()]]],
  // 2023-09 (a month)
  [new RegExp(`${NOT_DIGIT_BEFORE}(${D}{4})-(${D}{2})(?![0-9\\u0966-\\u096F-])`, 'gu'), (m) => [m[1], m[2]]],
];

/** Dates written in a text, as ISO days (2023-05-30) or months (2023-09). Bare years are not dates here. */
export function extractDates(text: string): string[] {
  return takeDates(text).found;
}

/** The dates of a text, and the text with each date blanked out. */
function takeDates(text: string): { found: string[]; rest: string } {
  const found: string[] = [];
  let rest = text;
  for (const [re, parts] of DATE_PATTERNS) {
    rest = rest.replace(re, (...args: unknown[]) => {
      const [y, mo, d] = parts(args.slice(0, -2) as string[]).map((x) => (x === undefined ? undefined : Number(foldDigits(String(x)))));
      const validMonth = mo !== undefined && mo >= 1 && mo <= 12;
      if (validMonth && d === undefined) found.push(`${y}-${two(mo)}`);
      else if (validMonth && d !== undefined && d >= 1 && d <= 31) found.push(`${y}-${two(mo)}-${two(d)}`);
      else return args[0] as string; // not a date after all: leave it for the other patterns
      return ' ';
    });
  }
  return { found, rest };
}

export type Extracted = Record<FactKind, string[]>;

/** URLs, email addresses, phone-like numbers (>= 10 digits) and dates found in a text. */
export function extractFacts(text: string): Extracted {
  const urls: string[] = [];
  const take = (list: string[]) => (m: string): string => {
    list.push(m.replace(TRAILING_PUNCT, ''));
    return ' ';
  };
  let rest = text.replace(URL_RE, take(urls)).replace(WWW_RE, take(urls));
  const emails: string[] = [];
  rest = rest.replace(EMAIL_RE, take(emails));
  const { found: dates, rest: undated } = takeDates(rest);
  const phones = (undated.match(PHONE_RE) ?? [])
    .map((m) => m.trim().replace(/[ -]+$/, ''))
    .filter((m) => (m.match(DIGIT_RE) ?? []).length >= 10);
  return { url: urls, email: emails, phone: phones, date: dates };
}

// ------------------------------------------------------------------------- where content is

/** All string values inside a JSON value, recursively. */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

function jsonFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return jsonFilesUnder(full);
    return e.name.endsWith('.json') ? [full] : [];
  });
}

/**
 * The files whose text states facts to users: every JSON file under content/ and locales/, except
 * the record itself and content/understanding/ (example questions are what users type, not facts).
 */
export function factBearingFiles(): string[] {
  const skip = [path.join(CONTENT_DIR, 'source-facts.json'), path.join(CONTENT_DIR, 'understanding') + path.sep];
  return [...jsonFilesUnder(CONTENT_DIR), ...jsonFilesUnder(LOCALES_DIR)].filter((f) => !skip.some((s) => f === s || f.startsWith(s))).sort();
}

/** Repository-relative path with forward slashes. */
export const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');
