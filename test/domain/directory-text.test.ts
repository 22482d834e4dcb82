import path from 'node:path';
import { createI18n } from '../../src/i18n';
import { loadDirectory } from '../../src/domain/directory';
import { renderDirectoryText } from '../../src/present/directory-text';
import en from '../../locales/en/directory.json';
import hi from '../../locales/hi/directory.json';

const dir = loadDirectory(path.resolve(__dirname, '../../content'));
const i18n = createI18n(path.resolve(__dirname, '../../locales'));
const t = (lang: 'en' | 'hi') => (key: string, opts?: object) => i18n.t(key, { lng: lang, ...(opts ?? {}) });

describe('renderDirectoryText', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
  });
  it.each<['en' | 'hi', string, string[]]>([
    ['en', 'Ministry of Coal', ['M/o Coal', 'Priyamvada Pallavi', 'priyamvadapallavi.kb@karmayogi.in', '9315718261']],
    ['hi', 'कोयला मंत्रालय', ['M/o Coal', 'ईमेल priyamvadapallavi.kb@karmayogi.in', 'मोबाइल 9315718261']],
    ['en', 'energy', ['not in the annexure', 'Did you mean', 'D/o Atomic Energy', 'Ms. Deepshi Aggarwal, Mob No : +91-9810347159', 'https://igotkarmayogi.gov.in/#/mdoList#mdoUserList']],
    ['hi', 'energy', ['क्या आपका मतलब', 'mission.karmayogi@gov.in']],
    ['en', 'Akshya Sharma', ['Akshay Sharma / Akshya Sharma', 'M/o Statistics & Programme Implementation']],
    ['hi', 'BPR&D', ['मेल नहीं खाते', 'Priyamvada Pallavi', 'Pawan Pathak']],
  ])('%s: %s', (lang, query, parts) => {
    const text = renderDirectoryText(dir.lookup(query), lang, t(lang));
    for (const p of parts) expect(text).toContain(p);
    expect(text).not.toMatch(/directory:|{{/);
  });
});
