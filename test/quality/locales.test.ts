import path from 'node:path';
import { readLocaleResources } from '../../src/i18n';

const flatten = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
/** Plural forms differ by language (Hindi and English both use _one/_other here). */
const resources = readLocaleResources(path.resolve(__dirname, '../../locales'));

describe('locales', () => {
  it('have the same namespaces in en and hi', () => {
    expect(Object.keys(resources.hi).sort()).toEqual(Object.keys(resources.en).sort());
  });

  it.each(Object.keys(resources.en))('namespace %s has the same keys in en and hi', (ns) => {
    expect(flatten(resources.hi[ns]).sort()).toEqual(flatten(resources.en[ns]).sort());
  });

  it.each(Object.keys(resources.hi))('Hindi namespace %s is written in Devanagari', (ns) => {
    const values = JSON.stringify(resources.hi[ns]);
    expect(values).toMatch(/\p{Script=Devanagari}/u);
  });
});
