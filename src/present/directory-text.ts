import type { DirectoryGroup, DirectoryNote, DirectoryResult, FallbackContact, QueryScope, StateRoute } from '../domain/directory';

/** Translate function for the `directory` namespace. */
export type DirectoryT = (key: string, opts?: Record<string, unknown>) => string;

const k = (key: string): string => `directory:${key}`;

/** Whose address a group's email is (the email owner; for a mixed-up row not the person named on it). */
export function emailOwner(g: DirectoryGroup): string {
  return g.conflict?.emailOwner ?? g.name;
}

/** The warning a mixed-up row carries, naming whose each detail is. */
export function conflictText(g: DirectoryGroup, t: DirectoryT): string {
  const c = g.conflict!;
  const nameOther = c.nameOwner !== c.emailOwner;
  const mobileOther = c.mobileOwner !== c.emailOwner;
  const key = nameOther && mobileOther ? 'conflict_name_mobile' : nameOther ? 'conflict_name' : 'conflict_mobile';
  return t(k(key), {
    organisation: g.organisations[0], email: g.email, name: g.name, mobile: g.mobile,
    emailOwner: c.emailOwner, otherOwner: nameOther ? c.nameOwner : c.mobileOwner,
  });
}

/** The advice to confirm a mixed-up row by phone before writing. */
export function confirmByPhoneText(g: DirectoryGroup, t: DirectoryT): string {
  return t(k('confirm_by_phone'), { mobile: g.mobile, mobileOwner: g.conflict?.mobileOwner ?? g.name, organisation: g.organisations[0] });
}

/** Notes on the other spellings of a group's address, in the reply's language. */
export function emailSpellingTexts(g: DirectoryGroup, lang: 'en' | 'hi', t: DirectoryT): string[] {
  return (g.emailSpellings ?? []).map((s) => t(k('email_spelling'), { spelling: s.spelling, cite: s.cite[lang], email: g.email, mobile: g.mobile }));
}

/** One representative as lines: name, email and mobile; what they are listed for; other spellings; warnings. */
export function groupLines(g: DirectoryGroup, lang: 'en' | 'hi', t: DirectoryT): string[] {
  if (g.conflict) {
    return [
      t(k('conflict_row'), { organisation: g.organisations[0], name: g.name, email: g.email, mobile: g.mobile, emailOwner: g.conflict.emailOwner, nameOwner: g.conflict.nameOwner }),
      `  ${conflictText(g, t)}`,
      `  ${confirmByPhoneText(g, t)}`,
    ];
  }
  return [
    t(k('group'), { name: g.name, email: g.email, mobile: g.mobile }),
    `  ${t(k('listed_for'))} ${g.organisations.join('; ')}`,
    ...(g.otherSpellings.length ? [`  ${t(k('also_published'), { names: g.otherSpellings.join(', ') })}`] : []),
    ...emailSpellingTexts(g, lang, t).map((s) => `  ${s}`),
  ];
}

/** A "did you mean" representative: each of their suggested rows (a mixed-up row with its warning). */
function suggestionLines(g: DirectoryGroup, lang: 'en' | 'hi', t: DirectoryT): string[] {
  if (g.conflict) return groupLines(g, lang, t);
  return g.rows.map((r) => t(k('suggestion_row'), { ...r }));
}

/** The state routes, as lines (Uttar Pradesh's agency; for other states, the sources name none). */
export function stateRouteLines(routes: readonly StateRoute[], lang: 'en' | 'hi', t: DirectoryT, otherStates = true): string[] {
  return [
    t(k('state_route_heading')),
    ...routes.map((r) => t(k(`route_${r.state}`), { name: r.name[lang], emails: r.emails.join(', '), cite: r.cite[lang] })),
    ...(otherStates ? [t(k('other_states'))] : []),
  ];
}

/** The scope the query's words gave, when a note is about states. */
export function stateScope(result: DirectoryResult): QueryScope | undefined {
  const n = result.notes.find((x) => x.code === 'central-only' || x.code === 'state-department');
  return n && 'scope' in n ? n.scope : undefined;
}

