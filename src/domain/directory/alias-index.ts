import { chunks, foldQuery, isGeneric, squash, wordTokens } from './query-text';
import type { DirectoryRow } from './types';

/** aliases.json, per organisation as printed. */
export interface OrganisationAliases {
  readonly organisation: string;
  readonly names?: readonly string[];
  readonly abbreviations?: readonly string[];
  readonly hindi?: readonly string[];
  readonly romanized?: readonly string[];
  /** Printed names of the rows that are departments of this ministry. */
  readonly departments?: readonly string[];
}

/** aliases.json, a parent ministry that has no row of its own. */
export interface MinistryAliases extends Omit<OrganisationAliases, 'organisation'> {
  readonly ministry: string;
}

/** The whole aliases.json. */
export interface AliasFile {
  readonly organisations: readonly OrganisationAliases[];
  readonly ministries?: readonly MinistryAliases[];
  readonly people?: readonly { readonly email: string; readonly names: readonly string[] }[];
}

/** Something a query can mean: one row (with its departments) or a parent ministry (its departments). */
export interface Target {
  readonly label: string;
  readonly rows: readonly number[];
  readonly kind: 'ministry' | 'department' | 'other';
  /** Targets of one ministry share a family. */
  family: number;
}

/** One searchable name of a target, as content tokens. */
export interface Alias {
  readonly target: number;
  readonly tokens: readonly string[];
  readonly key: string;
  readonly abbreviation: boolean;
}

/** The organisation index: targets, aliases, vocabulary. */
export interface AliasIndex {
  readonly targets: readonly Target[];
  readonly aliases: readonly Alias[];
  /** Content token → ids of the aliases holding it. */
  readonly vocab: ReadonlyMap<string, readonly number[]>;
  /** Content token → families of the aliases holding it. */
  readonly families: ReadonlyMap<string, ReadonlySet<number>>;
  /** Sorted content tokens → alias ids. */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** Squashed abbreviations ("bprd"). */
  readonly abbreviations: ReadonlySet<string>;
  /** Tokens that only abbreviations hold: matched exactly, never fuzzily. */
  readonly exactOnly: ReadonlySet<string>;
  /** Problems found while building (alias naming no row). */
  readonly problems: readonly string[];
}

/** Content tokens of a name (generic words removed), keeping known abbreviations with inner punctuation whole. */
export function contentTokens(text: string, abbreviations: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const c of chunks(foldQuery(text))) {
    const sq = squash(c);
    if (/[&.\-]/.test(c) && abbreviations.has(sq)) out.push(sq);
    else out.push(...wordTokens(c.replace(/&/g, ' ')).filter((t) => !isGeneric(t)));
  }
  return out;
}

function kindOfPrinted(printed: string): Target['kind'] {
  if (/^M\/o\b/i.test(printed)) return 'ministry';
  if (/^D\/[of]\b/i.test(printed) || /department/i.test(printed)) return 'department';
  return 'other';
}

/** Builds the organisation index from the rows and aliases.json. */
export function buildAliasIndex(rows: readonly DirectoryRow[], file: AliasFile): AliasIndex {
  const problems: string[] = [];
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => rowOf.set(r.organisation, i));
  const resolve = (printed: string, where: string): number[] => {
    const i = rowOf.get(printed);
    if (i === undefined) problems.push(`${where}: "${printed}" names no annexure row`);
    return i === undefined ? [] : [i];
  };
  const abbreviations = new Set<string>();
  const all = [...(file.organisations ?? []), ...(file.ministries ?? [])];
  for (const a of all) for (const ab of a.abbreviations ?? []) abbreviations.add(squash(foldQuery(ab)));

  const targets: Target[] = [];
  const aliases: Alias[] = [];
  const addAliases = (target: number, names: readonly string[], abbrev: readonly string[]): void => {
    for (const n of names) {
      const tokens = [...new Set(contentTokens(n, abbreviations))];
      if (tokens.length) aliases.push({ target, tokens, key: [...tokens].sort().join(' '), abbreviation: false });
    }
    for (const ab of abbrev) {
      const t = squash(foldQuery(ab));
      if (t) aliases.push({ target, tokens: [t], key: t, abbreviation: true });
    }
  };
  const aliased = new Set<number>();
  for (const o of file.organisations ?? []) {
    const own = resolve(o.organisation, 'aliases.organisations');
    if (!own.length) continue;
    aliased.add(own[0]);
    const deps = (o.departments ?? []).flatMap((d) => resolve(d, `departments of "${o.organisation}"`));
    const id = targets.push({ label: o.organisation, rows: [...own, ...deps], kind: kindOfPrinted(o.organisation), family: -1 }) - 1;
    addAliases(id, [o.organisation, ...(o.names ?? []), ...(o.hindi ?? []), ...(o.romanized ?? [])], o.abbreviations ?? []);
  }
  rows.forEach((r, i) => {
    if (aliased.has(i)) return;
    const id = targets.push({ label: r.organisation, rows: [i], kind: kindOfPrinted(r.organisation), family: -1 }) - 1;
    addAliases(id, [r.organisation], []);
  });
  for (const m of file.ministries ?? []) {
    const deps = (m.departments ?? []).flatMap((d) => resolve(d, `departments of "${m.ministry}"`));
    const id = targets.push({ label: m.ministry, rows: deps, kind: 'ministry', family: -1 }) - 1;
    addAliases(id, [m.ministry, ...(m.names ?? []), ...(m.hindi ?? []), ...(m.romanized ?? [])], m.abbreviations ?? []);
  }
  // A family: a ministry with its departments.
  targets.forEach((t, id) => {
    if (t.family < 0) t.family = id;
    if (t.rows.length > 1 || t.kind === 'ministry') {
      for (const r of t.rows) targets.forEach((u) => {
        if (u !== t && u.rows.length === 1 && u.rows[0] === r) u.family = t.family;
      });
    }
  });

  const vocab = new Map<string, number[]>();
  const families = new Map<string, Set<number>>();
  const exact = new Map<string, number[]>();
  const onlyAbbrev = new Map<string, boolean>();
  aliases.forEach((a, id) => {
    for (const t of a.tokens) {
      vocab.set(t, [...(vocab.get(t) ?? []), id]);
      families.set(t, (families.get(t) ?? new Set()).add(targets[a.target].family));
      onlyAbbrev.set(t, (onlyAbbrev.get(t) ?? true) && a.abbreviation);
    }
    exact.set(a.key, [...(exact.get(a.key) ?? []), id]);
  });
  const exactOnly = new Set([...onlyAbbrev].filter(([, v]) => v).map(([k]) => k));
  return { targets, aliases, vocab, families, exact, abbreviations, exactOnly, problems };
}
