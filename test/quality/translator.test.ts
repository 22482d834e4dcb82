import path from 'node:path';
import { createI18n, translatorFor } from '../../src/i18n';

const i18n = createI18n(path.resolve(__dirname, '../../locales'));

describe('the cached translator gives exactly what i18next gives', () => {
  it.each([
    ['en', 'reply.decline', undefined],
    ['hi', 'reply.error', { ref: 'abc123' }],
    ['en', 'training.late', { count: 1 }],
    ['en', 'training.late', { count: 3 }],
    ['hi', 'training.late', { count: 3 }],
    ['en', 'desk.open', { until: 'Monday, 5 pm' }],
    ['en', 'desk.reason.holiday', {}],
    ['hi', 'directory:ask_which', undefined],
    ['en', 'no.such.key', undefined],
  ] as const)('%s %s', (lang, key, options) => {
    const t = translatorFor(i18n, lang);
    expect(t(key, options as never)).toBe(i18n.getFixedT(lang)(key, options as never));
    expect(t(key, options as never)).toBe(t(key, options as never));
  });

  it('is made once per language', () => {
    expect(translatorFor(i18n, 'hi')).toBe(translatorFor(i18n, 'hi'));
    expect(translatorFor(i18n, 'hi')).not.toBe(translatorFor(i18n, 'en'));
  });
});