/** The lines for state staff: their state's route, or (for a state the sources say nothing of) where to ask. */
export function stateLines(result: DirectoryResult, lang: 'en' | 'hi', t: DirectoryT): string[] {
  const scope = stateScope(result);
  if (result.stateRoutes?.length) return stateRouteLines(result.stateRoutes, lang, t, scope !== 'up');
  return scope === 'other-state' ? [t(k('other_states'))] : [];
}

/** The guidelines' other contacts, in their order of contact, as lines. */
export function renderFallbacks(fallbacks: readonly FallbackContact[], t: DirectoryT): string[] {
  const key = { 'igot-queries': 'fallback_igot', 'nodal-list': 'fallback_nodal', 'mission-email': 'fallback_mission' } as const;
  const order = ['nodal-list', 'igot-queries', 'mission-email'];
  const sorted = [...fallbacks].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const lines = sorted.map((f) => t(k(key[f.id]), { ...f }));
  const nodal = sorted.findIndex((f) => f.id === 'nodal-list');
  lines.splice(nodal + 1, 0, t(k('fallback_desk')));
  return [t(k('fallback_heading')), ...lines];
}

/** A note said before the rows (caveats) or after them (what is left out), as one line. */
export function noteText(n: DirectoryNote, query: string, lang: 'en' | 'hi', t: DirectoryT): string {
  switch (n.code) {
    case 'central-only':
      return t(k('central_only'), { query });
    case 'state-department':
      return t(k(n.scope ? 'state_department' : 'state_or_unlisted'), { query });
    case 'nearest':
      return t(k('nearest'), { asked: n.asked[lang], listed: n.listed.join('; ') });
    case 'unlisted-departments':
    default:
      return t(k('unlisted_departments'), { ministry: n.ministry, listed: n.listed.join('; '), unlisted: n.unlisted.join('; ') });
  }
}

/** The groups a result shows as contacts: its matches' or, for a body not listed by name, the nearest listed body's. */
export function shownGroups(result: DirectoryResult): readonly DirectoryGroup[] {
  if (result.groups.length) return result.groups;
  return result.notes.some((n) => n.code === 'nearest') ? result.suggestionGroups : [];
}

/** True when a note already says why nothing is listed (a state's department, a body not listed by name). */
export function saysWhyNotListed(result: DirectoryResult): boolean {
  return result.notes.some((n) => n.code === 'nearest' || (n.code === 'state-department' && n.scope !== null));
}

/** True when the result's suggestions are only a "did you mean" (not the nearest body of a note). */
export function plainSuggestions(result: DirectoryResult): boolean {
  return result.suggestions.length > 0 && !result.notes.some((n) => n.code === 'nearest');
}

/**
 * Renders a directory result as plain text in one language: one block per representative
 * (rows exactly as published), caveats before the rows, mixed-up rows said plainly, what is
 * not listed with the next contacts, suggestions marked as such. `t` must already speak `lang`.
 */
export function renderDirectoryText(
  result: DirectoryResult, lang: 'en' | 'hi', t: DirectoryT, fallbacks: readonly FallbackContact[] = [],
): string {
  const query = result.query.trim();
  const lines: string[] = [];
  const before = result.notes.filter((n) => n.code !== 'unlisted-departments');
  const after = result.notes.filter((n) => n.code === 'unlisted-departments');
  const listed = result.matches.length > 0;
  if (!listed && !saysWhyNotListed(result)) lines.push(t(k('not_listed'), { query }));
  lines.push(...before.map((n) => noteText(n, query, lang, t)));
  const groups = shownGroups(result);
  if (groups.length) {
    if (lines.length) lines.push('');
    lines.push(t(k(listed ? 'heading_org' : 'heading_nearest')), ...groups.flatMap((g) => groupLines(g, lang, t)));
  }
  if (after.length) lines.push('', ...after.map((n) => noteText(n, query, lang, t)));
  if (plainSuggestions(result)) lines.push('', t(k('did_you_mean')), ...result.suggestionGroups.flatMap((g) => suggestionLines(g, lang, t)));
  const forStates = stateLines(result, lang, t);
  if (forStates.length) lines.push('', ...forStates);
  const fb = result.fallbacks ?? (listed ? [] : fallbacks);
  if (fb.length) lines.push('', ...renderFallbacks(fb, t));
  lines.push('', t(k('source')));
  return lines.join('\n');
}
