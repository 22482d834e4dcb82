/**
 * Checks the hand-written answers in content/answers against the topic contract
 * (/work/shared/topics.md) and against the source documents: every URL, email
 * address and phone number in an answer must appear verbatim in a source file.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { TopicAnswer } from '../../src/domain/types';

// ---------------------------------------------------------------- locations

function resolveSharedDir(): string {
  const sibling = path.resolve(__dirname, '../../../shared');
  if (fs.existsSync(path.join(sibling, 'topics.md'))) return sibling;
  const fromEnv = process.env.SAHAYAK_SHARED_DIR;
  if (fromEnv && fs.existsSync(path.join(fromEnv, 'topics.md'))) return path.resolve(fromEnv);
  throw new Error(
    `shared folder not found: looked at ${sibling} and SAHAYAK_SHARED_DIR=${fromEnv ?? '(unset)'}`,
  );
}

const SHARED = resolveSharedDir();
const ANSWERS_DIR = path.resolve(__dirname, '../../content/answers');
const SEEDS_DIR = path.join(SHARED, 'seeds');
const REFERENCE_DIR = path.join(SHARED, 'reference');

/** Topic ids from the table in topics.md (first column, in backticks). */
export function parseTopicIds(markdown: string): string[] {
  const ids: string[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const m = /^\|\s*`([a-z0-9][a-z0-9-]*)`\s*\|/.exec(line);
    if (m) ids.push(m[1]);
  }
  return ids;
}

function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile())
    .sort();
}

