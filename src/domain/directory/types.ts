/** Flaw codes a row can carry (see `detectFlaws`). */
export type RowFlawCode = 'name-variant' | 'conflicting-details';

/** One annexure row, exactly as published in seed 003. */
export interface DirectoryRow {
  readonly organisation: string;
  readonly name: string;
  readonly email: string;
  readonly mobile: string;
}

/** A row as returned by a lookup: published fields, plus flaw codes when the row is flawed. */
export interface DirectoryEntry extends DirectoryRow {
  readonly flaws?: readonly RowFlawCode[];
}

/** A flaw of the annexure as published. `rows` are 0-based row indexes into the annexure. */
export interface DirectoryFlaw {
  /** `name-variants`: one email under several names; `conflicting-row`: a row mixing two people's details. */
  readonly code: 'name-variants' | 'conflicting-row';
  readonly rows: readonly number[];
  /** The email the flaw is about (name-variants) or the row's published email (conflicting-row). */
  readonly email: string;
  /** The names published with that email (name-variants) or on the row (conflicting-row). */
  readonly names: readonly string[];
  /** For conflicting-row: the organisation of the row. */
  readonly organisation?: string;
  /** For conflicting-row: whose email the row carries, and whose name / mobile it carries (by email). */
  readonly emailOf?: string;
  readonly nameOf?: string;
  readonly mobileOf?: string;
  /** For conflicting-row: the published names of those people (most used spelling). */
  readonly emailOfName?: string;
  readonly nameOfName?: string;
  readonly mobileOfName?: string;
}

/** A representative: every row sharing one email. */
export interface DirectoryPerson {
  readonly email: string;
  /** The name published most often with this email. */
  readonly name: string;
  /** Every spelling published with this email (including `name`), in order of first use. */
  readonly nameVariants: readonly string[];
  /** Mobiles published with this email, most frequent first. */
  readonly mobiles: readonly string[];
  readonly rows: readonly DirectoryEntry[];
}

/** A fallback contact copied exactly from the seeds. */
export interface FallbackContact {
  readonly id: 'igot-queries' | 'nodal-list' | 'mission-email';
  readonly name?: string;
  readonly mobile?: string;
  readonly email?: string;
  readonly url?: string;
  /** The id (content/sources.json) of the document it is copied from. */
  readonly source: string;
}

/** Text in both languages (content that users see, such as a body's name). */
export interface BiText {
  readonly en: string;
  readonly hi: string;
}

/** Whose details a mixed-up row carries (the published names of those people). */
export interface RowConflict {
  readonly emailOwner: string;
  readonly nameOwner: string;
  readonly mobileOwner: string;
}

/** The same annexure address spelt differently in another document. */
export interface EmailSpelling {
  readonly spelling: string;
  /** Source id (content/sources.json) and its citation. */
  readonly source: string;
  readonly cite: BiText;
}

/**
 * One representative in a result, with every matched row of theirs: one card per person.
 * A row that mixes two people's details (BPR&D) is a group of its own, with `conflict` set.
 */
export interface DirectoryGroup {
  /** The headline name: the spelling most of the person's rows use (for a mixed-up row: the name printed on it). */
  readonly name: string;
  /** The person's other published spellings (most used first). */
  readonly otherSpellings: readonly string[];
  readonly email: string;
  readonly mobile: string;
  /** The matched organisations, in result order (every one: cutting the list is for the screen to say). */
  readonly organisations: readonly string[];
  readonly rows: readonly DirectoryEntry[];
  readonly conflict?: RowConflict;
  /** The address as another source spells it (Pawan Pathak's in the UP letters). */
  readonly emailSpellings?: readonly EmailSpelling[];
}

/** A state's own route to registration help (the sources name only Uttar Pradesh's nodal agency). */
export interface StateRoute {
  readonly state: 'up';
  readonly name: BiText;
  readonly emails: readonly string[];
  readonly source: string;
  readonly cite: BiText;
}

/** Where a query's scope is Government of India or a state, as far as its words say. */
export type QueryScope = 'central' | 'up' | 'other-state' | 'state' | null;

/** Something said about a result besides its rows. */
export type DirectoryNote =
  /** A name states' departments also carry ("गृह विभाग"): the rows are the central department's. */
  | { readonly code: 'central-only'; readonly scope: QueryScope }
  /** The query names a state's department: the annexure lists only central bodies. */
  | { readonly code: 'state-department'; readonly scope: QueryScope }
  /** A body the annexure does not list by name: the listed body it comes under (its rows are the suggestions), to be confirmed. */
  | { readonly code: 'nearest'; readonly asked: BiText; readonly listed: readonly string[] }
  /** A ministry some of whose departments the annexure does not list. */
  | { readonly code: 'unlisted-departments'; readonly ministry: string; readonly listed: readonly string[]; readonly unlisted: readonly string[] };

/** The answer to one directory query. */
export interface DirectoryResult {
  readonly query: string;
  readonly kind: 'organisation' | 'person' | 'none';
  /** Rows the query means, best first; empty when nothing listed is meant. */
  readonly matches: readonly DirectoryEntry[];
  /** "Did you mean" rows (or, with a `nearest` note, the nearest listed body's): never matches. */
  readonly suggestions: readonly DirectoryEntry[];
  /** The suggestions by person, as `groups` (a mixed-up row on its own, with its warning). */
  readonly suggestionGroups: readonly DirectoryGroup[];
  /** The matches by person: one group per representative (a mixed-up row on its own), in match order. */
  readonly groups: readonly DirectoryGroup[];
  /** Flaws touching the matched rows. */
  readonly flaws: readonly DirectoryFlaw[];
  /** Caveats: a name states use too, a state's department, a nearest body, unlisted departments. */
  readonly notes: readonly DirectoryNote[];
  /** For state staff: their state's route (with `central-only` and `state-department` notes). */
  readonly stateRoutes?: readonly StateRoute[];
  /** When nothing (or not all that was asked) is matched: the next contacts in the guidelines' order of contact. */
  readonly fallbacks?: readonly FallbackContact[];
}

/** The loaded directory. */
export interface Directory {
  lookup(query: string): DirectoryResult;
  /** The organisation or person a chat question names (null when it names none); `suggestions: false` skips the slower "did you mean" search. */
  findInText(text: string, options?: { readonly suggestions?: boolean }): DirectoryResult | null;
  fallbackContacts(): readonly FallbackContact[];
  people(): readonly DirectoryPerson[];
  /** All rows, in published order. */
  rows(): readonly DirectoryEntry[];
  /** Every flaw found in the annexure. */
  flaws(): readonly DirectoryFlaw[];
}
