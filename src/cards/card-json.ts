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

/** A card built once (with {@link QUERY_SLOT} for the question), frozen, with its JSON split around the slots. */
export interface CardTemplate<T extends object> {
  readonly card: T;
  /** The buttons whose data carry the question (the language button, "Talk to a person"), and the JSON between them. */
  readonly slot?: { readonly actions: readonly number[]; readonly parts: readonly string[] };
}

/**
 * Freezes a card built with {@link QUERY_SLOT} as the question (or with no question in it)
 * and keeps its JSON in parts around the question, so each reply's card costs a few small
 * objects and one string, not a build and a serialization. Undefined when the slot is anywhere
 * but in buttons' data (the card must then be built for each question).
 */
export function cardTemplate<T extends object>(card: T): CardTemplate<T> | undefined {
  freezeCard(card);
  const json = serialized.get(card)!;
  const parts = json.split(JSON.stringify(QUERY_SLOT));
  if (parts.length === 1) return { card };
  const actions = ((card as WithActions).actions ?? []).flatMap((a, i) => (a.data?.query === QUERY_SLOT ? [i] : []));
  if (actions.length !== parts.length - 1) return undefined;
  return { card, slot: { actions, parts } };
}

/** The template's card for one question: the template itself, or a frozen copy with the question in its buttons. */
export function fillTemplate<T extends object>(template: CardTemplate<T>, query: string): T {
  const { card, slot } = template;
  if (!slot) return card;
  const actions = [...(card as WithActions).actions!];
  for (const i of slot.actions) actions[i] = Object.freeze({ ...actions[i], data: Object.freeze({ ...actions[i].data, query }) });
  const filled = Object.freeze({ ...card, actions: Object.freeze(actions) }) as T;
  serialized.set(filled, slot.parts.join(JSON.stringify(query)));
  return filled;
}