const TOPIC_IDS = parseTopicIds(fs.readFileSync(path.join(SHARED, 'topics.md'), 'utf8'));
const TOPIC_SET = new Set(TOPIC_IDS);
const SOURCE_IDS = new Set(
  (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../content/sources.json'), 'utf8')) as { documents: { id: string }[] }).documents.map((d) => d.id),
);

/** The concatenated text of every source a fact may come from. */
const CORPUS = [
  ...filesIn(SEEDS_DIR),
  ...filesIn(REFERENCE_DIR),
  path.join(SHARED, 'bulk-upload-rules.md'),
]
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n');

// ------------------------------------------------------- extraction / check

export interface Extracted {
  urls: string[];
  emails: string[];
  phones: string[];
}

const TRAILING_PUNCT = /[.,;:!?]+$/;
// A URL ends at whitespace, a closing bracket/paren/brace, an angle bracket or a quote.
const URL_RE = /https?:\/\/[^\s<>"'`)\]}]+/g;
const WWW_RE = /(?<![\w/.@-])www\.[^\s<>"'`)\]}]+/g;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// Digits (ASCII or Devanagari), optionally led by '+', joined by spaces or hyphens.
const PHONE_RE = /\+?[0-9\u0966-\u096F](?:[ \-]*[0-9\u0966-\u096F])+/g;
const DIGIT_RE = /[0-9\u0966-\u096F]/g;

/** URLs, email addresses and phone-like numbers (>= 10 digits) found in a text. */
export function extractContactBits(text: string): Extracted {
  const urls: string[] = [];
  let rest = text.replace(URL_RE, (m) => {
    urls.push(m.replace(TRAILING_PUNCT, ''));
    return ' ';
  });
  rest = rest.replace(WWW_RE, (m) => {
    urls.push(m.replace(TRAILING_PUNCT, ''));
    return ' ';
  });
  const emails: string[] = [];
  rest = rest.replace(EMAIL_RE, (m) => {
    emails.push(m.replace(TRAILING_PUNCT, ''));
    return ' ';
  });
  const phones = (rest.match(PHONE_RE) ?? [])
    .map((m) => m.trim().replace(/[ -]+$/, ''))
    .filter((m) => (m.match(DIGIT_RE) ?? []).length >= 10);
  return { urls, emails, phones };
}

type Kind = 'url' | 'email' | 'phone';

const DIGIT = /[0-9\u0966-\u096F]/;
/** Whether the text right after an occurrence ends the item (so a truncated item does not pass). */
const ENDS: Record<Kind, (after: string) => boolean> = {
  url: (after) => /^[.,;:!?]*(?:$|[\s<>"'`)\]}])/.test(after),
  email: (after) => !/^(?:[A-Za-z0-9-]|\.[A-Za-z0-9])/.test(after),
  phone: (after) => !DIGIT.test(after.charAt(0)),
};
const STARTS: Record<Kind, (before: string) => boolean> = {
  url: () => true,
  email: (before) => !/[A-Za-z0-9._%+-]/.test(before),
  phone: (before) => !DIGIT.test(before),
};

/** `bit` occurs in `corpus` character for character, as a whole item (not a prefix or suffix of a longer one). */
export function occursVerbatim(bit: string, kind: Kind, corpus: string): boolean {
  for (let i = corpus.indexOf(bit); i !== -1; i = corpus.indexOf(bit, i + 1)) {
    const before = i > 0 ? corpus.charAt(i - 1) : '';
    if (STARTS[kind](before) && ENDS[kind](corpus.slice(i + bit.length, i + bit.length + 8))) return true;
  }
  return false;
}

/** A number written in Latin digits, rewritten in Devanagari digits (० = U+0966 … ९ = U+096F). */
export function toDevanagariDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0966 + Number(d)));
}

/**
 * A phone number is sourced when it occurs verbatim, or when it is written in Latin digits and a
 * source prints exactly that number in Devanagari digits (the answer then says so).
 */
export function phoneIsSourced(phone: string, corpus: string): boolean {
  return occursVerbatim(phone, 'phone', corpus) || (/^[+0-9 -]+$/.test(phone) && occursVerbatim(toDevanagariDigits(phone), 'phone', corpus));
}

/** Every URL / email / phone in `text` that does not occur verbatim in `corpus`. */
export function unsourcedContactBits(text: string, corpus: string): string[] {
  const { urls, emails, phones } = extractContactBits(text);
  return [
    ...urls.filter((u) => !occursVerbatim(u, 'url', corpus)),
    ...emails.filter((e) => !occursVerbatim(e, 'email', corpus)),
    ...phones.filter((p) => !phoneIsSourced(p, corpus)),
  ];
}

/** All string values inside a JSON value, recursively. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

const DEVANAGARI = /\p{Script=Devanagari}/u;

function loadAnswer(id: string): TopicAnswer {
  const file = path.join(ANSWERS_DIR, `${id}.json`);
  if (!fs.existsSync(file)) throw new Error(`missing answer file: content/answers/${id}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TopicAnswer;
}

// -------------------------------------------------------------------- tests

describe('the checker itself', () => {
  test('topics.md yields the fixed topic ids', () => {
    expect(TOPIC_IDS.length).toBeGreaterThanOrEqual(32);
    expect(TOPIC_IDS).toEqual(expect.arrayContaining(['otp-problem', 'row-check', 'greeting', 'language']));
    expect(new Set(TOPIC_IDS).size).toBe(TOPIC_IDS.length);
  });

  test('extracts URLs, emails and phone numbers, stopping URLs at brackets and quotes', () => {
    const text =
      'See [the page](https://example.org/a/b?x=1) or "https://example.org/c". ' +
      'Write to fake.person@example.gov.in, or call +91-98765 43210; also www.example.net/x. ' +
      'Dates like 15-03-2026 and 1-2 days are not phones. ' +
      'Hindi digits: ९४५०४०४१४२.';
    const got = extractContactBits(text);
    expect(got.urls).toEqual(['https://example.org/a/b?x=1', 'https://example.org/c', 'www.example.net/x']);
    expect(got.emails).toEqual(['fake.person@example.gov.in']);
    expect(got.phones).toEqual(['+91-98765 43210', '९४५०४०४१४२']);
  });

  test('does not take digits inside a URL or an email for a phone number', () => {
    const got = extractContactBits('https://x.example/1234567890123 and a1234567890@example.com');
    expect(got.phones).toEqual([]);
  });

  test('flags fabricated contact details that no source contains', () => {
    const bad =
      'Call +91-9810347158 or mail helpdesk@karmayogi.example, ' +
      'see https://portal.igotkarmayogi.gov.in/public/signup-now and https://igotkarmayogi.gov.in/#/fake.';
    expect(unsourcedContactBits(bad, CORPUS)).toEqual([
      'https://portal.igotkarmayogi.gov.in/public/signup-now',
      'https://igotkarmayogi.gov.in/#/fake',
      'helpdesk@karmayogi.example',
      '+91-9810347158',
    ]);
  });

  test('accepts real contact details copied from the sources', () => {
    const good =
      'Ms. Deepshi Aggarwal, +91-9810347159; mission.karmayogi@gov.in; ' +
      'https://portal.igotkarmayogi.gov.in/public/signup (sign-up); akshaysharma.kb@karmayogi.in 9910210521.';
    expect(unsourcedContactBits(good, CORPUS)).toEqual([]);
  });

  test('rejects truncated or extended copies of real contact details', () => {
    const cut =
      'https://youtu.be/MH12AkVBs3k ' + // the source link has a ?si=... part
      'mission.karmayogi@gov.in.example ' +
      'ission.karmayogi@gov.in ' +
      '+91-98103471590';
    expect(unsourcedContactBits(cut, CORPUS)).toEqual([
      'https://youtu.be/MH12AkVBs3k',
      'mission.karmayogi@gov.in.example',
      'ission.karmayogi@gov.in',
      '+91-98103471590',
    ]);
  });

  test('a Latin-digit number counts when a source prints exactly that number in Devanagari digits', () => {
    expect(toDevanagariDigits('9450404142')).toBe('९४५०४०४१४२');
    const corpus = 'मोबाईल नं० ९४५०४०४१४२ ट्रेनिंग मैनेजर; Mob No : +91-9810347159';
    expect(unsourcedContactBits('Call 9450404142 or ९४५०४०४१४२ or +91-9810347159.', corpus)).toEqual([]);
    // A different number, a longer one, or a Devanagari copy of a Latin-only number does not count.
    expect(unsourcedContactBits('Call 9450404143, 94504041421 or +९१-९८१०३४७१५९.', corpus)).toEqual(['9450404143', '94504041421', '+९१-९८१०३४७१५९']);
    // And against the real sources: the UP letter's number, in Latin digits.
    expect(unsourcedContactBits('9450404142', CORPUS)).toEqual([]);
    expect(CORPUS).not.toContain('9450404142');
  });

  test('the extractor really sees the contact details in the answers (no silent pass)', () => {
    const all = extractContactBits(
      fs
        .readdirSync(ANSWERS_DIR)
        .filter((f) => f.endsWith('.json'))
        .map((f) => allStrings(JSON.parse(fs.readFileSync(path.join(ANSWERS_DIR, f), 'utf8'))).join('\n'))
        .join('\n'),
    );
    expect(all.urls.length).toBeGreaterThan(10);
    expect(all.urls.some((u) => u.startsWith('https://teams.microsoft.com/l/meetup-join/') && u.endsWith('%22%7d'))).toBe(true);
    expect(all.emails).toContain('mission.karmayogi@gov.in');
    expect(all.phones).toContain('+91-9810347159');
  });

  test('content/answers holds only topic files', () => {
    const stray = fs
      .readdirSync(ANSWERS_DIR)
      .filter((f) => !(f.endsWith('.json') && TOPIC_SET.has(f.slice(0, -'.json'.length))));
    expect(stray).toEqual([]);
  });
});

describe.each(TOPIC_IDS.map((id) => [id]))('answer for topic %s', (id) => {
  test('file exists and id matches the file name', () => {
    const answer = loadAnswer(id);
    expect(answer.id).toBe(id);
  });

  test('both languages have a title, a body and well-formed lists; Hindi is in Devanagari', () => {
    const answer = loadAnswer(id);
    for (const lang of ['en', 'hi'] as const) {
      const t = answer[lang];
      expect(t).toBeDefined();
      expect(typeof t.title).toBe('string');
      expect(t.title.trim()).not.toBe('');
      expect(typeof t.body).toBe('string');
      expect(t.body.trim()).not.toBe('');
      expect(Array.isArray(t.steps)).toBe(true);
      for (const s of t.steps) expect(typeof s === 'string' && s.trim() !== '').toBe(true);
      expect(Array.isArray(t.links)).toBe(true);
      for (const l of t.links) {
        expect(l.label.trim()).not.toBe('');
        expect(l.url).toMatch(/^https?:\/\//);
      }
      expect(Array.isArray(t.contacts)).toBe(true);
      for (const c of t.contacts) expect(c.name.trim()).not.toBe('');
      if (t.note !== undefined) expect(t.note.trim()).not.toBe('');
    }
    expect(answer.hi.title).toMatch(DEVANAGARI);
    expect(answer.hi.body).toMatch(DEVANAGARI);
    // The same links and contacts in both languages.
    expect(answer.hi.links.map((l) => l.url)).toEqual(answer.en.links.map((l) => l.url));
    expect(answer.hi.contacts.map((c) => [c.email, c.mobile, c.url])).toEqual(
      answer.en.contacts.map((c) => [c.email, c.mobile, c.url]),
    );
  });

  test('related ids are known topics (2-3, not itself)', () => {
    const answer = loadAnswer(id);
    expect(answer.related.length).toBeGreaterThanOrEqual(2);
    expect(answer.related.length).toBeLessThanOrEqual(3);
    for (const r of answer.related) {
      expect(TOPIC_SET.has(r)).toBe(true);
      expect(r).not.toBe(id);
    }
  });

  test('sources are non-empty and each is a document id of content/sources.json', () => {
    const answer = loadAnswer(id);
    expect(answer.sources.length).toBeGreaterThan(0);
    const unknown = answer.sources.filter((s) => !SOURCE_IDS.has(s));
    expect(unknown).toEqual([]);
  });

  test('every URL, email address and phone number appears verbatim in a source', () => {
    const answer = loadAnswer(id);
    const unsourced = allStrings(answer).flatMap((s) => unsourcedContactBits(s, CORPUS));
    expect(unsourced).toEqual([]);
  });
});
