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
    ['en', 'energy', ['not in the published list', 'Did you mean', 'D/o Atomic Energy', 'Ms. Deepshi Aggarwal, Mob No : +91-9810347159', 'https://igotkarmayogi.gov.in/#/mdoList#mdoUserList']],
    ['hi', 'energy', ['क्या आपका मतलब', 'mission.karmayogi@gov.in']],
    ['en', 'Akshya Sharma', ['• Akshay Sharma: email akshaysharma.kb@karmayogi.in', 'Also published as: Akshya Sharma', 'M/o Statistics & Programme Implementation']],
    ['hi', 'BPR&D', ['मेल नहीं खाते', 'Priyamvada Pallavi', 'Pawan Pathak']],
    ['en', 'Pawan Pathak', [
      '• Pawan Pathak: email pawankpathak.kb@karmayogi.in, mobile 8595675447\n  Listed for: D/o Border Management; D/o Home; M/o Railways; ASSAM RIFLES',
      'pavankpathak.kb@karmayogi.in', "• BPR&D: Pawan Pathak, email priyamvadapallavi.kb@karmayogi.in (Priyamvada Pallavi's address, not Pawan Pathak's)",
      'call 8595675447 (Pawan Pathak, as printed on the row)',
    ]],
    ['en', 'Priyamvada Pallavi', ["(Priyamvada Pallavi's address, not Pawan Pathak's)", 'Also published as: Primvada Pallavi']],
    ['hi', 'गृह विभाग', ['राज्य सरकारों में भी', 'राज्य सरकार के कर्मचारियों के लिए:', 'उत्तर प्रदेश प्रशासन और प्रबंधन अकादमी (उपाम)', 'ati-up@nic.in, dg.ati-up@gov.in']],
    ['en', 'UP shiksha vibhag', ["is a state government's department", 'UPAAM', 'Next in the guidelines\' order of contact:']],
    ['en', 'Bihar health department', ['In other states: the sources name no state agency']],
    ['hi', 'संचार मंत्रालय', ['D/o Posts', 'प्रकाशित सूची में नहीं: D/o Telecommunications', 'दिशानिर्देशों के संपर्क क्रम में अगले:']],
    ['en', 'CBDT', ['is not listed by name. The nearest listed body is D/o Revenue', 'please confirm', 'nidhi.kb@karmayogi.in']],
    ['hi', 'सेना', ['भारतीय सेना सूची में अपने नाम से नहीं है', 'D/o Military Affairs']],
  ])('%s: %s', (lang, query, parts) => {
    const text = renderDirectoryText(dir.lookup(query), lang, t(lang));
    for (const p of parts) expect(text).toContain(p);
    expect(text).not.toMatch(/directory:|{{/);
  });
});
