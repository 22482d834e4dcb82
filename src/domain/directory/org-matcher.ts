import { allowedEdits, chunks, editDistance, foldQuery, fuzzyGeneric, isCentral, isGeneric, kindOf, squash, wordTokens, type KindWord } from './query-text';
import type { AliasIndex, StateMarker } from './alias-index';
import { DEVANAGARI_LETTER_NAMES } from './letter-names';
import type { QueryScope } from './types';

/** A query reduced to what distinguishes it. */
export interface PreparedQuery {
  /** Content tokens (generic words, state words and typos of generic words removed). */
  readonly tokens: readonly string[];
  readonly kind: KindWord;
  /** Government of India or a state, when the query's words say so. */
  readonly scope: QueryScope;
}

/** Drops the words that name a state (longest first) and says which scope they gave. */
function withoutStateWords(cs: readonly string[], markers: ReadonlyMap<string, readonly StateMarker[]>): { rest: string[]; scope: QueryScope } {
  const rest: string[] = [];
  let scope: QueryScope = null;
  const rank = { up: 3, 'other-state': 2, state: 1 } as const;
  const sq = cs.map(squash);
  for (let i = 0; i < cs.length; ) {
    const hit = markers.get(sq[i])?.find((m) => m.chunks.every((c, j) => sq[i + j] === c));
    if (!hit) {
      rest.push(cs[i++]);
      continue;
    }
    if (!scope || rank[hit.scope] > rank[scope as keyof typeof rank]) scope = hit.scope;
    i += hit.chunks.length;
  }
  return { rest, scope };
}

/** A single letter typed on its own ("B S F", "बी एस एफ"). */
const isLetter = (c: string): boolean => /^[a-z]$/.test(c) || DEVANAGARI_LETTER_NAMES.has(c);

/** Joins letters typed apart into the abbreviation they spell, when it is a known one. */
function joinSpacedLetters(cs: readonly string[], abbreviations: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < cs.length; ) {
    let j = i;
    while (j < cs.length && isLetter(cs[j])) j++;
    if (j === i) {
      out.push(cs[i++]);
      continue;
    }
    // A run of letters is one abbreviation or left as it is (each letter looked at once).
    const joined = cs.slice(i, j).join('');
    if (j - i >= 2 && abbreviations.has(joined)) out.push(joined);
    else out.push(...cs.slice(i, j));
    i = j;
  }
  return out;
}

/** One target the query may mean, with its score. */
export interface TargetScore {
  readonly target: number;
  readonly score: number;
  /** Every query word matched exactly (no typo allowance used). */
  readonly exact: boolean;
  /** All of the alias' words were matched. */
  readonly full: boolean;
}

/** Splits a query into content tokens and the kind its generic words signal. */
export function prepareQuery(query: string, index: AliasIndex): PreparedQuery {
  const tokens: string[] = [];
  let kind: KindWord = null;
  let central = false;
  const { rest, scope } = withoutStateWords(chunks(foldQuery(query)), index.stateMarkers);
  for (const c of joinSpacedLetters(rest, index.abbreviations)) {
    const sq = squash(c);
    if (/[&.\-]/.test(c) && index.abbreviations.has(sq)) {
      tokens.push(sq);
      continue;
    }
    for (const t of wordTokens(c.replace(/&/g, ' '))) {
      if (isGeneric(t)) {
        kind = kindOf(t) ?? kind;
        central ||= isCentral(t);
        continue;
      }
      if (!index.vocab.has(t)) {
        const g = fuzzyGeneric(t);
        if (g) {
          kind = kindOf(g) ?? kind;
          continue;
        }
      }
      tokens.push(t);
    }
  }
  return { tokens: [...new Set(tokens)], kind, scope: central ? 'central' : scope };
}

