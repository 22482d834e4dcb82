/**
 * Counts read right in both languages ("1 row checked", not "1 rows"), every row limit is said
 * with the number the code enforces, where it applies, and the desk's next opening reads as
 * Hindi (holiday names in Hindi, "सुबह 9:00 बजे", no "am").
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildRowCheckCard } from '../../src/cards';
import { CHAT_ROW_LIMIT, checkPastedText } from '../../src/domain/bulk-upload';
import { loadHolidays } from '../../src/domain/help-desk/holiday-store';
import { HelpDeskCalendar } from '../../src/domain/help-desk/hours';
import { answerTexts } from '../../src/domain/knowledge/answer-length';
import { loadAnswers } from '../../src/domain/knowledge/answer-store';
import { LANGS, type Lang } from '../../src/domain/types';
import { FILE_LIMITS } from '../../src/files';
import { createI18n, translatorFor } from '../../src/i18n';
import { renderHelpDeskStatus } from '../../src/present/facts-text';
import type { Translate } from '../../src/present/row-check-messages';
import { renderRowCheckText } from '../../src/present/row-check-text';
import { TAB_LIMITS } from '../../src/server/tab-routes';
import { cardText } from '../cards/card-text';

const ROOT = path.resolve(__dirname, '../..');
const i18n = createI18n(path.join(ROOT, 'locales'));
const t = (lang: Lang) => translatorFor(i18n, lang);

/** Every locale string by language, as `namespace:key.path`. */
function localeStrings(lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, at: string): void => {
    if (typeof v === 'string') out.set(at, v);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, at.endsWith(':') ? `${at}${k}` : `${at}.${k}`);
  };
  for (const f of fs.readdirSync(path.join(ROOT, 'locales', lang)).filter((x) => x.endsWith('.json'))) {
    walk(JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lang, f), 'utf8')), `${path.basename(f, '.json')}:`);
  }
  return out;
}

/** Strings with {{count}} that need no plural form, and why. */
const COUNT_WITHOUT_PLURAL: Readonly<Record<string, string>> = {
  'bot:insights.askedLine': '"3× topic": a multiplier, not a noun',
  'bot:insights.unansweredLine': '"3× [hi, decline] question": a multiplier',
  'checker:limit.too-many-rows-for-chat': 'the count is always above the limit, so always plural',
};

describe('grammar of counts', () => {
  const byLang = Object.fromEntries(LANGS.map((l) => [l, localeStrings(l)])) as Record<Lang, Map<string, string>>;

  it('every plural has both forms (_one, _other) in both languages, and no bare key beside them', () => {
    const stems = new Set(LANGS.flatMap((l) => [...byLang[l].keys()].filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, ''))));
    expect(stems.size).toBeGreaterThanOrEqual(8);
    for (const lang of LANGS) {
      for (const stem of stems) {
        expect([lang, stem, byLang[lang].has(`${stem}_one`), byLang[lang].has(`${stem}_other`), byLang[lang].has(stem)]).toEqual([lang, stem, true, true, false]);
      }
    }
  });

  it('every string that shows a {{count}} has plural forms (or a stated reason not to)', () => {
    for (const lang of LANGS) {
      const bare = [...byLang[lang]].filter(([k, v]) => v.includes('{{count}}') && !/_(one|other)$/.test(k) && !(k in COUNT_WITHOUT_PLURAL)).map(([k]) => k);
      expect([lang, bare]).toEqual([lang, []]);
    }
  });

  it('the tab asks for plurals only where both forms exist', () => {
    const tab = (l: Lang) => byLang[l];
    for (const f of fs.readdirSync(path.join(ROOT, 'src/tab')).filter((x) => x.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(ROOT, 'src/tab', f), 'utf8');
      for (const m of src.matchAll(/\bt\('([a-z_]+)',\s*\{[^}]*\bcount\b/g)) {
        for (const lang of LANGS) expect([m[1], tab(lang).has(`tab:${m[1]}_one`), tab(lang).has(`tab:${m[1]}_other`)]).toEqual([m[1], true, true]);
      }
    }
  });

  const one = 'Full Name\tEmail\tMobile Number\tGroup\tDesignation\nAsha Verma\tasha.verma@gov.in\t9876543210\tGroup A\tDeputy Secretary\n';
  const two = `${one}Ravi Kumar\travi@gmail\t98765\tGroup B\tClerk\n`;

  it.each([
    ['en', 'one row', one, 'Checked 1 row:'],
    ['en', 'two rows', two, 'Checked 2 rows:'],
    ['hi', 'one row', one, '1 पंक्ति जाँची गई।'],
    ['hi', 'two rows', two, '2 पंक्तियाँ जाँची गईं।'],
  ] as const)('a row check in %s of %s counts it right', (lang, _what, rows, expected) => {
    const result = checkPastedText(rows);
    expect(renderRowCheckText(result, lang, t(lang) as unknown as Translate)).toContain(expected);
    const card = buildRowCheckCard(result, { t: t(lang) as never, lang, titles: (x) => x, fallbackText: 'x' });
    expect(cardText(card)).toContain(expected);
    expect(renderRowCheckText(result, lang, t(lang) as unknown as Translate)).not.toMatch(/\b1 rows\b|1 पंक्तियाँ/);
  });

  it.each([
    ['en', 1, 'The number has 1 digit;'],
    ['en', 5, 'The number has 5 digits;'],
    ['hi', 1, 'नंबर में 1 अंक है;'],
    ['hi', 5, 'नंबर में 5 अंक हैं;'],
  ] as const)('%s: a %s-digit mobile number', (lang, count, expected) => {
    expect(t(lang)('checker:fix.mobile-ten-digits', { count })).toContain(expected);
  });

  it.each([
    ['en', 1, '…and 1 more row with problems'],
    ['hi', 1, '…और 1 पंक्ति में समस्याएँ हैं'],
    ['hi', 4, '…और 4 पंक्तियों में समस्याएँ हैं'],
  ] as const)('%s: "and %s more row(s) with problems"', (lang, count, expected) => {
    expect(t(lang)('checker:ui.more-rows', { count })).toContain(expected);
  });
});

