import type { Lang, TopicId } from '../domain/types';

/** Longest question carried in a language-toggle button (longer ones re-render the topic only). */
export const MAX_TOGGLE_QUERY = 300;

/** Marker key on every `Action.Submit` payload of Sahayak's cards. */
export const ACTION_KEY = 'sahayak';

/** Show a topic's answer (related topic, "did you mean" choice). */
export interface TopicAction {
  readonly sahayak: 'topic';
  readonly topic: TopicId;
  readonly lang: Lang;
}

/** Re-render the same answer in `lang` and save `lang` as the user's preference. */
export interface LanguageAction {
  readonly sahayak: 'lang';
  readonly lang: Lang;
  readonly topic: TopicId | null;
  /** The original question (short, never pasted rows), to re-ask in the other language. */
  readonly query?: string;
}

/** "Talk to a person": the help-desk contacts and whether the live desk is open now (or, with a desk set, the offer to send the question). */
export interface TalkAction {
  readonly sahayak: 'talk';
  readonly lang: Lang;
  /** The question the card answered (short, never pasted rows): what the desk offer starts with. */
  readonly query?: string;
}

/** 👍 / 👎 on an answer. */
export interface FeedbackAction {
  readonly sahayak: 'feedback';
  readonly topic: TopicId;
  readonly lang: Lang;
  readonly helpful: boolean;
}

/** Any payload a Sahayak card button posts back. */
export type CardAction = TopicAction | LanguageAction | TalkAction | FeedbackAction;

const KINDS = new Set(['topic', 'lang', 'talk', 'feedback']);
const isLang = (v: unknown): v is Lang => v === 'en' || v === 'hi';

/** Reads an incoming `activity.value` as a card action; undefined when it is not one of ours (or malformed). */
export function readCardAction(value: unknown): CardAction | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (!KINDS.has(v[ACTION_KEY] as string) || !isLang(v.lang)) return undefined;
  if ((v.sahayak === 'topic' || v.sahayak === 'feedback') && typeof v.topic !== 'string') return undefined;
  if (v.sahayak === 'feedback' && typeof v.helpful !== 'boolean') return undefined;
  if ((v.sahayak === 'lang' || v.sahayak === 'talk') && v.query !== undefined && typeof v.query !== 'string') return undefined;
  // Our cards carry at most MAX_TOGGLE_QUERY characters of the question: a longer one was not sent by them, and is dropped.
  if (typeof v.query === 'string' && v.query.length > MAX_TOGGLE_QUERY) {
    if (v.sahayak === 'lang') return { sahayak: 'lang', lang: v.lang, topic: typeof v.topic === 'string' ? v.topic : null };
    if (v.sahayak === 'talk') return { sahayak: 'talk', lang: v.lang };
  }
  return v as unknown as CardAction;
}

/** The other language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'hi' ? 'en' : 'hi';
}
