/** The two languages the assistant speaks. */
export type Lang = 'en' | 'hi';

export const LANGS: readonly Lang[] = Object.freeze(['en', 'hi']);

/** A topic id from `topics.md` (a fixed contract). */
export type TopicId = string;

/** A link inside an answer: its URL is copied exactly from a source. */
export interface AnswerLink {
  readonly label: string;
  readonly url: string;
}

/** A person or desk to contact, copied exactly from a source. */
export interface AnswerContact {
  readonly name: string;
  readonly role?: string;
  readonly email?: string;
  readonly mobile?: string;
  readonly url?: string;
}

/** One answer in one language. */
export interface AnswerText {
  readonly title: string;
  /** The opening: what the person must do, in at most about 50 words (shown first; the rest is behind "Show steps" / "More"). */
  readonly body: string;
  /** Explanations after the opening (why, which source says what), shown under "More" and in full in text replies. */
  readonly details?: readonly string[];
  readonly steps: readonly string[];
  readonly links: readonly AnswerLink[];
  readonly contacts: readonly AnswerContact[];
  /** Where sources disagree, or what they do not say. */
  readonly note?: string;
}

/** A document answers are written from, as `content/sources.json` records it. */
export interface SourceDocument {
  readonly id: string;
  readonly issuer: string;
  /** ISO date (or month / range) of the document; empty when the document carries none. */
  readonly date: string;
  /** How a user sees it cited, per language. */
  readonly cite: Readonly<Record<Lang, string>>;
}

/** A topic's answer in both languages, with its citations. */
export interface TopicAnswer {
  readonly id: TopicId;
  /** Ids of the documents in `content/sources.json` the answer is written from. */
  readonly sources: readonly string[];
  /** How each source is cited to a user (issuer, title, date), per language; filled in when answers load. */
  readonly citations: Readonly<Record<Lang, readonly string[]>>;
  /** Follow-up topics to suggest. */
  readonly related: readonly TopicId[];
  readonly en: AnswerText;
  readonly hi: AnswerText;
}

/** What is known of the user asking. */
export interface UserContext {
  /** The language the user chose earlier, if any. */
  readonly savedLang?: Lang;
  /** The Teams / client locale, e.g. `hi-IN`. */
  readonly locale?: string;
  /** Where `--lang` or a button forces the language. */
  readonly forcedLang?: Lang;
}
