import type { CheckResult, RowResult } from '../domain/bulk-upload';
import type { Directory, DirectoryEntry, DirectoryGroup, DirectoryResult } from '../domain/directory';
import { LANGS, type Lang } from '../domain/types';
import type { I18n } from '../i18n';
import {
  confirmByPhoneText, conflictText, emailOwner, emailSpellingTexts, noteText as directoryNote, plainSuggestions, renderFallbacks, shownGroups, stateLines,
} from '../present/directory-text';
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

/** One representative as the tab shows them: one card per person, every organisation, warnings said plainly. */
export interface TabGroup {
  readonly name: string;
  /** "Also published as: …" (other spellings of the name), when there are any. */
  readonly otherSpellings: Bi | null;
  readonly organisations: readonly string[];
  readonly email: string;
  /** For a mixed-up row: whose address the email is. */
  readonly emailLabel: Bi | null;
  /** Whose address the email is (the mail button names them). */
  readonly mailTo: string;
  readonly mobile: string;
  /** A mixed-up row's warning and the advice to confirm by phone; another source's spelling of the address. */
  readonly warnings: readonly Bi[];
}

/** `GET /api/tab/contacts` answer. */
export interface TabContactsView {
  readonly query: string;
  readonly kind: DirectoryResult['kind'];
  readonly matches: readonly TabContact[];
  readonly suggestions: readonly TabContact[];
  /** The contacts to show, one per person (for a body not listed by name: the nearest listed body's). */
  readonly groups: readonly TabGroup[];
  /** "Did you mean" representatives (not matches). */
  readonly suggestionGroups: readonly TabGroup[];
  /** Caveats and what is not listed (a name states share, a state's department, a nearest body, unlisted departments). */
  readonly notes: readonly Bi[];
  /** For state government staff: their state's route, as lines. */
  readonly stateLines: readonly Bi[];
  /** When nothing (or not all that was asked) matched: the guidelines' next contacts, as lines. */
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

function tabGroup(g: DirectoryGroup, i18n: I18n): TabGroup {
  const c = g.conflict;
  return {
    name: g.name,
    otherSpellings: g.otherSpellings.length ? both(i18n, (t) => t('directory:also_published', { names: g.otherSpellings.join(', ') })) : null,
    organisations: g.organisations,
    email: g.email,
    emailLabel: c ? both(i18n, (t) => t('directory:address_of', { email: g.email, owner: c.emailOwner, other: c.nameOwner })) : null,
    mailTo: emailOwner(g),
    mobile: g.mobile,
    warnings: bothLines(i18n, (t, lang) => [...(c ? [conflictText(g, t), confirmByPhoneText(g, t)] : []), ...emailSpellingTexts(g, lang, t)]),
  };
}

/** The same lines built in both languages (pairs by position). */
function bothLines(i18n: I18n, build: (t: Tr, lang: Lang) => string[]): Bi[] {
  const t = translators(i18n);
  const en = build(t.en, 'en');
  const hi = build(t.hi, 'hi');
  return en.map((line, i) => ({ en: line, hi: hi[i] ?? line }));
}

/** Looks a query up in the directory and builds the tab's bilingual view of the result. */
export function contactsView(directory: Directory, i18n: I18n, query: string): TabContactsView {
  const result = directory.lookup(query);
  const q = result.query.trim();
  const fallbacks = result.fallbacks ?? (result.matches.length ? [] : directory.fallbackContacts());
  const unbullet = (l: string): string => l.replace(/^•\s*/, '');
  return {
    query: result.query,
    kind: result.kind,
    matches: result.matches.map(contact),
    suggestions: result.suggestions.map(contact),
    groups: shownGroups(result).map((g) => tabGroup(g, i18n)),
    suggestionGroups: plainSuggestions(result) ? result.suggestionGroups.map((g) => tabGroup(g, i18n)) : [],
    notes: bothLines(i18n, (t, lang) => result.notes.map((n) => directoryNote(n, q, lang, t))),
    stateLines: bothLines(i18n, (t, lang) => stateLines(result, lang, t).map(unbullet)),
    fallbacks: fallbacks.length ? bothLines(i18n, (t) => renderFallbacks(fallbacks, t).slice(1).map(unbullet)) : [],
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
