import { allowedEdits, editDistance, foldQuery, wordTokens } from './query-text';
import type { DirectoryPerson } from './types';

/** A person's searchable names as tokens. */
export interface PersonNames {
  readonly person: number;
  readonly names: readonly (readonly string[])[];
}

/** A person a query may mean. */
export interface PersonScore {
  readonly person: number;
  readonly score: number;
  readonly exact: boolean;
}

/** Builds the name index: published spellings plus search-only spellings from aliases.json. */
export function buildPeopleIndex(people: readonly DirectoryPerson[], extra: readonly { email: string; names: readonly string[] }[]): PersonNames[] {
  return people.map((p, i) => {
    const more = extra.filter((e) => e.email === p.email).flatMap((e) => e.names);
    return { person: i, names: [...p.nameVariants, ...more].map((n) => wordTokens(foldQuery(n))).filter((t) => t.length) };
  });
}

/** The best person whose name holds every query word (exact, or a small typo in longer words). */
export function matchPerson(tokens: readonly string[], index: readonly PersonNames[]): PersonScore | null {
  if (!tokens.length) return null;
  let best: PersonScore | null = null;
  for (const p of index) {
    for (const name of p.names) {
      let exact = true;
      let matched = 0;
      for (const q of tokens) {
        if (name.includes(q)) {
          matched++;
          continue;
        }
        const max = allowedEdits(q.length);
        if (max && name.some((n) => n[0] === q[0] && editDistance(q, n, max) <= max)) {
          matched++;
          exact = false;
        }
      }
      if (matched < tokens.length) continue;
      const score = Math.min(1, tokens.length / name.length) - (exact ? 0 : 0.1);
      if (!best || score > best.score) best = { person: p.person, score, exact };
    }
  }
  return best;
}
