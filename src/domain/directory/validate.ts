import { analyseRows } from './flaws';
import { buildAliasIndex, type AliasFile, type GenericNamesFile } from './alias-index';
import { devanagariSpellings } from './letter-names';
import { foldQuery, squash } from './query-text';
import type { AnnexureFile, OtherSourcesFile } from './load';
import type { DirectoryFlaw } from './types';

/** A structural problem in the directory content: the content check fails on any of these. */
export interface ContentProblem {
  readonly code:
    | 'missing-field' | 'bad-email' | 'bad-mobile' | 'duplicate-row' | 'alias-no-row' | 'duplicate-alias' | 'missing-fallback' | 'undocumented-flaw'
    | 'unknown-source';
  readonly message: string;
}

/** What the content check found: failing problems, the annexure's flaws, and stale notes. */
export interface ContentReport {
  readonly problems: readonly ContentProblem[];
  readonly flaws: readonly (DirectoryFlaw & { readonly documented: boolean })[];
  readonly warnings: readonly string[];
}

const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const MOBILE = /^[6-9]\d{9}$/;
const FIELDS = ['organisation', 'name', 'email', 'mobile'] as const;

/** The optional directory files, and the source ids `content/sources.json` knows. */
export interface OptionalDirectoryContent {
  readonly genericNames?: GenericNamesFile;
  readonly otherSources?: OtherSourcesFile;
  readonly sourceIds?: ReadonlySet<string>;
}

/** Checks annexure.json, aliases.json and the optional files; never throws on bad content. */
export function validateDirectoryContent(annexure: Partial<AnnexureFile>, aliases: Partial<AliasFile>, more: OptionalDirectoryContent = {}): ContentReport {
  const problems: ContentProblem[] = [];
  const rows = Array.isArray(annexure.rows) ? annexure.rows : [];
  if (!rows.length) problems.push({ code: 'missing-field', message: 'annexure.json has no rows' });
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const at = `row ${i + 1}`;
    for (const f of FIELDS) {
      const v = (r as unknown as Record<string, unknown>)?.[f];
      if (typeof v !== 'string' || !v.trim()) problems.push({ code: 'missing-field', message: `${at}: ${f} missing` });
    }
    if (typeof r?.email === 'string' && r.email && !EMAIL.test(r.email)) problems.push({ code: 'bad-email', message: `${at} (${r.organisation}): malformed email` });
    if (typeof r?.mobile === 'string' && r.mobile && !MOBILE.test(r.mobile)) problems.push({ code: 'bad-mobile', message: `${at} (${r.organisation}): malformed mobile` });
    const prev = seen.get(r?.organisation);
    if (prev !== undefined) problems.push({ code: 'duplicate-row', message: `${at}: "${r.organisation}" repeats row ${prev + 1}` });
    else seen.set(r?.organisation, i);
  });
  const valid = rows.filter((r) => FIELDS.every((f) => typeof r?.[f] === 'string'));
  const file: AliasFile = {
    organisations: Array.isArray(aliases.organisations) ? aliases.organisations : [], ministries: aliases.ministries ?? [], nearest: aliases.nearest ?? [], people: aliases.people ?? [],
  };
  const index = buildAliasIndex(valid, file, more.genericNames);
  for (const p of index.problems) problems.push({ code: 'alias-no-row', message: p });
  const owners = new Map<string, string>();
  const claim = (alias: string, owner: string): void => {
    const prev = owners.get(alias);
    if (prev !== undefined && prev !== owner) problems.push({ code: 'duplicate-alias', message: `alias "${alias}" names both "${prev}" and "${owner}"` });
    else owners.set(alias, owner);
  };
  const owned = [
    ...file.organisations.map((o) => ({ owner: o.organisation, o })),
    ...(file.ministries ?? []).map((o) => ({ owner: o.ministry, o })),
    ...(file.nearest ?? []).map((o) => ({ owner: o.label?.en ?? '?', o })),
  ];
  for (const { owner, o } of owned) {
    for (const n of [...(o.names ?? []), ...(o.hindi ?? []), ...(o.romanized ?? [])]) claim(foldQuery(n).replace(/\s+/g, ' ').trim(), owner);
    for (const a of o.abbreviations ?? []) for (const s of [a, ...devanagariSpellings(a)]) claim(`abbr:${squash(foldQuery(s))}`, owner);
  }
  const emails = new Set(valid.map((r) => r.email));
  for (const p of file.people ?? []) if (!emails.has(p.email)) problems.push({ code: 'alias-no-row', message: `people alias: ${p.email} is on no row` });
  for (const s of more.otherSources?.emailSpellings ?? []) {
    if (!emails.has(s.email)) problems.push({ code: 'alias-no-row', message: `other-sources: ${s.email} is on no row` });
  }
  const cited = [...(more.otherSources?.stateRoutes ?? []), ...(more.otherSources?.emailSpellings ?? [])];
  for (const c of cited) {
    if (more.sourceIds && !more.sourceIds.has(c.source)) problems.push({ code: 'unknown-source', message: `other-sources: source "${c.source}" is not in sources.json` });
  }
  const ids = new Set((annexure.fallbackContacts ?? []).map((f) => f.id));
  for (const id of ['igot-queries', 'nodal-list', 'mission-email']) if (!ids.has(id as never)) problems.push({ code: 'missing-fallback', message: `fallback contact "${id}" missing` });

  const documented = annexure.documentedFlaws ?? [];
  const isDocumented = (f: DirectoryFlaw): boolean =>
    documented.some((d) => d.code === f.code && (f.code === 'name-variants' ? d.email === f.email : d.organisation === f.organisation));
  const flaws = analyseRows(valid).flaws.map((f) => ({ ...f, documented: isDocumented(f) }));
  for (const f of flaws) if (!f.documented) problems.push({ code: 'undocumented-flaw', message: `undocumented ${f.code} on rows ${f.rows.map((r) => r + 1).join(', ')}` });
  const warnings = documented
    .filter((d) => !flaws.some((f) => f.code === d.code && (d.code === 'name-variants' ? f.email === d.email : f.organisation === d.organisation)))
    .map((d) => `documented flaw no longer present: ${d.description}`);
  return { problems, flaws, warnings };
}
