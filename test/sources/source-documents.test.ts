/**
 * The facts record and the directory against the source documents themselves. The documents are
 * not part of the repository: this check runs when they are at hand, in SAHAYAK_SOURCES_DIR or, by
 * default, the team's folder beside the checkout; otherwise it says in one line that it was skipped.
 *
 * Which file holds which document is known here only (content/ and locales/ name documents by id).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, extractDates, extractFacts, foldDigits, loadFacts, OWN_SOURCE, readJson, ROOT, sourceIds, type FactKind } from '../helpers/source-facts';

/** Document id (content/sources.json) → its file in the sources folder. */
const DOCUMENT_FILES: Readonly<Record<string, string>> = {
  'up-housing-letters-2023': 'seeds/000_708af4f96665966d.txt',
  'kb-do-letter-2023-05-30': 'seeds/001_a1179378f1fc2ec5.txt',
  'dopt-om-2021-11-24': 'seeds/002_cb8322825e2efcc4.txt',
  'jan-seva-guidelines': 'seeds/003_637b674118756b4c.txt',
  'bsnl-circular-2022-09-02': 'seeds/004_eb946bfc91ce9f73.txt',
  'igot-support-faq': 'reference/igot-support-faq.jsonl',
  'igot-portal-upload-checks': 'bulk-upload-rules.md',
  'dopt-holidays-2026': 'reference/holidays-2026-delhi.md',
};

const explicit = process.env.SAHAYAK_SOURCES_DIR || undefined;
const SOURCES_DIR = path.resolve(explicit ?? path.join(ROOT, '..', 'shared'));
const present = Object.values(DOCUMENT_FILES).filter((f) => fs.existsSync(path.join(SOURCES_DIR, f)));
// A folder named on purpose must hold every document; the default folder is simply absent on a user's clone.
const run = explicit !== undefined || present.length > 0;
const complete = present.length === Object.keys(DOCUMENT_FILES).length;
/** The checks that read the documents run only when all are there (the first test says which are missing). */
const withDocuments = complete ? test : test.skip;

if (!run) {
  process.stderr.write(`source-document check skipped: no source documents at ${SOURCES_DIR} (set SAHAYAK_SOURCES_DIR to check content/source-facts.json against them)\n`);
}

/** A document's text; the FAQ (JSON lines) as its questions and answers. */
function documentText(id: string): string {
  const raw = fs.readFileSync(path.join(SOURCES_DIR, DOCUMENT_FILES[id]), 'utf8');
  if (!DOCUMENT_FILES[id].endsWith('.jsonl')) return raw;
  return raw.split('\n').filter((l) => l.trim()).map((l) => {
    const { question, answer } = JSON.parse(l) as { question: string; answer: string };
    return `${question}\n${answer}`;
  }).join('\n');
}

