import { deepFreeze } from '../domain/shared/deep-freeze';

const serialized = new WeakMap<object, string>();

/**
 * Freezes a card and keeps its JSON: a remembered reply sent again is not serialized
 * again (see {@link cardJson}). The card can no longer change, so its JSON cannot go stale.
 */
export function freezeCard<T extends object>(card: T): T {
  deepFreeze(card);
  serialized.set(card, JSON.stringify(card));
  return card;
}

/** The JSON kept by {@link freezeCard} for this very object, if any. */
export function cardJson(value: object): string | undefined {
  return serialized.get(value);
}

/** Stands in for the user's question while a card is built once for every question that gets it. */
export const QUERY_SLOT = '\u0000sahayak-query\u0000';

type Action = { readonly data?: { readonly query?: unknown } };
type WithActions = { readonly actions?: readonly Action[] };

/** A card built once (with {@link QUERY_SLOT} for the question), frozen, with its JSON split around the slot. */
export interface CardTemplate<T extends object> {
  readonly card: T;
  /** The button whose data carries the question, and the JSON before and after it. */
  readonly slot?: { readonly action: number; readonly before: string; readonly after: string };
}

/**
 * Freezes a card built with {@link QUERY_SLOT} as the question (or with no question in it)
 * and keeps its JSON in two parts, so each reply's card costs a few small objects and one
 * string, not a build and a serialization. Undefined when the slot is anywhere but in a
 * button's data (the card must then be built for each question).
 */
export function cardTemplate<T extends object>(card: T): CardTemplate<T> | undefined {
  freezeCard(card);
  const json = serialized.get(card)!;
  const marker = JSON.stringify(QUERY_SLOT);
  const at = json.indexOf(marker);
  if (at < 0) return { card };
  const action = ((card as WithActions).actions ?? []).findIndex((a) => a.data?.query === QUERY_SLOT);
  if (action < 0 || json.indexOf(marker, at + 1) >= 0) return undefined;
  return { card, slot: { action, before: json.slice(0, at), after: json.slice(at + marker.length) } };
}

/** The template's card for one question: the template itself, or a frozen copy with the question in its button. */
export function fillTemplate<T extends object>(template: CardTemplate<T>, query: string): T {
  const { card, slot } = template;
  if (!slot) return card;
  const actions = [...(card as WithActions).actions!];
  const button = actions[slot.action];
  actions[slot.action] = Object.freeze({ ...button, data: Object.freeze({ ...button.data, query }) });
  const filled = Object.freeze({ ...card, actions: Object.freeze(actions) }) as T;
  serialized.set(filled, `${slot.before}${JSON.stringify(query)}${slot.after}`);
  return filled;
}
