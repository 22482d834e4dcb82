import { loadDirectory, type DirectoryEntry, type DirectoryGroup, type DirectoryResult } from '../../domain/directory';
import { createI18n } from '../../i18n';
import { hasDevanagari } from '../../domain/text/normalize';
import { renderDirectoryText } from '../../present/directory-text';
import { parseArgs, readNonEmptyLines, UsageError } from '../cli-io';
import type { Command } from './index';

const published = (e: DirectoryEntry) => ({ organisation: e.organisation, name: e.name, email: e.email, mobile: e.mobile });

/** A representative in the JSON: the contract's row fields, plus every organisation, other spellings and warnings. */
const group = (g: DirectoryGroup) => ({
  name: g.name,
  email: g.email,
  mobile: g.mobile,
  organisations: g.organisations,
  otherSpellings: g.otherSpellings,
  ...(g.conflict ? { conflict: g.conflict } : {}),
  ...(g.emailSpellings ? { emailSpellings: g.emailSpellings.map((s) => ({ spelling: s.spelling, source: s.source })) } : {}),
});

/**
 * The contract's JSON line for one query (`cli-contract.md`: query, matches, suggestions), with
 * added fields: `groups` (one per representative), `notes` (caveats by code) and, when given, `stateRoutes`.
 */
export function contactsJson(r: DirectoryResult): string {
  return JSON.stringify({
    query: r.query,
    matches: r.matches.map(published),
    suggestions: r.suggestions.map(published),
    groups: r.groups.map(group),
    suggestionGroups: r.suggestionGroups.map(group),
    notes: r.notes,
    ...(r.stateRoutes ? { stateRoutes: r.stateRoutes.map(({ state, emails, source }) => ({ state, emails, source })) } : {}),
  });
}

/** `sahayak contacts [--lang hi|en] [--json] [query…]`: finds KB representatives, one query per line. */
export const runContacts: Command = async (args, io, config) => {
  const { flags, positional } = parseArgs(args, ['json'], ['lang']);
  const lang = flags.get('lang');
  if (lang !== undefined && lang !== 'hi' && lang !== 'en') throw UsageError.of('bad-lang');
  const directory = loadDirectory(config.contentDir);
  const json = flags.has('json');
  const i18n = json ? null : createI18n(config.localesDir);
  const answer = (query: string): void => {
    const r = directory.lookup(query);
    if (json || !i18n) {
      io.stdout.write(`${contactsJson(r)}\n`);
      return;
    }
    const l = (lang as 'en' | 'hi' | undefined) ?? (hasDevanagari(query) ? 'hi' : 'en');
    io.stdout.write(`${renderDirectoryText(r, l, (key, opts) => i18n.t(key, { lng: l, ...(opts ?? {}) }))}\n\n`);
  };
  const query = positional.join(' ');
  if (positional.length && !query.trim()) throw UsageError.of('nothing-given');
  if (positional.length) answer(query);
  else for await (const line of readNonEmptyLines(io.stdin)) answer(line);
  return 0;
};
