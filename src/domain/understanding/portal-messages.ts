import type { Lang, TopicId } from '../types';
import type { Lexicon } from './lexicon';

/** Where the portal shows a message. */
export type PortalPlace = 'sign-up' | 'log-in' | 'bulk-upload';

/** A message the iGOT portal shows, as `content/portal-messages.json` records it. */
export interface PortalMessage {
  readonly id: string;
  readonly where: PortalPlace;
  /** The message as the portal writes it ("[…]" where it lists values). */
  readonly text: string;
  readonly topic: TopicId;
  /** Ids of `content/sources.json` the message is recorded from. */
  readonly sources: readonly string[];
  /** The bulk-upload checker's code for the same message, if it has one. */
  readonly checkerCode?: string;
  /** How people quote it: every word of one of these must be in the question. */
  readonly match: readonly string[];
  /** For short messages: one of these concepts must also be in the question. */
  readonly context?: readonly string[];
  /** Another topic, when the question also names one of its concepts. */
  readonly topicWhen?: Readonly<Record<TopicId, readonly string[]>>;
  /** What the message means and what to do, per language. */
  readonly en: string;
  readonly hi: string;
}

/** The content file. */
export interface PortalMessageData {
  readonly messages: readonly PortalMessage[];
}

/** The topic a quoted message gives a question: its own, or another one the question's concepts point to. */
export function quotedTopic(message: PortalMessage, features: readonly string[]): TopicId {
  for (const [topic, concepts] of Object.entries(message.topicWhen ?? {})) if (concepts.some((c) => features.includes(c))) return topic;
  return message.topic;
}

/** What a reply says about a quoted message: the message and its meaning in both languages. */
export type QuotedMessage = Pick<PortalMessage, 'id' | 'where' | 'text' | Lang>;

/** A form with fewer words than this, once small words are left out, keeps its small words. */
const MIN_CONTENT_WORDS = 3;
/** A form this long may be quoted in part: four fifths of its words are enough. */
const PARTIAL_FROM = 5;
const PARTIAL_SHARE = 0.8;

/** A word's matching key: plural "s" dropped ("ids" = "id"). */
const key = (token: string) => (token.length > 3 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token);

/**
 * Recognises portal messages quoted in a question, whole or in part, retyped,
 * with typos (the lexicon corrects them first) or in Hindi (their Hindi forms).
 */
export class PortalMessageFinder {
  private readonly forms: { message: PortalMessage; words: readonly string[] }[] = [];
  /** For each word, the forms (by index) that hold it: a question is compared only with forms it shares a word with. */
  private readonly formsWith = new Map<string, number[]>();

  constructor(private readonly lexicon: Lexicon, data: PortalMessageData) {
    for (const message of data.messages) {
      for (const form of message.match) {
        const tokens = lexicon.tokens(form);
        const content = tokens.filter((t) => !lexicon.isStopword(t));
        // Short forms keep their small words ("not found yet"): without them they would match too much.
        const words = [...new Set((content.length >= MIN_CONTENT_WORDS ? content : tokens).map(key))];
        if (words.length < 2) continue;
        for (const w of words) {
          const list = this.formsWith.get(w);
          if (list) list.push(this.forms.length);
          else this.formsWith.set(w, [this.forms.length]);
        }
        this.forms.push({ message, words });
      }
    }
  }

  /** Every word of every form (so spelling correction knows them). */
  static vocabulary(data: PortalMessageData): string[] {
    return data.messages.flatMap((m) => m.match);
  }

  /** The message quoted in a text (its corrected tokens and its features), if any: the longest form found wins. */
  find(tokens: readonly string[], features: readonly string[]): PortalMessage | undefined {
    const found = new Map<number, number>();
    for (const word of new Set(tokens.map(key))) for (const i of this.formsWith.get(word) ?? []) found.set(i, (found.get(i) ?? 0) + 1);
    let best: { message: PortalMessage; size: number } | undefined;
    // In the forms' order, as a scan of every form would see them (the first of equally long wins).
    for (const i of [...found.keys()].sort((a, b) => a - b)) {
      const { message, words } = this.forms[i];
      const count = found.get(i)!;
      const enough = count === words.length || (words.length >= PARTIAL_FROM && count >= words.length * PARTIAL_SHARE);
      if (!enough || (best && best.size >= count)) continue;
      if (message.context && !message.context.some((c) => features.includes(c))) continue;
      best = { message, size: count };
    }
    return best?.message;
  }
}