describe('row limits: the numbers the code enforces, each where it applies', () => {
  const answer = loadAnswers(path.join(ROOT, 'content')).get('row-check')!;
  const LIMITS = {
    chatRows: CHAT_ROW_LIMIT,
    chatFileRows: FILE_LIMITS.maxRows,
    chatFileMb: FILE_LIMITS.maxBytes / (1024 * 1024),
    tabRows: TAB_LIMITS.maxRows,
    tabFileKb: TAB_LIMITS.maxKb,
  };

  it.each(LANGS)('the row-check answer (%s) states the chat, chat-file and tab limits as enforced, and no other number', (lang) => {
    const text = answerTexts(answer[lang]).join('\n');
    expect(answer[lang].body).toContain(String(LIMITS.chatRows));
    for (const n of Object.values(LIMITS)) expect(text).toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`));
    const numbers = (text.match(/\d+/g) ?? []).map(Number).filter((n) => n >= 5 && n !== 2023);
    expect(numbers.filter((n) => !Object.values(LIMITS).includes(n))).toEqual([]);
  });

  it('no UI string writes a limit as a literal number: they take it from the code ({{max}}, {{maxRows}})', () => {
    for (const lang of LANGS) {
      for (const [k, v] of localeStrings(lang)) expect([k, /(^|\D)(200|2000|50000|1024)(\D|$)/.test(v.replace(/\{\{[^}]*\}\}/g, ''))]).toEqual([k, false]);
      const s = localeStrings(lang);
      expect(s.get('tab:check_paste_hint')).toContain('{{maxRows}}');
      expect(s.get('tab:check_file_label')).toContain('{{maxRows}}');
      expect(s.get('checker:limit.too-many-rows-for-chat')).toContain('{{max}}');
    }
  });

  it('the chat refuses more than the stated number of pasted rows, with that number', () => {
    const header = 'Full Name\tEmail\tMobile Number\tGroup\tDesignation';
    const row = (i: number) => `Asha Verma\tasha${i}@gov.in\t98765${String(i).padStart(5, '0')}\tGroup A\tClerk`;
    const over = checkPastedText([header, ...Array.from({ length: CHAT_ROW_LIMIT + 1 }, (_, i) => row(i))].join('\n'));
    expect(over.limit).toEqual({ code: 'too-many-rows-for-chat', params: { count: CHAT_ROW_LIMIT + 1, max: CHAT_ROW_LIMIT } });
    expect(t('hi')('checker:limit.too-many-rows-for-chat', over.limit!.params)).toBe(`आपने ${CHAT_ROW_LIMIT + 1} पंक्तियाँ भेजी हैं; एक संदेश में मैं ${CHAT_ROW_LIMIT} पंक्तियों तक जाँचता हूँ। इनकी जगह फ़ाइल (.xlsx या .csv) भेजें।`);
    expect(checkPastedText([header, ...Array.from({ length: CHAT_ROW_LIMIT }, (_, i) => row(i))].join('\n')).limit).toBeUndefined();
  });
});

describe('the desk’s hours read as Hindi', () => {
  const holidays = loadHolidays(path.join(ROOT, 'content'));
  const calendar = new HelpDeskCalendar(holidays);
  const ist = (local: string) => new Date(`${local}+05:30`);

  it('every listed holiday has its Hindi name', () => {
    expect(holidays.length).toBeGreaterThan(10);
    for (const h of holidays) expect([h.name, h.name_hi]).toEqual([h.name, expect.stringMatching(/^[\p{Script=Devanagari}\s()-]+$/u)]);
  });

  it('a holiday is named in Hindi in a Hindi reply and in English in an English one', () => {
    const status = calendar.status(ist('2026-11-24T11:00:00'));
    const hi = renderHelpDeskStatus(status, 'hi', t('hi'));
    expect(hi).toContain('सरकारी छुट्टी: गुरु नानक जयंती');
    expect(hi.replace('Teams', '')).not.toMatch(/[A-Za-z]{3,}/);
    expect(renderHelpDeskStatus(status, 'en', t('en'))).toContain("government holiday: Guru Nanak's Birthday");
  });

  it('the next opening: "… सुबह 9:00 बजे (भारतीय समय) खुलेगी", with no "am" and no doubled "को"', () => {
    const hi = renderHelpDeskStatus(calendar.status(ist('2026-11-27T18:00:00')), 'hi', t('hi'));
    expect(hi).toContain('यह अगली बार सोमवार, 30 नवंबर 2026, सुबह 9:00 बजे (भारतीय समय) खुलेगी।');
    expect(hi).not.toMatch(/\b(am|pm)\b|को .* को/);
    const open = renderHelpDeskStatus(calendar.status(ist('2026-11-23T10:00:00')), 'hi', t('hi'));
    expect(open).toContain('शाम 5:00 बजे तक, भारतीय समय');
    expect(renderHelpDeskStatus(calendar.status(ist('2026-11-27T18:00:00')), 'en', t('en'))).toContain('It next opens on Monday, 30 November 2026 at 9:00 am (India time).');
  });
});
