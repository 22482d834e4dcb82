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
