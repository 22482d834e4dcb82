import Fuse from 'fuse.js';
import { analyseRows } from './flaws';
import { buildAliasIndex, type AliasFile, type GenericNamesFile, type Target } from './alias-index';
import { groupRows } from './groups';
import { prepareQuery, scoreTargets, type TargetScore } from './org-matcher';
import { buildPeopleIndex, matchPerson } from './people-index';
import { allowedEdits, chunks, editDistance, foldQuery } from './query-text';
import { QUESTION_WORDS } from './stopwords';
import { cleanText } from '../text/normalize';
import { RecentResults } from '../shared/recent-results';
import type {
  Directory, DirectoryFlaw, DirectoryNote, DirectoryResult, DirectoryRow, EmailSpelling, FallbackContact, QueryScope, StateRoute,
} from './types';

const MAX_SUGGESTIONS = 4;
const FUSE_THRESHOLD = 0.25;
/** Longer queries (a whole chat sentence) get no fuzzy "did you mean": it would be slow and rarely right. */
const MAX_FUZZY_TOKENS = 4;
/** How many recent chat look-ups are remembered. */
const RECENT_LOOKUPS = 2000;

/** True when some longer query word is within one more edit than a match allows of a name word (same first letter). */
function closeWords(query: readonly string[], name: readonly string[]): boolean {
  return query.some((q) => {
    const max = allowedEdits(q.length) + 1;
    return q.length >= 5 && name.some((n) => n[0] === q[0] && editDistance(q, n, max) <= max);
  });
}

/** What the directory knows besides the annexure: names states share, states' routes, other spellings of addresses. */
export interface DirectoryExtras {
  readonly genericNames?: GenericNamesFile;
  readonly stateRoutes?: readonly StateRoute[];
  readonly emailSpellings?: readonly (EmailSpelling & { readonly email: string })[];
}

const STATE_SCOPES: ReadonlySet<QueryScope> = new Set(['up', 'other-state', 'state']);

