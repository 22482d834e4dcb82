import type { Lang } from '../domain/types';

/** The desk's universal-action verbs: staff on the request card, the user on their own cards. */
export const DESK_VERB = Object.freeze({
  assign: 'desk.assign',
  release: 'desk.release',
  answer: 'desk.answer',
  close: 'desk.close',
  learn: 'desk.learn',
  refresh: 'desk.refresh',
  send: 'desk.send',
  cancel: 'desk.cancel',
  contacts: 'desk.contacts',
  reopen: 'desk.reopen',
  solved: 'desk.solved',
});

export type DeskVerb = (typeof DESK_VERB)[keyof typeof DESK_VERB];

const VERBS: ReadonlySet<string> = new Set(Object.values(DESK_VERB));
/** Verbs pressed by staff on a request card in the desk channel. */
export const STAFF_VERBS: ReadonlySet<DeskVerb> = new Set([DESK_VERB.assign, DESK_VERB.release, DESK_VERB.answer, DESK_VERB.close, DESK_VERB.learn, DESK_VERB.refresh]);

/** Ids of the inputs on desk cards (their values arrive merged into the action's data). */
export const DESK_INPUT = Object.freeze({ question: 'deskQuestion', answer: 'deskAnswer', topic: 'deskTopic' });

/** A press of a desk button, read from the invoke: every field checked, nothing trusted beyond its shape. */
export interface DeskInvoke {
  readonly verb: DeskVerb;
  /** The request number on the card (checked against the store and the actor by the handler). */
  readonly n?: number;
  readonly lang?: Lang;
  /** The confirmation card's one-time token (a second press of the same card gets the same request). */
  readonly token?: string;
  /** Typed into the card (still raw: the domain checks and bounds it). */
  readonly question?: string;
  readonly answer?: string;
  readonly topic?: string;
  /** `automatic` for a refresh Teams asks for by itself. */
  readonly automatic: boolean;
}

/** Longest raw text accepted from a card input before any other work (the domain then applies its own limits). */
const MAX_RAW = 8000;
const TOKEN = /^[A-Za-z0-9_-]{8,64}$/;
const TOPIC = /^[a-z0-9-]{1,64}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A typed value as a string; one longer than {@link MAX_RAW} is cut just past it (still "too long" to the domain, which then says so). */
const text = (v: unknown): string | undefined => (typeof v !== 'string' ? undefined : v.length <= MAX_RAW ? v : v.slice(0, MAX_RAW + 1));

/**
 * Reads the `adaptiveCard/action` invoke value; undefined unless it is an `Action.Execute` with a
 * desk verb. Unknown fields are dropped; a field of the wrong shape is left out (or, for the
 * request number, the whole press is refused).
 */
export function readDeskInvoke(value: unknown): DeskInvoke | undefined {
  if (!isObject(value) || !isObject(value.action)) return undefined;
  const action = value.action;
  if (action.type !== 'Action.Execute' || typeof action.verb !== 'string' || !VERBS.has(action.verb)) return undefined;
  const data = isObject(action.data) ? action.data : {};
  const n = data.n;
  if (n !== undefined && !(Number.isInteger(n) && (n as number) > 0 && (n as number) < 1e9)) return undefined;
  const verb = action.verb as DeskVerb;
  const needsNumber = verb !== DESK_VERB.send && verb !== DESK_VERB.cancel && verb !== DESK_VERB.contacts;
  if (needsNumber && n === undefined) return undefined;
  const token = typeof data.t === 'string' && TOKEN.test(data.t) ? data.t : undefined;
  const topic = typeof data[DESK_INPUT.topic] === 'string' && TOPIC.test(data[DESK_INPUT.topic] as string) ? (data[DESK_INPUT.topic] as string) : undefined;
  return {
    verb,
    ...(n !== undefined ? { n: n as number } : {}),
    ...(data.lang === 'en' || data.lang === 'hi' ? { lang: data.lang } : {}),
    ...(token ? { token } : {}),
    ...(text(data[DESK_INPUT.question]) !== undefined ? { question: text(data[DESK_INPUT.question]) } : {}),
    ...(text(data[DESK_INPUT.answer]) !== undefined ? { answer: text(data[DESK_INPUT.answer]) } : {}),
    ...(topic ? { topic } : {}),
    automatic: value.trigger === 'automatic',
  };
}