/** Vocabulary tokens a query token may stand for, with a cost (0 exact, up to 1 for typos and prefixes). */
export function tokenCandidates(q: string, vocab: Iterable<string>, exactOnly: ReadonlySet<string>, has: (t: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  if (has(q)) out.set(q, 0);
  const max = allowedEdits(q.length);
  if (max === 0) return out;
  for (const v of vocab) {
    if (v === q || exactOnly.has(v) || v[0] !== q[0]) continue;
    if (q.length >= 5 && v.length > q.length && v.startsWith(q)) {
      out.set(v, 0.3);
      continue;
    }
    const d = editDistance(q, v, max);
    if (d <= max) out.set(v, d / q.length + 0.05);
  }
  return out;
}

/**
 * Scores targets for a prepared query: every query word must match a word of one alias;
 * accepted when the alias is fully covered or a matched word belongs to one ministry's family only.
 * Returns accepted targets and, separately, near targets (all words matched, not distinctive).
 */
export function scoreTargets(q: PreparedQuery, index: AliasIndex): { accepted: TargetScore[]; near: TargetScore[] } {
  const best = new Map<number, TargetScore>();
  const near = new Map<number, TargetScore>();
  const keep = (m: Map<number, TargetScore>, s: TargetScore): void => {
    const old = m.get(s.target);
    if (!old || old.score < s.score) m.set(s.target, s);
  };
  const kindBonus = (t: number): number => (q.kind && index.targets[t].kind === q.kind ? 0.05 : 0);
  const key = [...q.tokens].sort().join(' ');
  for (const id of index.exact.get(key) ?? []) {
    const t = index.aliases[id].target;
    keep(best, { target: t, score: 2 + kindBonus(t), exact: true, full: true });
  }
  if (best.size) return { accepted: [...best.values()], near: [] };

  const has = (t: string): boolean => index.vocab.has(t);
  const cands: Map<string, number>[] = [];
  for (const t of q.tokens) {
    const c = tokenCandidates(t, index.vocab.keys(), index.exactOnly, has);
    if (c.size === 0) return { accepted: [], near: [] }; // every word must match: stop at the first that can't
    cands.push(c);
  }
  // Aliases holding a candidate of the rarest query word.
  const first = cands.reduce((a, b) => (a.size <= b.size ? a : b));
  const aliasIds = new Set<number>();
  for (const v of first.keys()) for (const id of index.vocab.get(v)!) aliasIds.add(id);
  for (const id of aliasIds) {
    const alias = index.aliases[id];
    const family = index.targets[alias.target].family;
    const matched = new Set<string>();
    let cost = 0;
    let distinctive = false;
    let exact = true;
    let ok = true;
    let typoOfKnown = false;
    for (const [qi, c] of cands.entries()) {
      let bestTok: string | null = null;
      let bestCost = Infinity;
      for (const t of alias.tokens) {
        const k = c.get(t);
        if (k !== undefined && k < bestCost) [bestTok, bestCost] = [t, k];
      }
      if (bestTok === null) {
        ok = false;
        break;
      }
      matched.add(bestTok);
      cost += bestCost;
      if (bestCost > 0) exact = false;
      // A typo of a word the names use themselves never singles a body out ("police" is not "policy").
      const typo = bestCost > 0 && has(q.tokens[qi]);
      typoOfKnown ||= typo;
      const fams = index.families.get(bestTok)!;
      if (fams.size === 1 && fams.has(family) && !typo) distinctive = true;
    }
    const full = matched.size === alias.tokens.length;
    if (!ok || (typoOfKnown && !full)) continue;
    const score = matched.size / alias.tokens.length - 0.1 * cost + kindBonus(alias.target);
    const tk = index.targets[alias.target].kind;
    const kindClash = q.kind !== null && tk !== 'other' && tk !== q.kind;
    keep(full || (distinctive && !kindClash) ? best : near, { target: alias.target, score, exact, full });
  }
  for (const t of best.keys()) near.delete(t);
  return { accepted: [...best.values()], near: [...near.values()] };
}
