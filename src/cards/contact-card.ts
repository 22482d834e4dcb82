import type { DirectoryGroup, DirectoryResult, FallbackContact, StateRoute } from '../domain/directory';
import {
  confirmByPhoneText, conflictText, emailOwner, emailSpellingTexts, noteText, plainSuggestions, saysWhyNotListed, shownGroups, stateScope,
} from '../present/directory-text';
import {
  actionSet, adaptiveCard, AdaptiveCard, bullets, CardElement, container, factSet, heading, mailtoLink, openUrl, teamsChatLink, text, toggle,
} from './card-kit';
import type { CardContext } from './card-context';

/** Most representatives shown on one card (the text version has them all). */
export const MAX_CARD_GROUPS = 6;
/** Organisations listed under a representative before "…and N more" (the rest behind "Show all"). */
export const MAX_CARD_ORGS = 8;

/** True when a reply fact is a directory look-up result. */
export function isDirectoryResult(value: unknown): value is DirectoryResult {
  const v = value as DirectoryResult | undefined;
  return !!v && typeof v === 'object' && Array.isArray(v.matches) && Array.isArray(v.suggestions) && typeof v.kind === 'string';
}

const d = (key: string): string => `directory:${key}`;

/** The organisations a person is listed for: all of them, the first few shown and the rest behind "Show all". */
function organisationBlocks(g: DirectoryGroup, id: string, ctx: CardContext): CardElement[] {
  const shown = g.organisations.slice(0, MAX_CARD_ORGS);
  const rest = g.organisations.slice(MAX_CARD_ORGS);
  const out: CardElement[] = [text(ctx.t(d('listed_for')), { weight: 'Bolder', size: 'Small', spacing: 'Small' }), bullets(shown)];
  if (!rest.length) return out;
  const more = { ...text(ctx.t(d('more_orgs'), { count: rest.length }), { isSubtle: true, spacing: 'None' }), id: `${id}-more` };
  return [...out, container([bullets(rest)], { id: `${id}-rest`, isVisible: false }), more, actionSet([toggle(ctx.t(d('show_all'), { count: g.organisations.length }), [`${id}-rest`, `${id}-more`])])];
}

/**
 * One representative: name (other published spellings under it), email and mobile as text, what
 * they are listed for, and Email / Chat buttons that say whose address they use. A mixed-up row
 * says whose each detail is and advises confirming by phone first.
 */
export function groupBlock(g: DirectoryGroup, id: string, ctx: CardContext, options: { suggestion?: boolean } = {}): CardElement {
  const owner = emailOwner(g);
  const email = g.conflict ? ctx.t(d('address_of'), { email: g.email, owner, other: g.conflict.nameOwner }) : g.email;
  const facts = factSet([
    ...(g.conflict ? [{ title: ctx.t(d('organisation_label')), value: g.organisations[0] }, { title: ctx.t('cards:contact.name'), value: g.name }] : []),
    { title: ctx.t('cards:contact.email'), value: email },
    { title: ctx.t('cards:contact.mobile'), value: g.mobile },
  ]);
  const warning = (value: string): CardElement => text(value, { color: 'Warning', size: 'Small' });
  const items: CardElement[] = [
    text(g.conflict ? `⚠ ${g.organisations[0]}: ${g.name}` : g.name, { weight: 'Bolder' }),
    ...(g.otherSpellings.length ? [text(ctx.t(d('also_published'), { names: g.otherSpellings.join(', ') }), { size: 'Small', isSubtle: true, spacing: 'None' })] : []),
    facts,
    ...(g.conflict ? [warning(conflictText(g, ctx.t)), warning(confirmByPhoneText(g, ctx.t))] : organisationBlocks(g, id, ctx)),
    ...emailSpellingTexts(g, ctx.lang, ctx.t).map(warning),
    actionSet([openUrl(ctx.t(d('button_email'), { name: owner }), mailtoLink(g.email)), openUrl(ctx.t(d('button_chat'), { name: owner }), teamsChatLink(g.email))]),
  ];
  return container(items, { separator: true, ...(options.suggestion ? { style: 'emphasis' as const } : {}) });
}

function groupBlocks(groups: readonly DirectoryGroup[], prefix: string, ctx: CardContext, options: { suggestion?: boolean } = {}): CardElement[] {
  const shown = groups.slice(0, MAX_CARD_GROUPS).map((g, i) => groupBlock(g, `${prefix}${i}`, ctx, options));
  const more = groups.length - shown.length;
  return [...shown, ...(more > 0 ? [text(ctx.t(d('more_people'), { count: more }), { isSubtle: true })] : [])];
}

