import type { DirectoryEntry, DirectoryResult, FallbackContact } from '../domain/directory';
import { actionSet, adaptiveCard, AdaptiveCard, CardElement, container, factSet, heading, mailtoLink, openUrl, teamsChatLink, text } from './card-kit';
import type { CardContext } from './card-context';

/** Most directory rows shown on one card (the text fallback has them all). */
export const MAX_CARD_ROWS = 6;

/** True when a reply fact is a directory look-up result. */
export function isDirectoryResult(value: unknown): value is DirectoryResult {
  const v = value as DirectoryResult | undefined;
  return !!v && typeof v === 'object' && Array.isArray(v.matches) && Array.isArray(v.suggestions) && typeof v.kind === 'string';
}

function personFacts(e: Pick<DirectoryEntry, 'name' | 'email' | 'mobile'>, ctx: CardContext): CardElement {
  return factSet([
    { title: ctx.t('cards:contact.name'), value: e.name },
    { title: ctx.t('cards:contact.email'), value: e.email },
    { title: ctx.t('cards:contact.mobile'), value: e.mobile },
  ]);
}

function personButtons(email: string, ctx: CardContext): CardElement {
  return actionSet([openUrl(ctx.t('cards:button.email'), mailtoLink(email)), openUrl(ctx.t('cards:button.chat'), teamsChatLink(email))]);
}

/** One published row: organisation, name, email and mobile as text, mailto and "Chat in Teams". */
export function entryBlock(e: DirectoryEntry, ctx: CardContext, options: { suggestion?: boolean } = {}): CardElement {
  const warn = e.flaws?.includes('conflicting-details') ? text(ctx.t('cards:contact.conflict'), { color: 'Warning', size: 'Small' }) : undefined;
  const items = [text(e.organisation, { weight: 'Bolder' }), personFacts(e, ctx), warn, personButtons(e.email, ctx)];
  return container(items.filter(Boolean) as CardElement[], { separator: true, ...(options.suggestion ? { style: 'emphasis' as const } : {}) });
}

function fallbackBlock(f: FallbackContact, ctx: CardContext): CardElement {
  const key = { 'igot-queries': 'fallback_igot', 'nodal-list': 'fallback_nodal', 'mission-email': 'fallback_mission' }[f.id];
  const buttons = f.email ? [personButtons(f.email, ctx)] : f.url ? [actionSet([openUrl(ctx.t('cards:button.open'), f.url)])] : [];
  return container([text(ctx.t(`directory:${key}`, { ...f })), ...buttons]);
}

function personSection(result: DirectoryResult, ctx: CardContext): CardElement[] {
  const clean = result.matches.filter((m) => !m.flaws?.includes('conflicting-details'));
  const first = (clean.length ? clean : result.matches)[0];
  const orgs = result.matches.slice(0, MAX_CARD_ROWS * 2).map((m) => `- ${m.organisation}`);
  return [
    text(ctx.t('cards:contact.personHeading'), { weight: 'Bolder' }),
    container([text(first.name, { weight: 'Bolder' }), personFacts(first, ctx), personButtons(first.email, ctx)], { separator: true }),
    text(ctx.t('cards:contact.organisations'), { weight: 'Bolder', spacing: 'Medium' }),
    text(orgs.join('\r'), { spacing: 'Small' }),
  ];
}

function notListedSection(result: DirectoryResult, ctx: CardContext): CardElement[] {
  const out: CardElement[] = [text(ctx.t('directory:not_listed', { query: result.query.trim() }), { weight: 'Bolder' })];
  if (result.suggestions.length) {
    out.push(text(ctx.t('directory:did_you_mean'), { isSubtle: true, spacing: 'Medium' }));
    out.push(...result.suggestions.slice(0, 3).map((s) => entryBlock(s, ctx, { suggestion: true })));
  }
  const fallbacks = result.fallbacks ?? [];
  if (fallbacks.length) out.push(text(ctx.t('directory:fallback_heading'), { weight: 'Bolder', spacing: 'Medium' }), ...fallbacks.map((f) => fallbackBlock(f, ctx)));
  return out;
}

/** The body elements for a directory result (used inside answer cards and on its own). */
export function directorySection(result: DirectoryResult, ctx: CardContext): CardElement[] {
  const notes = result.flaws
    .filter((f) => f.code === 'name-variants')
    .map((f) => text(ctx.t('directory:name_variants', { names: f.names.join(' / '), email: f.email }), { size: 'Small', isSubtle: true }));
  if (!result.matches.length) return notListedSection(result, ctx);
  if (result.kind === 'person') return [...personSection(result, ctx), ...notes];
  const shown = result.matches.slice(0, MAX_CARD_ROWS).map((m) => entryBlock(m, ctx));
  const more = result.matches.length - shown.length;
  return [
    text(ctx.t('directory:heading_org'), { weight: 'Bolder' }),
    ...shown,
    ...(more > 0 ? [text(ctx.t('cards:contact.more', { count: more }), { isSubtle: true })] : []),
    ...notes,
  ];
}

/** The directory source line. */
export function directorySource(ctx: CardContext): CardElement {
  return text(ctx.t('directory:source'), { size: 'Small', isSubtle: true, separator: true });
}

/** A card for a whole directory result (the messaging extension, or a look-up reply). */
export function buildContactCard(result: DirectoryResult, ctx: CardContext, actions: readonly CardElement[] = []): AdaptiveCard {
  const body = [heading(ctx.t('cards:contact.title')), ...directorySection(result, ctx), directorySource(ctx)];
  return adaptiveCard(body, actions, ctx.fallbackText);
}

/** A card for one published row (one pick in the messaging extension). */
export function buildEntryCard(entry: DirectoryEntry, ctx: CardContext): AdaptiveCard {
  const body = [heading(ctx.t('cards:contact.title')), entryBlock(entry, ctx), directorySource(ctx)];
  return adaptiveCard(body, [], ctx.fallbackText);
}
