import fs from 'node:fs';
import path from 'node:path';
import i18next, { i18n as I18n, TFunction } from 'i18next';
import { LANGS, Lang } from '../domain/types';

export type { I18n, TFunction };

/** The namespace holding the core UI strings (`translation.json`). */
export const DEFAULT_NAMESPACE = 'translation';

/** Reads `<localesDir>/<lang>/<namespace>.json` for every language and namespace. */
export function readLocaleResources(localesDir: string): Record<Lang, Record<string, object>> {
  const resources = {} as Record<Lang, Record<string, object>>;
  for (const lang of LANGS) {
    const dir = path.join(localesDir, lang);
    resources[lang] = {};
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      resources[lang][path.basename(file, '.json')] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    }
  }
  return resources;
}

/** Creates a ready i18next instance (synchronous) with every namespace of both languages. */
export function createI18n(localesDir: string): I18n {
  const resources = readLocaleResources(localesDir);
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    ns: Object.keys(resources.en),
    defaultNS: DEFAULT_NAMESPACE,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** A translate function fixed to one language. */
export function translatorFor(i18n: I18n, lang: Lang): TFunction {
  return i18n.getFixedT(lang);
}
