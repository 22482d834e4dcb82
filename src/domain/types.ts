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
  readonly body: string;
  readonly steps: readonly string[];
  readonly links: readonly AnswerLink[];
  readonly contacts: readonly AnswerContact[];
  /** Where sources disagree, or what they do not say. */
  readonly note?: string;
}

/** A topic's answer in both languages, with its citations. */
export interface TopicAnswer {
  readonly id: TopicId;
  /** Seed file names or "iGOT support FAQ". */
  readonly sources: readonly string[];
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
