import path from 'node:path';
import { loadAnswers, loadSources } from '../../src/domain/knowledge/answer-store';
import { LANGS } from '../../src/domain/types';

const CONTENT = path.resolve(__dirname, '../../content');
const FILE_NAME = /\b\d{3}_[0-9a-f]{16}\.txt\b|\.md\b|\bseed\b/i;

describe('content/sources.json and the citations answers carry', () => {
  const sources = loadSources(CONTENT);
  const answers = loadAnswers(CONTENT, sources);

  test('every document has an id, an issuer and a citation in both languages that names no file', () => {
    expect(sources.size).toBeGreaterThanOrEqual(8);
    for (const doc of sources.values()) {
      expect(doc.issuer.trim()).not.toBe('');
      for (const lang of LANGS) {
        expect(doc.cite[lang].trim()).not.toBe('');
        expect(doc.cite[lang]).not.toMatch(FILE_NAME);
      }
    }
  });

  test('every answer is cited, in each language, by the documents its sources name, in order', () => {
    for (const answer of answers.values()) {
      for (const lang of LANGS) {
        expect(answer.citations[lang]).toEqual(answer.sources.map((id) => sources.get(id)!.cite[lang]));
      }
    }
    expect(answers.get('otp-problem')!.citations.en).toEqual(['iGOT support FAQ (Karmayogi Bharat)', 'Rashtriya Karmayogi Jan Seva Programme: registration and onboarding guidelines (annexure: KB representatives)']);
  });

  test('an answer naming an unknown source fails the load', () => {
    const only = new Map([...sources].filter(([id]) => id !== 'igot-support-faq'));
    expect(() => loadAnswers(CONTENT, only)).toThrow(/unknown source id "igot-support-faq"/);
  });
});
