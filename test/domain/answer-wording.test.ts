/**
 * How answers reach the user (issue 14, "Citations and wording"): no file names or "seed" in
 * anything a user reads; every opening within the limit; no inference stated as a fact; numbers
 * in the digits of the reply's language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { answerLengths, answerTexts, countWords, MAX_OPENING_WORDS } from '../../src/domain/knowledge/answer-length';
import { loadAnswers, readContentJson } from '../../src/domain/knowledge/answer-store';
import { LANGS } from '../../src/domain/types';

const ROOT = path.resolve(__dirname, '../..');
const CONTENT = path.join(ROOT, 'content');
const answers = [...loadAnswers(CONTENT).values()];

/** A source file's name (`003_637b674118756b4c.txt`), a repository file (`bulk-upload-rules.md`), or the word "seed". */
const FILE_NAME = /\b\d{3}_[0-9a-f]{16}(\.txt)?\b|\b[\w-]+\.(md|txt|jsonl)\b|\bseeds?\b|सीड|bulk-upload-rules|cli-contract|platform-notes|topics\.md/i;

function leaves(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${at}.${k}`));
  return [];
}

/** Every text a user can read: answers (both languages, all parts), locale strings, the tab's own strings, citations, holiday names. */
function userFacingTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const a of answers) for (const lang of LANGS) out.push(...answerTexts(a[lang]).map((t): [string, string] => [`answer ${a.id} (${lang})`, t]), ...a.citations[lang].map((c): [string, string] => [`citation of ${a.id}`, c]));
  for (const lang of LANGS) {
    for (const f of fs.readdirSync(path.join(ROOT, 'locales', lang)).filter((x) => x.endsWith('.json'))) {
      out.push(...leaves(JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lang, f), 'utf8')), `locales/${lang}/${f}`));
    }
  }
  for (const f of fs.readdirSync(path.join(ROOT, 'src/tab')).filter((x) => x.endsWith('.ts'))) {
    const src = fs.readFileSync(path.join(ROOT, 'src/tab', f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const m of src.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)) out.push([`src/tab/${f}`, m[1] ?? m[2] ?? m[3]]);
  }
  for (const f of fs.readdirSync(path.join(CONTENT, 'holidays')).filter((x) => x.endsWith('.json'))) {
    for (const h of readContentJson<{ holidays: { name: string; name_hi?: string }[] }>(CONTENT, 'holidays', f).holidays) out.push([`holiday ${h.name}`, h.name], [`holiday ${h.name}`, h.name_hi ?? '']);
  }
  return out;
}

describe('no file names in what users read', () => {
  const texts = userFacingTexts();

  it('reads answers, locales, the tab and citations (no silent pass)', () => {
    const where = new Set(texts.map(([w]) => w.replace(/\.json.*$/, '.json').split(/[ (]/)[0]));
    expect([...where]).toEqual(expect.arrayContaining(['answer', 'citation', 'locales/en/tab.json', 'locales/hi/translation.json', 'src/tab/tab-strings.ts', 'holiday']));
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('the pattern catches what it must, and not file extensions or the word "seeded"', () => {
    for (const bad of ['see seed 003', 'Seeds 000 and 001', 'per 003_637b674118756b4c.txt', 'summarised in bulk-upload-rules.md', 'the cli-contract', 'सीड 003']) expect(bad).toMatch(FILE_NAME);
    for (const ok of ['send the .xlsx or .csv file', 'not .xls, .ods or .pdf', 'a .txt file cannot be checked']) expect(ok).not.toMatch(FILE_NAME);
  });

  it('no answer (incl. notes and roles), locale string, tab string, citation or holiday name names a file or a "seed"', () => {
    expect(texts.filter(([, t]) => FILE_NAME.test(t)).map(([w, t]) => `${w}: ${t}`)).toEqual([]);
  });
});

describe('short first', () => {
  it('counts words as a reader does: a link or an email is one word, punctuation is none', () => {
    expect(countWords('Open https://portal.igotkarmayogi.gov.in/ — or write to mission.karmayogi@gov.in.')).toBe(6);
    expect(countWords('मोबाइल नंबर और OTP से लॉगिन करें।')).toBe(7);
    expect(countWords('  ')).toBe(0);
  });

  it(`every answer opens within ${MAX_OPENING_WORDS} words, in both languages`, () => {
    const over = answerLengths(answers).filter((l) => l.opening > MAX_OPENING_WORDS).map((l) => `${l.topic} (${l.lang}): ${l.opening} words`);
    expect(over).toEqual([]);
  });

  it('the opening says what to do; explanations (details) are well-formed and never repeat it', () => {
    for (const a of answers) {
      for (const lang of LANGS) {
        const t = a[lang];
        expect(Array.isArray(t.details ?? [])).toBe(true);
        for (const d of t.details ?? []) {
          expect(typeof d === 'string' && d.trim() !== '').toBe(true);
          expect(d).not.toBe(t.body);
        }
      }
      expect((a.hi.details ?? []).length).toBe((a.en.details ?? []).length);
      expect(a.hi.steps.length).toBe(a.en.steps.length);
    }
  });
});

describe('facts, not inferences', () => {
  const all = (lang: 'en' | 'hi') => answers.flatMap((a) => answerTexts(a[lang])).join('\n');

  it('states none of the inferences issue 14 found', () => {
    for (const bad of [/Director General/i, /both (addresses )?lead to the same site/i, /do not need a password/i, /each ministry and department has/i, /most OTP problems/i, /SPV admin \(Karmayogi Bharat\)/i, /at least 7 days before any training/i, /newest guidelines/i]) {
      expect(all('en')).not.toMatch(bad);
    }
    for (const bad of ['महानिदेशक', 'एक ही साइट', 'पासवर्ड की ज़रूरत नहीं', 'password की ज़रूरत नहीं', 'हर मंत्रालय और विभाग के लिए', 'ज़्यादातर दिक्कतें', 'SPV एडमिन (कर्मयोगी भारत)', 'किसी भी ट्रेनिंग से', 'सबसे नई']) {
      expect(all('hi')).not.toContain(bad);
    }
  });

  it('says where the published list is incomplete, and what the sources do not say about passwords', () => {
    expect(answerTexts(answers.find((a) => a.id === 'kb-representative')!.en).join(' ')).toMatch(/does not cover every ministry/);
    expect(answerTexts(answers.find((a) => a.id === 'password')!.en).join(' ')).toMatch(/do not say whether such accounts have a password/);
  });
});

describe('numbers in the reply’s own digits', () => {
  const DEVANAGARI_DIGIT = /[\u0966-\u096F]/;

  it('no contact number is in Devanagari digits, in either language', () => {
    for (const a of answers) for (const lang of LANGS) for (const c of a[lang].contacts) expect([a.id, c.mobile ?? '']).not.toEqual([a.id, expect.stringMatching(DEVANAGARI_DIGIT)]);
  });

  it('a number that a source prints in Devanagari is given in Latin digits, saying so where it is quoted', () => {
    const up = answers.find((a) => a.id === 'state-nodal-agency')!;
    expect(up.en.contacts.map((c) => c.mobile)).toContain('9450404142');
    for (const lang of LANGS) {
      for (const t of answerTexts(up[lang]).filter((x) => DEVANAGARI_DIGIT.test(x))) expect(t).toMatch(lang === 'en' ? /Devanagari digits/ : /देवनागरी अंकों/);
    }
    // Everywhere else Devanagari digits never appear.
    const others = answers.filter((a) => a.id !== 'state-nodal-agency').flatMap((a) => LANGS.flatMap((l) => answerTexts(a[l])));
    expect(others.filter((t) => DEVANAGARI_DIGIT.test(t))).toEqual([]);
  });
});
