/**
 * The hand-written answers (content/answers) against the topic contract (content/topics.json),
 * and everything content states as a fact against the facts record (content/source-facts.json):
 * every URL, email address, phone number and date in content/ and locales/ must be recorded there,
 * character for character, with the document it comes from. Needs nothing outside the repository;
 * test/sources/ checks the record against the documents themselves when they are at hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TopicAnswer } from '../../src/domain/types';
import { loadTopicIds } from '../../src/domain/knowledge/answer-store';
import {
  allStrings, CONTENT_DIR, extractDates, extractFacts, FACT_KINDS, factBearingFiles, loadFacts, OWN_SOURCE, readJson, rel, ROOT, sourceIds,
  type Extracted, type SourceFact,
} from '../helpers/source-facts';

const ANSWERS_DIR = path.join(CONTENT_DIR, 'answers');
const TOPIC_IDS = loadTopicIds(CONTENT_DIR);
const TOPIC_SET = new Set(TOPIC_IDS);
const SOURCE_IDS = sourceIds();
const FACTS = loadFacts();
const RECORDED = new Map(FACTS.map((f) => [`${f.kind} ${f.value}`, f]));

/** Every fact in `text` that the record lacks, as "kind value". */
function unrecorded(text: string, record: ReadonlyMap<string, SourceFact> = RECORDED): string[] {
  const found: Extracted = extractFacts(text);
  return FACT_KINDS.flatMap((kind) => found[kind].map((v) => `${kind} ${v}`)).filter((key) => !record.has(key));
}

const DEVANAGARI = /\p{Script=Devanagari}/u;

function loadAnswer(id: string): TopicAnswer {
  const file = path.join(ANSWERS_DIR, `${id}.json`);
  if (!fs.existsSync(file)) throw new Error(`missing answer file: content/answers/${id}.json`);
  return readJson<TopicAnswer>(file);
}

// -------------------------------------------------------------------------------- the checker

describe('the fact finder itself', () => {
  test('extracts URLs, emails and phone numbers, stopping URLs at brackets and quotes', () => {
    const text =
      'See [the page](https://example.org/a/b?x=1) or "https://example.org/c". ' +
      'Write to fake.person@example.gov.in, or call +91-98765 43210; also www.example.net/x. ' +
      'Times like 1-2 days are not phones. ' +
      'Hindi digits: ९४५०४०४१४२.';
    const got = extractFacts(text);
    expect(got.url).toEqual(['https://example.org/a/b?x=1', 'https://example.org/c', 'www.example.net/x']);
    expect(got.email).toEqual(['fake.person@example.gov.in']);
    expect(got.phone).toEqual(['+91-98765 43210', '९४५०४०४१४२']);
  });

  test('does not take digits inside a URL, an email or a date for a phone number', () => {
    const got = extractFacts('https://x.example/1234567890123 and a1234567890@example.com, on 2026-03-15 9810347159');
    expect(got.phone).toEqual(['9810347159']);
    expect(got.date).toEqual(['2026-03-15']);
  });

  test.each([
    ['30 May 2023', '2023-05-30'], ['30th May, 2023', '2023-05-30'], ['May 30, 2023', '2023-05-30'], ['30 मई 2023', '2023-05-30'],
    ['15 Sep 2023', '2023-09-15'], ['24 नवंबर 2021', '2021-11-24'], ['2026-01-26', '2026-01-26'], ['15-03-2026', '2026-03-15'],
    ['30.05.2023', '2023-05-30'], ['३०.०५.२०२३', '2023-05-30'], ['Oct 2024', '2024-10'], ['सितंबर 2023', '2023-09'], ['2023-09/2023-10', '2023-09 2023-10'],
  ])('reads the date "%s" as %s', (text, iso) => {
    expect(extractDates(text).join(' ')).toBe(iso);
  });

  test('bare years, times, counts and impossible dates are not dates', () => {
    expect(extractDates('the 2023 template, 9:00 am, 1–2 days, 7 days, 45-13-2023, 2023-24')).toEqual([]);
  });

  test('flags made-up contact details and dates that the record lacks', () => {
    const bad =
      'Call +91-9810347158 or mail helpdesk@karmayogi.example, ' +
      'see https://portal.igotkarmayogi.gov.in/public/signup-now and https://igotkarmayogi.gov.in/#/fake, on 31 May 2023.';
    expect(unrecorded(bad)).toEqual([
      'url https://portal.igotkarmayogi.gov.in/public/signup-now',
      'url https://igotkarmayogi.gov.in/#/fake',
      'email helpdesk@karmayogi.example',
      'phone +91-9810347158',
      'date 2023-05-31',
    ]);
  });

  test('accepts recorded contact details and dates', () => {
    const good =
      'Ms. Deepshi Aggarwal, +91-9810347159; mission.karmayogi@gov.in; ' +
      'https://portal.igotkarmayogi.gov.in/public/signup (sign-up); akshaysharma.kb@karmayogi.in 9910210521; the D.O. letter of 30 May 2023.';
    expect(unrecorded(good)).toEqual([]);
  });

  test('rejects truncated or extended copies of recorded contact details', () => {
    const cut =
      'https://youtu.be/MH12AkVBs3k ' + // the recorded link has a ?si=... part
      'mission.karmayogi@gov.in.example ' +
      'ission.karmayogi@gov.in ' +
      '+91-98103471590';
    expect(unrecorded(cut)).toEqual([
      'url https://youtu.be/MH12AkVBs3k',
      'email mission.karmayogi@gov.in.example',
      'email ission.karmayogi@gov.in',
      'phone +91-98103471590',
    ]);
  });

  test('sees the facts content really holds (no silent pass)', () => {
    const all = extractFacts(factBearingFiles().map((f) => allStrings(readJson(f)).join('\n')).join('\n'));
    expect(all.url.length).toBeGreaterThan(10);
    expect(all.url.some((u) => u.startsWith('https://teams.microsoft.com/l/meetup-join/') && u.endsWith('%22%7d'))).toBe(true);
    expect(all.email).toContain('mission.karmayogi@gov.in');
    expect(all.phone).toContain('+91-9810347159');
    expect(all.date).toEqual(expect.arrayContaining(['2026-01-26', '2023-05-30']));
    expect(factBearingFiles().map(rel)).toEqual(expect.arrayContaining(['content/directory/annexure.json', 'content/holidays/2026.json', 'content/sources.json', 'locales/en/translation.json']));
  });
});

