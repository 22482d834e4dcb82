/**
 * One Hindi vocabulary (content/glossary.json) over the Hindi answers, the Hindi citations and
 * every Hindi UI string (locales/hi/*.json); and the Hindi phrasings issue 14 found wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { answerTexts } from '../../src/domain/knowledge/answer-length';
import { loadAnswers, readContentJson } from '../../src/domain/knowledge/answer-store';

const ROOT = path.resolve(__dirname, '../..');
const CONTENT = path.join(ROOT, 'content');

interface Glossary {
  readonly terms: readonly { en: string; hi: string; avoid: readonly string[] }[];
  readonly latinAllowed: readonly string[];
}
const glossary = readContentJson<Glossary>(CONTENT, 'glossary.json');
const answers = [...loadAnswers(CONTENT).values()];

/** Every string value of a JSON tree, with its key path. */
function leaves(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [];
}

const hiLocales: [string, string][] = fs
  .readdirSync(path.join(ROOT, 'locales/hi'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => leaves(JSON.parse(fs.readFileSync(path.join(ROOT, 'locales/hi', f), 'utf8'))).map(([k, v]): [string, string] => [`locales/hi/${f}: ${k}`, v]));
const hiAnswers: [string, string][] = answers.flatMap((a) => answerTexts(a.hi).map((t): [string, string] => [`content/answers/${a.id}.json (hi)`, t]));
const hiCitations: [string, string][] = answers.flatMap((a) => a.citations.hi.map((c): [string, string] => [`citation of ${a.id}`, c]));
const ALL = [...hiAnswers, ...hiCitations, ...hiLocales];

/**
 * The text a reader reads as Hindi: quoted on-screen labels ('Login', “Let's Go”), links, email
 * addresses, {{placeholders}}, dotted tokens (domains, D.O., 9.87654E+09) and file extensions removed.
 */
export function readableHindi(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[A-Za-z0-9._%+-]*@[A-Za-z0-9.-]+/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/(^|[\s(/\[])'[^']+'(?=$|[\s),.;:।?!/\]])/gu, '$1 ')
    .replace(/"[^"]*"|“[^”]*”|‘[^’]*’/g, ' ')
    .replace(/\S*[A-Za-z0-9]\.[A-Za-z0-9]\S*/g, ' ')
    .replace(/\.[A-Za-z]{2,5}\b/g, ' ');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A variant as a pattern: Latin ones whole-word and case-blind (`ID` exactly), Devanagari ones at a word start. */
function variantPattern(v: string): RegExp {
  if (/[A-Za-z]/.test(v)) return new RegExp(`(?<![\\p{L}\\p{M}])${escape(v)}(?![\\p{L}\\p{M}])`, v === v.toUpperCase() ? 'u' : 'iu');
  return new RegExp(`(?<![\\p{L}\\p{M}])${escape(v)}`, 'u');
}

describe('content/glossary.json', () => {
  it('gives each term one Devanagari word and the variants to avoid, none of which is another term', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(30);
    const preferred = new Set(glossary.terms.map((t) => t.hi));
    for (const t of glossary.terms) {
      expect(t.hi).toMatch(/\p{Script=Devanagari}/u);
      expect(t.avoid.length).toBeGreaterThan(0);
      for (const v of t.avoid) expect(preferred.has(v)).toBe(false);
    }
  });

  it('has the terms issue 14 names: रजिस्ट्रेशन, ट्रेनिंग, लॉगिन, पोर्टल, पंक्ति', () => {
    for (const w of ['रजिस्ट्रेशन', 'ट्रेनिंग', 'लॉगिन', 'पोर्टल', 'पंक्ति']) expect(glossary.terms.map((t) => t.hi)).toContain(w);
  });

  it('every preferred word is really used in the Hindi answers or UI strings', () => {
    const all = ALL.map(([, t]) => t).join('\n');
    const unused = glossary.terms.filter((t) => !variantPattern(t.hi).test(all) && !all.includes(t.hi)).map((t) => t.hi);
    expect(unused).toEqual([]);
  });

  it('the check itself: quoted labels, links and addresses are left alone, plain variants are caught', () => {
    const text = "'Login' पर क्लिक करें, https://portal.igotkarmayogi.gov.in/ खोलें, mission.karmayogi@gov.in पर लिखें; फिर login करें और जांच लें।";
    const found = glossary.terms.flatMap((t) => t.avoid.filter((v) => variantPattern(v).test(readableHindi(text))));
    expect(found.sort()).toEqual(['login', 'जांच'].sort());
  });
});

describe('Hindi uses one vocabulary', () => {
  it('no Hindi answer, citation or UI string uses a variant the glossary says to avoid', () => {
    const hits: string[] = [];
    for (const [where, text] of ALL) {
      const plain = readableHindi(text);
      for (const t of glossary.terms) for (const v of t.avoid) if (variantPattern(v).test(plain)) hits.push(`${where}: "${v}" (use ${t.hi}) in: ${text}`);
    }
    expect(hits).toEqual([]);
  });

  it('Hindi answers use Latin script only for names and abbreviations (and quoted on-screen labels)', () => {
    const allowed = new Set(glossary.latinAllowed);
    const stray: string[] = [];
    for (const [where, text] of [...hiAnswers, ...hiCitations]) {
      for (const w of readableHindi(text).match(/[A-Za-z][A-Za-z-]*/g) ?? []) if (!allowed.has(w)) stray.push(`${where}: ${w}`);
    }
    expect(stray).toEqual([]);
  });

  it('the Hindi that read wrongly is gone', () => {
    const all = ALL.map(([, t]) => t).join('\n');
    for (const bad of ['एक-एक करके', 'बजे (भारतीय समय) को', 'am बजे', 'pm बजे', 'यह {{count}} पंक्तियाँ हैं', 'यह {{max}} से अधिक पंक्तियाँ हैं', '{{failed}} पोर्टल अस्वीकार करेगा', 'हमारी ओर कुछ भी रखा नहीं जाता']) {
      expect(all).not.toContain(bad);
    }
  });

  it('the MDO admin is spoken of with one (respectful, plural) form', () => {
    // "MDO एडमिन … करता है" with the admin as subject (not "MDO एडमिन के अधिकार देता है", whose subject is another).
    const singular = /(MDO|SPV) एडमिन (?!के |को |से |का |की )[^।;:]{0,60}?(करता|देता|संभालता|रखता) है/u;
    const hits = ALL.filter(([, t]) => singular.test(t)).map(([w, t]) => `${w}: ${t}`);
    expect(hits).toEqual([]);
  });
});
