import { chunks, foldQuery, isGeneric, squash, wordTokens } from './query-text';
import { devanagariSpellings } from './letter-names';
import type { BiText, DirectoryRow } from './types';

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
  /** Its departments that the annexure does not list (said plainly when the ministry is asked for). */
  readonly unlistedDepartments?: readonly string[];
}

/** aliases.json, a body the annexure does not list, with the listed body (or bodies) it comes under. */
export interface NearestAliases extends Omit<OrganisationAliases, 'organisation' | 'departments'> {
  readonly label: BiText;
  readonly nearest: readonly string[];
}

/** The whole aliases.json. */
export interface AliasFile {
  readonly organisations: readonly OrganisationAliases[];
  readonly ministries?: readonly MinistryAliases[];
  readonly nearest?: readonly NearestAliases[];
  readonly people?: readonly { readonly email: string; readonly names: readonly string[] }[];
}

/** generic-names.json: subjects states' departments share with central ones, and words that name a state. */
export interface GenericNamesFile {
  readonly subjects?: readonly string[];
  readonly stateWords?: { readonly up?: readonly string[]; readonly other?: readonly string[]; readonly any?: readonly string[] };
}

/** Something a query can mean: one row (with its departments), a parent ministry (its departments), or an unlisted body's nearest row. */
export interface Target {
  readonly label: string;
  readonly rows: readonly number[];
  readonly kind: 'ministry' | 'department' | 'other';
  /** Targets of one ministry share a family. */
  family: number;
  /** For a body the annexure does not list: its name (the rows are the nearest listed body's). */
  readonly nearest?: BiText;
  /** For a ministry: its departments the annexure does not list. */
  readonly unlisted?: readonly string[];
}

/** One searchable name of a target, as content tokens. */
export interface Alias {
  readonly target: number;
  readonly tokens: readonly string[];
  readonly key: string;
  readonly abbreviation: boolean;
}

/** Words that name a state, as squashed chunks ("uttar pradesh" → ["uttar", "pradesh"]). */
export interface StateMarker {
  readonly chunks: readonly string[];
  readonly scope: 'up' | 'other-state' | 'state';
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
  /** Squashed abbreviations ("bprd", and spelt in Devanagari: "बीपीआरडी"). */
  readonly abbreviations: ReadonlySet<string>;
  /** Tokens that only abbreviations hold: matched exactly, never fuzzily. */
  readonly exactOnly: ReadonlySet<string>;
  /** Sorted content tokens of subjects that states' departments share ("गृह", "revenue"). */
  readonly genericKeys: ReadonlySet<string>;
  /** Words that name a state, by their first chunk, longest first. */
  readonly stateMarkers: ReadonlyMap<string, readonly StateMarker[]>;
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

/** The key of a name: its sorted content tokens. */
const keyOf = (tokens: readonly string[]): string => [...tokens].sort().join(' ');

/** State words as markers by their first chunk; a word that is part of a listed name ("assam") is left out. */
function stateMarkers(file: GenericNamesFile, vocab: ReadonlyMap<string, unknown>): Map<string, StateMarker[]> {
  const words = file.stateWords ?? {};
  const groups: [readonly string[] | undefined, StateMarker['scope']][] = [[words.up, 'up'], [words.other, 'other-state'], [words.any, 'state']];
  const out: StateMarker[] = [];
  for (const [list, scope] of groups) {
    for (const w of list ?? []) {
      const cs = chunks(foldQuery(w)).map(squash).filter(Boolean);
      if (cs.length && !cs.some((c) => vocab.has(c))) out.push({ chunks: cs, scope });
    }
  }
  const byFirst = new Map<string, StateMarker[]>();
  for (const m of out.sort((a, b) => b.chunks.length - a.chunks.length)) byFirst.set(m.chunks[0], [...(byFirst.get(m.chunks[0]) ?? []), m]);
  return byFirst;
}

/** Builds the organisation index from the rows, aliases.json and (optionally) generic-names.json. */
export function buildAliasIndex(rows: readonly DirectoryRow[], file: AliasFile, genericNames: GenericNamesFile = {}): AliasIndex {
  const problems: string[] = [];
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => rowOf.set(r.organisation, i));
  const resolve = (printed: string, where: string): number[] => {
    const i = rowOf.get(printed);
    if (i === undefined) problems.push(`${where}: "${printed}" names no annexure row`);
    return i === undefined ? [] : [i];
  };
  const abbreviations = new Set<string>();
  const all = [...(file.organisations ?? []), ...(file.ministries ?? []), ...(file.nearest ?? [])];
  const spelt = (ab: string): string[] => [squash(foldQuery(ab)), ...devanagariSpellings(ab).map((d) => squash(foldQuery(d)))];
  for (const a of all) for (const ab of a.abbreviations ?? []) for (const s of spelt(ab)) abbreviations.add(s);

  const targets: Target[] = [];
  const aliases: Alias[] = [];
  const addAliases = (target: number, names: readonly string[], abbrev: readonly string[]): void => {
    for (const n of names) {
      const tokens = [...new Set(contentTokens(n, abbreviations))];
      if (tokens.length) aliases.push({ target, tokens, key: keyOf(tokens), abbreviation: false });
    }
    for (const t of new Set(abbrev.flatMap(spelt))) if (t) aliases.push({ target, tokens: [t], key: t, abbreviation: true });
  };
  const namesOf = (a: Omit<OrganisationAliases, 'organisation'>): string[] => [...(a.names ?? []), ...(a.hindi ?? []), ...(a.romanized ?? [])];
  const aliased = new Set<number>();
  for (const o of file.organisations ?? []) {
    const own = resolve(o.organisation, 'aliases.organisations');
    if (!own.length) continue;
    aliased.add(own[0]);
    const deps = (o.departments ?? []).flatMap((d) => resolve(d, `departments of "${o.organisation}"`));
    const id = targets.push({ label: o.organisation, rows: [...own, ...deps], kind: kindOfPrinted(o.organisation), family: -1 }) - 1;
    addAliases(id, [o.organisation, ...namesOf(o)], o.abbreviations ?? []);
  }
  rows.forEach((r, i) => {
    if (aliased.has(i)) return;
    const id = targets.push({ label: r.organisation, rows: [i], kind: kindOfPrinted(r.organisation), family: -1 }) - 1;
    addAliases(id, [r.organisation], []);
  });
  for (const m of file.ministries ?? []) {
    const deps = (m.departments ?? []).flatMap((d) => resolve(d, `departments of "${m.ministry}"`));
    const unlisted = m.unlistedDepartments?.length ? { unlisted: [...m.unlistedDepartments] } : {};
    const id = targets.push({ label: m.ministry, rows: deps, kind: 'ministry', family: -1, ...unlisted }) - 1;
    addAliases(id, [m.ministry, ...namesOf(m)], m.abbreviations ?? []);
  }
  for (const n of file.nearest ?? []) {
    const near = n.nearest.flatMap((d) => resolve(d, `nearest of "${n.label?.en}"`));
    if (!near.length) continue;
    const id = targets.push({ label: n.label.en, rows: near, kind: 'other', family: -1, nearest: n.label }) - 1;
    addAliases(id, namesOf(n), n.abbreviations ?? []);
  }
  // A family: a ministry with its departments (and the bodies that come under them).
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
  const genericKeys = new Set((genericNames.subjects ?? []).map((s) => keyOf([...new Set(contentTokens(s, abbreviations))])).filter(Boolean));
  return { targets, aliases, vocab, families, exact, abbreviations, exactOnly, genericKeys, stateMarkers: stateMarkers(genericNames, vocab), problems };
}