// ------------------------------------------------------------------------------- the record

describe('content/source-facts.json', () => {
  test('each fact has a known kind, a value and the id of a document in content/sources.json', () => {
    expect(FACTS.length).toBeGreaterThan(40);
    const bad = FACTS.filter((f) => !FACT_KINDS.includes(f.kind) || typeof f.value !== 'string' || f.value.trim() !== f.value || !f.value || !SOURCE_IDS.has(f.source));
    expect(bad).toEqual([]);
  });

  test('each fact is recorded once, and reads back as a fact of its kind', () => {
    expect(RECORDED.size).toBe(FACTS.length);
    const misread = FACTS.filter((f) => !extractFacts(f.kind === 'phone' ? ` ${f.value} ` : f.value)[f.kind].includes(f.value));
    expect(misread).toEqual([]);
  });

  test('our own examples are marked as such and are not taken for facts from a document', () => {
    const own = FACTS.filter((f) => f.source === OWN_SOURCE);
    expect(own.map((f) => f.value).sort()).toEqual(['1990-03-05', '1990-08-05', '2026-03-15', '2027-01-03', 'name@gmail.com']);
    for (const f of own) expect(f.note).toMatch(/example/);
  });

  test('the directory and the holiday lists name their documents by id', () => {
    const annexure = readJson<{ source: string; fallbackContacts: { source: string }[] }>(path.join(CONTENT_DIR, 'directory', 'annexure.json'));
    const named = [annexure.source, ...annexure.fallbackContacts.map((c) => c.source)];
    for (const f of fs.readdirSync(path.join(CONTENT_DIR, 'holidays'))) named.push(readJson<{ source: string }>(path.join(CONTENT_DIR, 'holidays', f)).source);
    expect(named.filter((id) => !SOURCE_IDS.has(id))).toEqual([]);
  });

  test('the data files name no document file (documents are named by id; the file names live in the tests)', () => {
    // Answers and UI strings have their own test for file names; this one covers the other content.
    const FILE_NAME = /\b\d{3}_[0-9a-f]{16}\.txt\b|\bholidays-\d{4}-[a-z-]+\.md\b|\bigot-support-faq\.jsonl\b|\bbulk-upload-rules\.md\b/;
    const data = factBearingFiles().concat(path.join(CONTENT_DIR, 'source-facts.json')).filter((f) => f.startsWith(CONTENT_DIR) && !f.startsWith(ANSWERS_DIR));
    expect(data.map(rel)).toEqual(expect.arrayContaining(['content/directory/annexure.json', 'content/holidays/2026.json', 'content/source-facts.json']));
    expect(data.filter((f) => FILE_NAME.test(fs.readFileSync(f, 'utf8'))).map(rel)).toEqual([]);
  });
});

describe.each(factBearingFiles().map((f) => [rel(f), f]))('%s', (_name, file) => {
  test('states no URL, email, phone number or date that the facts record lacks', () => {
    expect(allStrings(readJson(file)).flatMap((s) => unrecorded(s))).toEqual([]);
  });
});

// ------------------------------------------------------------------------------- the topics

describe('the topic contract', () => {
  test('content/topics.json holds the fixed topic ids, once each', () => {
    expect(TOPIC_IDS.length).toBeGreaterThanOrEqual(33);
    expect(TOPIC_IDS).toEqual(expect.arrayContaining(['otp-problem', 'row-check', 'greeting', 'language', 'about-igot']));
    expect(new Set(TOPIC_IDS).size).toBe(TOPIC_IDS.length);
    for (const t of readJson<{ topics: { id: string; kind: string; about: string }[] }>(path.join(CONTENT_DIR, 'topics.json')).topics) {
      expect(['onboarding', 'conversation']).toContain(t.kind);
      expect(t.about.trim()).not.toBe('');
    }
  });

  test('docs/topics.md documents exactly these ids, in this order', () => {
    const documented = [...fs.readFileSync(path.join(ROOT, 'docs', 'topics.md'), 'utf8').matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((m) => m[1]);
    expect(documented).toEqual([...TOPIC_IDS]);
  });

  test('content/answers holds only topic files', () => {
    const stray = fs.readdirSync(ANSWERS_DIR).filter((f) => !(f.endsWith('.json') && TOPIC_SET.has(f.slice(0, -'.json'.length))));
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

  test('every URL, email address, phone number and date in it is in the facts record', () => {
    const answer = loadAnswer(id);
    expect(allStrings(answer).flatMap((s) => unrecorded(s))).toEqual([]);
  });
});