function fallbackBlock(f: FallbackContact, ctx: CardContext): CardElement {
  const key = { 'igot-queries': 'fallback_igot', 'nodal-list': 'fallback_nodal', 'mission-email': 'fallback_mission' }[f.id];
  const buttons = f.email
    ? [actionSet([openUrl(ctx.t('cards:button.email'), mailtoLink(f.email)), openUrl(ctx.t('cards:button.chat'), teamsChatLink(f.email))])]
    : f.url ? [actionSet([openUrl(ctx.t('cards:button.open'), f.url)])] : [];
  return container([text(ctx.t(d(key), { ...f })), ...buttons]);
}

/** The guidelines' other contacts in their order of contact: nodal persons, the Teams desk, iGOT queries, Karmayogi Bharat. */
function fallbackBlocks(fallbacks: readonly FallbackContact[], ctx: CardContext): CardElement[] {
  const order = ['nodal-list', 'igot-queries', 'mission-email'];
  const sorted = [...fallbacks].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const blocks = sorted.map((f) => fallbackBlock(f, ctx));
  blocks.splice(sorted.findIndex((f) => f.id === 'nodal-list') + 1, 0, text(ctx.t(d('fallback_desk'))));
  return [text(ctx.t(d('fallback_heading')), { weight: 'Bolder', spacing: 'Medium' }), ...blocks];
}

/** For state staff: their state's agency with email buttons, and where others ask. */
function stateBlocks(result: DirectoryResult, ctx: CardContext): CardElement[] {
  const routes: readonly StateRoute[] = result.stateRoutes ?? [];
  const scope = stateScope(result);
  if (!routes.length && scope !== 'other-state') return [];
  const route = (r: StateRoute): CardElement => container([
    text(ctx.t(d(`route_${r.state}`), { name: r.name[ctx.lang], emails: r.emails.join(', '), cite: r.cite[ctx.lang] })),
    actionSet(r.emails.map((e) => openUrl(e, mailtoLink(e)))),
  ]);
  const other = routes.length && scope === 'up' ? [] : [text(ctx.t(d('other_states')))];
  return [text(ctx.t(d('state_route_heading')), { weight: 'Bolder', spacing: 'Medium' }), ...routes.map(route), ...other];
}

/** The body elements for a directory result (used inside answer cards and on its own). */
export function directorySection(result: DirectoryResult, ctx: CardContext): CardElement[] {
  const query = result.query.trim();
  const listed = result.matches.length > 0;
  const out: CardElement[] = [];
  if (!listed && !saysWhyNotListed(result)) out.push(text(ctx.t(d('not_listed'), { query }), { weight: 'Bolder' }));
  for (const n of result.notes.filter((x) => x.code !== 'unlisted-departments')) {
    out.push(text(noteText(n, query, ctx.lang, ctx.t), { weight: 'Bolder', color: n.code === 'state-department' ? 'Default' : 'Warning' }));
  }
  const groups = shownGroups(result);
  if (groups.length) out.push(text(ctx.t(d(listed ? 'heading_org' : 'heading_nearest')), { weight: 'Bolder', spacing: 'Medium' }), ...groupBlocks(groups, 'g', ctx));
  for (const n of result.notes.filter((x) => x.code === 'unlisted-departments')) {
    out.push(text(noteText(n, query, ctx.lang, ctx.t), { weight: 'Bolder', color: 'Warning', spacing: 'Medium' }));
  }
  if (plainSuggestions(result)) {
    out.push(text(ctx.t(d('did_you_mean')), { isSubtle: true, spacing: 'Medium' }), ...groupBlocks(result.suggestionGroups.slice(0, 3), 's', ctx, { suggestion: true }));
  }
  out.push(...stateBlocks(result, ctx));
  if (result.fallbacks?.length) out.push(...fallbackBlocks(result.fallbacks, ctx));
  return out;
}

/** The directory source line. */
export function directorySource(ctx: CardContext): CardElement {
  return text(ctx.t(d('source')), { size: 'Small', isSubtle: true, separator: true });
}

/** A card for a whole directory result (the messaging extension, or a look-up reply). */
export function buildContactCard(result: DirectoryResult, ctx: CardContext, actions: readonly CardElement[] = []): AdaptiveCard {
  const body = [heading(ctx.t('cards:contact.title')), ...directorySection(result, ctx), directorySource(ctx)];
  return adaptiveCard(body, actions, ctx.fallbackText);
}

/**
 * A card for one representative of a result (one pick in the messaging extension), with the
 * result's caveats (a name states share, a body not listed by name) above the contact.
 */
export function buildGroupCard(result: DirectoryResult, group: DirectoryGroup, ctx: CardContext): AdaptiveCard {
  const query = result.query.trim();
  const caveats = result.notes
    .filter((n) => n.code === 'central-only' || n.code === 'nearest')
    .map((n) => text(noteText(n, query, ctx.lang, ctx.t), { weight: 'Bolder', color: 'Warning' }));
  const body = [heading(ctx.t('cards:contact.title')), ...caveats, groupBlock(group, 'g0', ctx), ...stateBlocks(result, ctx), directorySource(ctx)];
  return adaptiveCard(body, [], ctx.fallbackText);
}
