import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../domain/types';
import type { I18n } from '../i18n';

/** Repository root (the same from `src/server` under ts-jest and from `dist/server` at run time). */
export const ROOT = path.resolve(__dirname, '..', '..');

/** Themes the page knows (Teams' names). */
export const TAB_THEMES = ['default', 'dark', 'contrast'] as const;
export type TabTheme = (typeof TAB_THEMES)[number];

/** Limits the page shows and the API enforces. */
export interface TabLimits {
  /** Largest file, in KB. */
  readonly maxKb: number;
  /** Largest pasted text, in KB. */
  readonly maxTextKb: number;
  readonly maxRows: number;
  readonly maxQuery: number;
}

/** Where the page's files are. */
export interface TabAssets {
  readonly html: string;
  readonly css: string;
  readonly script: string;
  readonly teamsJs: string;
}

/** Default asset locations: `public/tab/`, `dist/tab/tab.js` and teams-js's UMD build. */
export function defaultAssets(): TabAssets {
  let teamsJs: string;
  try {
    teamsJs = require.resolve('@microsoft/teams-js');
  } catch {
    teamsJs = path.join(ROOT, 'node_modules', '@microsoft', 'teams-js', 'dist', 'umd', 'MicrosoftTeams.min.js');
  }
  return {
    html: path.join(ROOT, 'public', 'tab', 'index.html'),
    css: path.join(ROOT, 'public', 'tab', 'tab.css'),
    script: path.join(ROOT, 'dist', 'tab', 'tab.js'),
    teamsJs,
  };
}

/** Hosts allowed to frame the tab (Teams web/desktop/mobile, Outlook and the Microsoft 365 app). */
const FRAME_ANCESTORS = [
  "'self'", 'https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft', 'https://*.office.com', 'https://*.office365.com', 'https://*.microsoft365.com',
  'https://*.skype.com', 'https://*.teams.microsoft.us', 'https://local.teams.office.com',
];

/** Security headers of every tab response: no inline script, framing only by Microsoft 365 hosts. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': [
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
    "object-src 'none'", "base-uri 'none'", "form-action 'self'", `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

/** The language asked for by `?lang=` (`hi`, `hi-IN`, `en-GB` …), or undefined. */
export function langFromQuery(value: unknown): Lang | undefined {
  const v = typeof value === 'string' ? value.toLowerCase() : '';
  if (v.startsWith('hi')) return 'hi';
  if (v.startsWith('en')) return 'en';
  return undefined;
}

/** The theme asked for by `?theme=`, or undefined. */
export function themeFromQuery(value: unknown): TabTheme | undefined {
  return TAB_THEMES.find((t) => t === value);
}

const interpolate = (s: string, params: Readonly<Record<string, unknown>>): string =>
  s.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** JSON safe inside a `<script type="application/json">` element. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** The `tab` strings of both languages. */
export function tabStrings(i18n: I18n): Record<Lang, Record<string, string>> {
  const bundle = (lang: Lang) => (i18n.getResourceBundle(lang, 'tab') ?? {}) as Record<string, string>;
  return { en: bundle('en'), hi: bundle('hi') };
}

/** Options of one page render. */
export interface PageOptions {
  readonly lang?: Lang;
  readonly theme?: TabTheme;
}

/**
 * Renders the tab page: strings of the asked language filled in (so it reads well before any script
 * runs), and both languages' strings plus the limits embedded as JSON for the script.
 */
export function renderTabPage(template: string, i18n: I18n, limits: TabLimits, options: PageOptions = {}): string {
  const strings = tabStrings(i18n);
  const lang: Lang = options.lang ?? 'en';
  const params = { ...limits };
  const config = { strings, limits, lang: options.lang ?? null, theme: options.theme ?? null };
  return template.replace(/\{\{(t:)?(\w+)\}\}/g, (m, isKey: string | undefined, key: string) => {
    if (isKey) return escapeHtml(interpolate(strings[lang][key] ?? strings.en[key] ?? key, params));
    if (key === 'lang') return lang;
    if (key === 'otherLang') return lang === 'hi' ? 'en' : 'hi';
    if (key === 'theme') return options.theme ?? '';
    if (key === 'config') return scriptJson(config);
    return m;
  });
}

/** Reads a file once and keeps it (assets do not change while the server runs). */
export function cachedFile(file: string): () => Buffer | undefined {
  let data: Buffer | undefined;
  return () => {
    if (data) return data;
    try {
      data = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    return data;
  };
}
