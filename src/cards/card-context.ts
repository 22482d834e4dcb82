import type { Lang, TopicId } from '../domain/types';
import type { CardT } from './card-kit';

/** What every card builder needs besides the data: all injected, so builders stay pure. */
export interface CardContext {
  /** Translate function fixed to the card's language (all namespaces, e.g. `cards:…`). */
  readonly t: CardT;
  readonly lang: Lang;
  /** A topic's title in the card's language (for related-topic and "did you mean" buttons). */
  readonly titles: (topic: TopicId) => string;
  /** The plain-text version of the same reply (the `TextRenderer` output): the card's fallback. */
  readonly fallbackText: string;
  /**
   * True (default) for cards in a chat with the bot: buttons post back (`Action.Submit`).
   * False for cards inserted by the messaging extension into other chats: links only.
   */
  readonly interactive?: boolean;
}

/** The locale of the message carrying a card. */
export function messageLocale(lang: Lang): string {
  return lang === 'hi' ? 'hi-IN' : 'en-IN';
}
