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

/** The answer to one directory query. */
export interface DirectoryResult {
  readonly query: string;
  readonly kind: 'organisation' | 'person' | 'none';
  /** Rows the query means, best first; empty when nothing listed is meant. */
  readonly matches: readonly DirectoryEntry[];
  /** "Did you mean" rows: never matches, only close to what was typed. */
  readonly suggestions: readonly DirectoryEntry[];
  /** Flaws touching the matched rows. */
  readonly flaws: readonly DirectoryFlaw[];
  /** When nothing is matched: the fallback contacts of seed 003 to offer instead. */
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