/** Builds a directory from published rows, aliases and fallback contacts (pure; no I/O). */
export function createDirectory(
  rows: readonly DirectoryRow[], aliasFile: AliasFile, fallbacks: readonly FallbackContact[], extras: DirectoryExtras = {},
): Directory {
  const analysed = analyseRows(rows);
  const { entries, people, flaws, conflictOwners } = analysed;
  const index = buildAliasIndex(rows, aliasFile, extras.genericNames);
  const fallbackList = Object.freeze(fallbacks.map((f) => Object.freeze({ ...f })));
  const routes = Object.freeze((extras.stateRoutes ?? []).map((r) => Object.freeze({ ...r })));
  const spellings = new Map<string, EmailSpelling[]>();
  for (const { email, ...s } of extras.emailSpellings ?? []) spellings.set(email, [...(spellings.get(email) ?? []), Object.freeze(s)]);
  const grouping = { entries, people, flaws, emailSpellings: spellings };
  const peopleIndex = buildPeopleIndex(people, aliasFile.people ?? []);
  type FuseDoc = { names: string[]; target: number };
  let fuse: Fuse<FuseDoc> | null = null;
  const fuzzyNames = (): Fuse<FuseDoc> => {
    if (fuse) return fuse;
    const docs: FuseDoc[] = index.targets.map((_, target) => ({ names: [], target }));
    for (const a of index.aliases) if (!a.abbreviation && !index.targets[a.target].nearest) docs[a.target].names.push(a.tokens.join(' '));
    fuse = new Fuse(docs, { keys: ['names'], useTokenSearch: true, tokenMatch: 'all', ignoreLocation: true, includeScore: true, threshold: FUSE_THRESHOLD });
    return fuse;
  };

  const result = (
    query: string, kind: DirectoryResult['kind'], rowIds: readonly number[], suggestionIds: readonly number[], notes: readonly DirectoryNote[] = [],
  ): DirectoryResult => {
    const ids = [...new Set(rowIds)];
    const sugg = [...new Set(suggestionIds)].filter((i) => !ids.includes(i)).slice(0, MAX_SUGGESTIONS);
    const touched: DirectoryFlaw[] = flaws.filter((f) => f.rows.some((r) => ids.includes(r)));
    const forStates = notes.some((n) => (n.code === 'central-only' || n.code === 'state-department') && n.scope !== 'other-state');
    const partial = notes.some((n) => n.code === 'unlisted-departments' || n.code === 'state-department' || n.code === 'nearest');
    return Object.freeze({
      query, kind,
      matches: Object.freeze(ids.map((i) => entries[i])),
      groups: Object.freeze(groupRows(ids, grouping, kind === 'person')),
      suggestions: Object.freeze(sugg.map((i) => entries[i])),
      suggestionGroups: Object.freeze(groupRows(sugg, grouping)),
      flaws: Object.freeze(touched),
      notes: Object.freeze(notes.map((n) => Object.freeze(n))),
      ...(forStates && routes.length ? { stateRoutes: routes } : {}),
      ...(ids.length && !partial ? {} : { fallbacks: fallbackList }),
    });
  };
  /** The best-scoring targets (ties kept), most specific first. */
  const winners = (scores: TargetScore[]): Target[] => {
    const ts = index.targets;
    const sorted = [...scores].sort((a, b) => b.score - a.score || ts[a.target].rows.length - ts[b.target].rows.length || ts[a.target].rows[0] - ts[b.target].rows[0]);
    const top = sorted.length ? sorted[0].score : 0;
    return sorted.filter((s) => s.score >= top - 1e-9).map((s) => ts[s.target]);
  };
  /** What to say about the winning targets besides their rows. */
  const notesOf = (won: readonly Target[], generic: boolean, scope: QueryScope): DirectoryNote[] => {
    const out: DirectoryNote[] = [];
    if (generic) out.push({ code: 'central-only', scope });
    for (const t of won) {
      if (t.nearest) out.push({ code: 'nearest', asked: t.nearest, listed: t.rows.map((r) => rows[r].organisation) });
      if (t.unlisted?.length) out.push({ code: 'unlisted-departments', ministry: t.label, listed: t.rows.map((r) => rows[r].organisation), unlisted: t.unlisted });
    }
    return out;
  };
  /** A state's department: the annexure lists only central bodies; never a neighbour. */
  const stateResult = (query: string, scope: QueryScope, suggestions: readonly number[] = []): DirectoryResult =>
    result(query, 'none', [], suggestions, [{ code: 'state-department', scope }]);
  const personRows = (p: number): number[] => {
    const email = people[p].email;
    const own = rows.flatMap((r, i) => (r.email === email ? [i] : []));
    const carried = [...conflictOwners].filter(([, owners]) => owners.includes(email)).map(([i]) => i);
    return [...own, ...carried].sort((a, b) => a - b);
  };

  /** What is left of a question once question words ("who", "number", "कौन", "ka") are removed. */
  const withoutQuestionWords = (text: string): string =>
    chunks(foldQuery(cleanText(text)))
      .filter((c) => !QUESTION_WORDS.has(c))
      .join(' ');

  /** A directory query; phrased as a question ("Nidhi's number"), it is looked up without the question words. */
  const lookup = (query: string): DirectoryResult => {
    const direct = lookupName(query);
    if (direct.matches.length) return direct;
    const rest = withoutQuestionWords(query);
    if (!rest || rest === foldQuery(cleanText(query))) return direct;
    const retried = lookupName(rest);
    return retried.matches.length ? { ...retried, query } : direct;
  };

  /** `suggest`: none; 'near' (cheap: names all of whose words matched); 'fuzzy' (adds a fuse.js search). */
  const lookupName = (query: string, suggest: 'none' | 'near' | 'fuzzy' = 'fuzzy'): DirectoryResult => {
    const q = prepareQuery(cleanText(query), index);
    const inState = STATE_SCOPES.has(q.scope);
    if (!q.tokens.length) return inState && q.scope !== 'state' ? stateResult(query, q.scope) : result(query, 'none', [], []);
    const generic = q.kind !== 'ministry' && q.scope !== 'central' && index.genericKeys.has([...q.tokens].sort().join(' '));
    if (generic && inState) return stateResult(query, q.scope);
    const { accepted, near } = scoreTargets(q, index);
    const person = matchPerson(q.tokens, peopleIndex);
    const orgFull = accepted.some((s) => s.full && s.exact);
    if (person && person.exact && !orgFull) return result(query, 'person', personRows(person.person), []);
    if (accepted.length) {
      const won = winners(accepted);
      const listed = won.filter((t) => !t.nearest);
      // A body not listed by name: its nearest listed body is offered, never as a match.
      const nearest = won.filter((t) => t.nearest).flatMap((t) => t.rows);
      return result(query, listed.length ? 'organisation' : 'none', listed.flatMap((t) => t.rows), nearest, notesOf(won, generic, q.scope));
    }
    if (person) return result(query, 'person', personRows(person.person), []);
    const ts = index.targets;
    const nearRows = (): number[] => [...near].sort((a, b) => b.score - a.score).flatMap((n) => ts[n.target].rows);
    if (inState) return stateResult(query, q.scope);
    if (generic) return stateResult(query, q.scope, suggest === 'none' ? [] : nearRows());
    if (suggest === 'none') return result(query, 'none', [], []);
    let suggestions = nearRows();
    if (suggest === 'fuzzy' && !suggestions.length && q.tokens.length <= MAX_FUZZY_TOKENS && q.tokens.some((t) => t.length >= 5)) {
      const hits = fuzzyNames().search(q.tokens.join(' '), { limit: 8 });
      suggestions = hits
        .filter((h) => (h.score ?? 1) <= FUSE_THRESHOLD && closeWords(q.tokens, h.item.names.join(' ').split(' ')))
        .flatMap((h) => ts[h.item.target].rows.slice(0, 1));
    }
    return result(query, 'none', [], suggestions);
  };

  /** Recent chat look-ups (the same questions recur; look-ups are deterministic). */
  const recent = new RecentResults<DirectoryResult | null>(RECENT_LOOKUPS, 'repeat');
  const findInText = (text: string, options: { suggestions?: boolean } = {}): DirectoryResult | null => {
    const suggest = options.suggestions === false ? 'none' : 'near';
    return recent.get(`${suggest}\u0000${text}`, () => {
      const rest = withoutQuestionWords(text);
      const q = prepareQuery(rest, index);
      const named = q.tokens.length > 0 || q.scope === 'up' || q.scope === 'other-state';
      return named ? Object.freeze({ ...lookupName(rest, suggest), query: text }) : null;
    });
  };

  return Object.freeze({
    lookup,
    findInText,
    fallbackContacts: () => fallbackList,
    people: () => people,
    rows: () => entries,
    flaws: () => flaws,
  });
}