const DIGIT = /[0-9]/;
/** `value` occurs in `text` as a whole item of its kind (not a prefix or a suffix of a longer one). */
function occursAsItem(value: string, kind: Exclude<FactKind, 'date'>, text: string): boolean {
  const [needle, haystack] = kind === 'phone' ? [foldDigits(value), foldDigits(text)] : [value, text];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const before = i > 0 ? haystack.charAt(i - 1) : '';
    const after = haystack.slice(i + needle.length, i + needle.length + 8);
    const ok = {
      url: /^[.,;:!?]*(?:$|[\s<>"'`)\]}])/.test(after),
      email: !/[A-Za-z0-9._%+-]/.test(before) && !/^(?:[A-Za-z0-9-]|\.[A-Za-z0-9])/.test(after),
      phone: !DIGIT.test(before) && !DIGIT.test(after.charAt(0)),
    }[kind];
    if (ok) return true;
  }
  return false;
}

/** A date (ISO day, or month) is in a document when the document writes that day, or any day of that month. */
function datedIn(value: string, text: string): boolean {
  return extractDates(text).some((d) => d === value || d.startsWith(`${value}-`) || value.startsWith(`${d}-`));
}

(run ? describe : describe.skip)(`source documents (${path.relative(ROOT, SOURCES_DIR) || SOURCES_DIR})`, () => {
  test('every document of content/sources.json but our own has its file here', () => {
    const ids = [...sourceIds()].filter((id) => id !== OWN_SOURCE).sort();
    expect(Object.keys(DOCUMENT_FILES).sort()).toEqual(ids);
    expect(present.sort()).toEqual(Object.values(DOCUMENT_FILES).sort());
  });

  test('the look-up finds whole items only', () => {
    expect(occursAsItem('a@b.in', 'email', 'write to a@b.in.')).toBe(true);
    expect(occursAsItem('a@b.in', 'email', 'write to xa@b.in')).toBe(false);
    expect(occursAsItem('https://x.in/a', 'url', 'see https://x.in/ab')).toBe(false);
    expect(occursAsItem('9450404142', 'phone', 'फ़ोन ९४५०४०४१४२ पर')).toBe(true);
    expect(occursAsItem('9450404142', 'phone', '94504041421')).toBe(false);
    expect(datedIn('2023-09', 'letter of 20.09.2023')).toBe(true);
    expect(datedIn('2023-05-30', '30th May, 2023')).toBe(true);
    expect(datedIn('2023-05-31', '30th May, 2023')).toBe(false);
  });

  const facts = loadFacts().filter((f) => f.source !== OWN_SOURCE);
  withDocuments.each(facts.map((f) => [f.kind, f.value, f.source]))('%s %s is in %s', (kind, value, source) => {
    const text = documentText(source);
    expect(kind === 'date' ? datedIn(value, text) : occursAsItem(value, kind as Exclude<FactKind, 'date'>, text)).toBe(true);
  });

  withDocuments('the look-up is not fooled: a changed digit or letter is not found', () => {
    const phone = facts.find((f) => f.kind === 'phone')!;
    const email = facts.find((f) => f.kind === 'email')!;
    expect(occursAsItem(phone.value.replace(/\d$/, (d) => String((Number(d) + 1) % 10)), 'phone', documentText(phone.source))).toBe(false);
    expect(occursAsItem(`x${email.value}`, 'email', documentText(email.source))).toBe(false);
  });

  describe('the directory (content/directory/annexure.json) and the published annexure', () => {
    interface Row { organisation: string; name: string; email: string; mobile: string }
    const annexure = readJson<{ source: string; rows: Row[] }>(path.join(CONTENT_DIR, 'directory', 'annexure.json'));
    /** The annexure's tab-separated lines, after its heading and without the column header. */
    const published = (): string[][] => {
      const lines = documentText(annexure.source).split(/\r?\n/);
      const start = lines.findIndex((l) => l.startsWith('ANNEXURE:'));
      return lines.slice(start + 1).map((l) => l.split('\t')).filter((c) => c.length === 4 && c[0] !== 'Ministry/Department');
    };

    withDocuments('holds as many rows as the published annexure', () => {
      expect(published().length).toBeGreaterThan(80);
      expect(annexure.rows).toHaveLength(published().length);
    });

    withDocuments('stores every row exactly as published, in order', () => {
      const differ = published().map(([organisation, name, email, mobile], i) => ({ line: i + 1, published: { organisation, name, email, mobile }, stored: annexure.rows[i] }))
        .filter((r) => JSON.stringify(r.published) !== JSON.stringify(r.stored));
      expect(differ).toEqual([]);
    });

    withDocuments('every email and mobile of the document is recorded (none is left out of the record)', () => {
      const inDoc = extractFacts(published().map((c) => c.join(' ')).join('\n'));
      const recorded = new Set(facts.map((f) => `${f.kind} ${f.value}`));
      expect([...inDoc.email.map((e) => `email ${e}`), ...inDoc.phone.map((p) => `phone ${p}`)].filter((k) => !recorded.has(k))).toEqual([]);
    });
  });

  withDocuments('the holiday list matches the memorandum: every date with its name, none left out', () => {
    const year = readJson<{ source: string; holidays: { date: string; name: string | { en: string } }[] }>(path.join(CONTENT_DIR, 'holidays', '2026.json'));
    const rows = documentText(year.source).split('\n').map((l) => /^\|\s*(\d{4}-\d{2}-\d{2})\s*\|\s*\w+\s*\|\s*(.+?)\s*\|$/.exec(l)).filter((m): m is RegExpExecArray => m !== null);
    const published = rows.map((m) => `${m[1]} ${m[2]}`);
    const stored = year.holidays.map((h) => `${h.date} ${typeof h.name === 'string' ? h.name : h.name.en}`);
    expect(published.length).toBeGreaterThan(10);
    expect(stored).toEqual(published);
  });
});
