import type { CheckResult, RowResult } from '../domain/bulk-upload';
import type { Directory, DirectoryEntry, DirectoryFlaw, DirectoryResult } from '../domain/directory';
import { LANGS, type Lang } from '../domain/types';
import type { I18n } from '../i18n';
import { renderFallbacks } from '../present/directory-text';
import { type Translate, errorText, fieldLabel, limitText, noteText, warningText } from '../present/row-check-messages';

/** A text in both languages: the page switches language without asking again. */
export interface Bi {
  readonly en: string;
  readonly hi: string;
}

/** A directory row as shown by the tab: the published fields only. */
export interface TabContact {
  readonly organisation: string;
  readonly name: string;
  readonly email: string;
  readonly mobile: string;
  readonly flawed: boolean;
}

/** `GET /api/tab/contacts` answer. */
export interface TabContactsView {
  readonly query: string;
  readonly kind: DirectoryResult['kind'];
  readonly matches: readonly TabContact[];
  readonly suggestions: readonly TabContact[];
  /** Conflicts and name variants of the matched rows, said plainly. */
  readonly notes: readonly Bi[];
  /** When nothing matched: the fallback contacts, as lines. */
  readonly fallbacks: readonly Bi[];
}

/** One problem of a row, with the field and the portal's own message. */
export interface TabProblem {
  readonly kind: 'error' | 'warning';
  readonly field: Bi;
  readonly message: Bi;
  readonly portalMessage?: string;
}

/** `POST /api/tab/check` answer. */
export interface TabCheckView {
  readonly rows: number;
  readonly failed: number;
  readonly warned: number;
  /** Rows with at least one problem, in order, at most `maxShown`. */
  readonly problems: readonly { readonly line: number; readonly valid: boolean; readonly items: readonly TabProblem[] }[];
  /** Rows with problems that were left out of `problems`. */
  readonly hiddenProblemRows: number;
  readonly notes: readonly Bi[];
}

/** A bilingual error for a 400 answer. */
export interface TabError {
  readonly code: string;
  readonly message: Bi;
}

type Tr = (key: string, opts?: object) => string;

/** Both translators (`en`, `hi`), fixed to a language. */
function translators(i18n: I18n): Record<Lang, Tr> {
  const out = {} as Record<Lang, Tr>;
  for (const lang of LANGS) out[lang] = (key, opts) => i18n.t(key, { lng: lang, ...(opts ?? {}) }) as string;
  return out;
}

/** The same text built in both languages. */
function both(i18n: I18n, build: (t: Tr) => string): Bi {
  const t = translators(i18n);
  return { en: build(t.en), hi: build(t.hi) };
}

/** A bilingual API error from a `tab:api_*` key. */
export function tabError(i18n: I18n, code: string, params: Record<string, unknown> = {}): TabError {
  return { code, message: both(i18n, (t) => t(`tab:api_${code.replace(/-/g, '_')}`, params)) };
}

/** A checker limit (too many rows, unreadable file…) as a bilingual error. */
export function limitError(i18n: I18n, limit: NonNullable<CheckResult['limit']>): TabError {
  return { code: limit.code, message: both(i18n, (t) => limitText(limit, t as Translate)) };
}

const contact = (e: DirectoryEntry): TabContact => ({
  organisation: e.organisation, name: e.name, email: e.email, mobile: e.mobile, flawed: Boolean(e.flaws?.length),
});

function flawNote(f: DirectoryFlaw, result: DirectoryResult, t: Tr): string {
  if (f.code !== 'conflicting-row') return t('directory:name_variants', { names: f.names.join(' / '), email: f.email });
  const row = result.matches.find((m) => m.organisation === f.organisation);
  const nameOther = f.nameOf !== f.emailOf;
  const mobileOther = f.mobileOf !== f.emailOf;
  const key = nameOther && mobileOther ? 'conflict_name_mobile' : nameOther ? 'conflict_name' : 'conflict_mobile';
  return t(`directory:${key}`, {
    organisation: f.organisation, email: f.email, name: row?.name ?? f.names[0], mobile: row?.mobile ?? '',
    emailOwner: f.emailOfName, otherOwner: nameOther ? f.nameOfName : f.mobileOfName,
  });
}

/** Looks a query up in the directory and builds the tab's bilingual view of the result. */
export function contactsView(directory: Directory, i18n: I18n, query: string): TabContactsView {
  const result = directory.lookup(query);
  const fallbacks = result.matches.length ? [] : (result.fallbacks?.length ? result.fallbacks : directory.fallbackContacts());
  const fallbackLines = (t: Tr): string[] => renderFallbacks(fallbacks, t).slice(1).map((l) => l.replace(/^•\s*/, ''));
  const en = fallbackLines(translators(i18n).en);
  const hi = fallbackLines(translators(i18n).hi);
  return {
    query: result.query,
    kind: result.kind,
    matches: result.matches.map(contact),
    suggestions: result.suggestions.map(contact),
    notes: result.flaws.map((f) => both(i18n, (t) => flawNote(f, result, t))),
    fallbacks: en.map((line, i) => ({ en: line, hi: hi[i] ?? line })),
  };
}

function problems(row: RowResult, i18n: I18n): TabProblem[] {
  const items: TabProblem[] = row.errors.map((e) => ({
    kind: 'error',
    field: both(i18n, (t) => fieldLabel(e.field, t as Translate)),
    message: both(i18n, (t) => errorText(e, t as Translate)),
    portalMessage: e.portalMessage,
  }));
  for (const w of row.warnings) {
    items.push({ kind: 'warning', field: both(i18n, (t) => fieldLabel(w.field, t as Translate)), message: both(i18n, (t) => warningText(w, t as Translate)) });
  }
  return items;
}

/** Builds the tab's bilingual view of a check (never the row contents themselves, only findings). */
export function checkView(result: CheckResult, i18n: I18n, maxShown = 100): TabCheckView {
  const withProblems = result.rows.filter((r) => r.errors.length || r.warnings.length);
  return {
    rows: result.rows.length,
    failed: result.rows.filter((r) => !r.valid).length,
    warned: result.rows.filter((r) => r.warnings.length > 0).length,
    problems: withProblems.slice(0, maxShown).map((r) => ({ line: r.line, valid: r.valid, items: problems(r, i18n) })),
    hiddenProblemRows: Math.max(0, withProblems.length - maxShown),
    notes: result.notes.map((n) => both(i18n, (t) => noteText(n, t as Translate))),
  };
}
