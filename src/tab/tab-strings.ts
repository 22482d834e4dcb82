/** Strings, language and small DOM helpers of the tab page (both languages are embedded by the server). */
namespace SahayakTab {
  export type Lang = 'en' | 'hi';
  /** A text in both languages, as the JSON endpoints send it. */
  export interface Bi { en: string; hi: string }

  interface PageConfig {
    strings: Record<Lang, Record<string, string>>;
    limits: { maxKb: number; maxTextKb: number; maxRows: number; maxQuery: number };
    lang: Lang | null;
    theme: string | null;
  }

  const LANG_KEY = 'sahayak.tab.lang';

  function readConfig(): PageConfig {
    const el = document.getElementById('tab-config');
    try {
      return JSON.parse(el?.textContent ?? '') as PageConfig;
    } catch {
      return { strings: { en: {}, hi: {} }, limits: { maxKb: 1024, maxTextKb: 200, maxRows: 2000, maxQuery: 200 }, lang: null, theme: null };
    }
  }

  /** The page configuration embedded by the server. */
  export const config: PageConfig = readConfig();
  let current: Lang = config.lang ?? 'en';
  const listeners: (() => void)[] = [];

  /** The language shown now. */
  export function lang(): Lang {
    return current;
  }

  /** Picks `hi` or `en` from a locale such as `hi-IN`; undefined for anything else. */
  export function langOf(locale: string | null | undefined): Lang | undefined {
    const l = (locale ?? '').toLowerCase();
    return l.startsWith('hi') ? 'hi' : l.startsWith('en') ? 'en' : undefined;
  }

  /** The user's own earlier choice (toggle), if the browser lets us keep one. */
  export function savedLang(): Lang | undefined {
    try {
      return langOf(window.localStorage.getItem(LANG_KEY));
    } catch {
      return undefined;
    }
  }

  /** Translates a `tab` key, with `{{param}}` interpolation and `_one`/`_other` plurals by `count`. */
  export function t(key: string, params: Record<string, string | number> = {}): string {
    const table = config.strings[current] ?? {};
    let k = key;
    if (typeof params.count === 'number') {
      const form = new Intl.PluralRules(current === 'hi' ? 'hi-IN' : 'en-IN').select(params.count);
      k = `${key}_${form === 'one' ? 'one' : 'other'}`;
    }
    const text = table[k] ?? config.strings.en[k] ?? key;
    const all: Record<string, string | number> = { ...config.limits, ...params };
    return text.replace(/\{\{(\w+)\}\}/g, (m, p: string) => (p in all ? String(all[p]) : m));
  }

  /** Picks the shown language's side of a bilingual text. */
  export function pick(text: Bi): string {
    return text[current] || text.en;
  }

  /** Re-labels every `data-i18n` element and tells the views to re-render. */
  export function setLang(next: Lang, remember = false): void {
    current = next;
    document.documentElement.lang = next;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
      el.textContent = t(el.dataset.i18n ?? '');
      if (el.dataset.i18nAria) el.setAttribute('aria-label', t(el.dataset.i18nAria));
    }
    const toggle = document.getElementById('lang-toggle');
    if (toggle) toggle.lang = next === 'hi' ? 'en' : 'hi';
    document.title = t('page_title');
    if (remember) {
      try {
        window.localStorage.setItem(LANG_KEY, next);
      } catch {
        // Storage may be blocked inside an iframe: the choice then lasts for this page only.
      }
    }
    for (const fn of listeners) fn();
  }

  /** Runs `fn` after every language change. */
  export function onLangChange(fn: () => void): void {
    listeners.push(fn);
  }

  /** Creates an element with a class and text. */
  export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Shows a status line (announced by the `role=status` live region). */
  export function setStatus(id: string, text: string, isError = false): void {
    const node = document.getElementById(id);
    if (!node) return;
    node.classList.toggle('error', isError);
    node.textContent = text;
  }

  /** An error whose message exists in both languages (shown again on a language switch). */
  export class TabFetchError extends Error {
    constructor(readonly bi: Bi) {
      super(bi.en);
    }
  }

  /** A `tab` key in both languages. */
  export function both(key: string, params: Record<string, string | number> = {}): Bi {
    const saved = current;
    current = 'en';
    const en = t(key, params);
    current = 'hi';
    const hi = t(key, params);
    current = saved;
    return { en, hi };
  }

  /** Reads a JSON answer; a 4xx's bilingual `error.message` becomes a TabFetchError. */
  export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
    let res: Response;
    try {
      res = await fetch(url, { credentials: 'same-origin', ...init, headers: { ...(init?.headers as Record<string, string> | undefined), ...(await authHeaders()) } });
    } catch {
      throw new TabFetchError(both('error_network'));
    }
    const body = (await res.json().catch(() => null)) as { error?: { message?: Bi } } | null;
    if (!res.ok) throw new TabFetchError(body?.error?.message ?? both('error_network'));
    return body as T;
  }

  /** The bilingual text of any failure. */
  export function failureText(e: unknown): Bi {
    return e instanceof TabFetchError ? e.bi : both('error_network');
  }
}
