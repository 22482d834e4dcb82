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

const translators = new WeakMap<I18n, Map<Lang, TFunction>>();
/** Options i18next treats specially (plurals, context, other language or namespace…). */
const SPECIAL_OPTIONS = new Set(['count', 'context', 'lng', 'lngs', 'ns', 'defaultValue', 'returnObjects', 'returnDetails', 'ordinal', 'keySeparator', 'nsSeparator', 'interpolation', 'postProcess', 'replace']);
const PLACEHOLDER = /\{\{\s*([\w]+)\s*\}\}/g;

/** True when `{{name}}` filling is all the options ask for (string and number values only). */
function onlySimpleValues(options: unknown): options is Record<string, string | number> {
  if (!options || typeof options !== 'object') return false;
  for (const [k, v] of Object.entries(options)) {
    if (SPECIAL_OPTIONS.has(k) || (typeof v !== 'string' && typeof v !== 'number')) return false;
  }
  return true;
}

/**
 * A translate function fixed to one language, made once per language. Each
 * string's template is looked up once (a card asks for dozens per turn) and
 * plain `{{name}}` values are filled in directly; anything else (plurals,
 * context, nested values) goes through i18next itself.
 */
export function translatorFor(i18n: I18n, lang: Lang): TFunction {
  let byLang = translators.get(i18n);
  if (!byLang) translators.set(i18n, (byLang = new Map()));
  const known = byLang.get(lang);
  if (known) return known;
  const fixed = i18n.getFixedT(lang);
  const templates = new Map<string, string>();
  const template = (key: string): string => {
    let value = templates.get(key);
    if (value === undefined) templates.set(key, (value = String(fixed(key, { skipInterpolation: true } as never))));
    return value;
  };
  const t = ((key: string | string[], options?: unknown) => {
    if (typeof key !== 'string') return fixed(key as never, options as never);
    if (options === undefined) return template(key);
    if (!onlySimpleValues(options)) return fixed(key, options as never);
    let missing = false;
    const filled = template(key).replace(PLACEHOLDER, (_m, name: string) => {
      const v = options[name];
      if (v === undefined) missing = true;
      return String(v);
    });
    return missing ? fixed(key, options as never) : filled;
  }) as unknown as TFunction;
  byLang.set(lang, t);
  return t;
}
