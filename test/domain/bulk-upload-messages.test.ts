import fs from 'node:fs';
import path from 'node:path';
import { checkPastedText } from '../../src/domain/bulk-upload';
import { createI18n } from '../../src/i18n';
import type { Translate } from '../../src/present/row-check-messages';
import { renderRowCheckText } from '../../src/present/row-check-text';

const ROOT = path.join(__dirname, '../..');
const load = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lang, 'checker.json'), 'utf8'));
const flat = (o: Record<string, unknown>, p = ''): Record<string, string> => Object.entries(o).reduce((acc, [k, v]) => (
  typeof v === 'string' ? { ...acc, [p + k]: v } : { ...acc, ...flat(v as Record<string, unknown>, `${p}${k}.`) }), {});
const en = flat(load('en'));
const hi = flat(load('hi'));
const vars = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();

/** Every code literal the checker can emit, read from its sources. */
function emittedCodes(): Map<string, string> {
  const out = new Map<string, string>();
  const dirs = ['src/domain/bulk-upload', 'src/files'];
  for (const dir of dirs) {
    for (const f of fs.readdirSync(path.join(ROOT, dir))) {
      const src = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
      for (const m of src.matchAll(/\berr\([^,]+,\s*'([a-z0-9-]+)'/g)) out.set(m[1], 'error');
      for (const m of src.matchAll(/\bwarn\([^,]+,\s*'([a-z0-9-]+)'/g)) out.set(m[1], 'warning');
      for (const m of src.matchAll(/\bfix\(\s*'([a-z0-9-]+)'/g)) out.set(m[1], 'fix');
      for (const m of src.matchAll(/fixCode = '([a-z0-9-]+)'/g)) out.set(m[1], 'fix');
      for (const m of src.matchAll(/limitResult\('([a-z0-9-]+)'/g)) out.set(m[1], 'limit');
      for (const m of src.matchAll(/code: '([a-z0-9-]+)'/g)) out.set(m[1], 'note-or-error');
    }
  }
  return out;
}

describe('checker messages (locales/*/checker.json)', () => {
  it('has the same keys and the same {{vars}} in English and Hindi', () => {
    expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) expect([k, vars(hi[k])]).toEqual([k, vars(en[k])]);
  });
  it('Hindi messages are in Devanagari', () => {
    for (const [k, v] of Object.entries(hi)) if (!k.startsWith('field.')) expect([k, /\p{Script=Devanagari}/u.test(v)]).toEqual([k, true]);
  });
  it.each([...emittedCodes()].map(([code, kind]) => [code, kind]))('code %s (%s) has a message in both languages', (code, kind) => {
    const sections = kind === 'note-or-error' ? ['note', 'error', 'limit', 'warning'] : [kind];
    // A message with a count has its plural forms (`_one`, `_other`) instead of one key.
    const has = (dict: Record<string, string>, key: string) => typeof dict[key] === 'string' || (typeof dict[`${key}_one`] === 'string' && typeof dict[`${key}_other`] === 'string');
    for (const dict of [en, hi]) expect(sections.some((s) => has(dict, `${s}.${code}`))).toBe(true);
  });
  it.each(['en', 'hi'] as const)('every message renders in %s with i18next (no {{ left)', (lang) => {
    const t = createI18n(path.join(ROOT, 'locales')).getFixedT(lang) as unknown as Translate;
    for (const key of Object.keys(en)) {
      const text = t(`checker:${key}`, { count: 3, max: 200, maxMb: 10, firstLine: 2, line: 1, list: 'a, b', tags: 's2', chars: '.', suggestion: 'x', columns: 'A', kind: 'number', word: 'Dr', domain: 'gmial.com', value: '01-01-1990', status: 404, rows: 3, failed: 1, warned: 1, message: 'm' });
      expect([key, text.includes('{{') || text === `checker:${key}` || text === key]).toEqual([key, false]);
    }
  });
});

describe('renderRowCheckText', () => {
  const text = 'Full Name\tEmail Id\tMobile Number\tGroup\nR.K. Sharma\trk@gmail.com\t+91 9876543210\tgroup b\nSita Devi\tsita@gmail.com\t9876543211\tGroup C\n';
  const result = checkPastedText(text);
  it.each(['en', 'hi'] as const)('summarises counts, problems per row and the offline caveat in %s', (lang) => {
    const t = createI18n(path.join(ROOT, 'locales')).getFixedT(lang) as unknown as Translate;
    const out = renderRowCheckText(result, lang, t);
    expect(out).toContain(lang === 'en' ? 'Checked 2 rows: 1 with errors' : '2 पंक्तियाँ जाँची गईं। जिन पंक्तियों को पोर्टल अस्वीकार करेगा: 1');
    expect(out).toContain('R K Sharma');
    expect(out).toContain('9876543210');
    expect(out).toContain('Group B');
    expect(out).toContain('Invalid Full Name');
    expect(out).toContain(lang === 'en' ? 'cannot be known offline' : 'ऑफ़लाइन नहीं जाना जा सकता');
    expect(out).not.toMatch(/SUCCESS|will succeed\b(?! )/);
  });
  it('works with a stub t and reports limits', () => {
    const stub: Translate = (k, o) => `${k}${o ? JSON.stringify(o) : ''}`;
    expect(renderRowCheckText(checkPastedText('x'.repeat(10), { maxRows: -1 }), 'en', stub)).toContain('limit.too-many-rows-for-chat');
    const many = checkPastedText(Array.from({ length: 30 }, (_, i) => `R.K.\tr${i}@x.com\t1\tB`).join('\n'));
    expect(renderRowCheckText(many, 'en', stub, { maxRowsShown: 5 })).toContain('ui.more-rows{"count":25}');
  });
});
