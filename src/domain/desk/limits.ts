import { cleanText } from '../text/normalize';
import { looksLikePastedRows } from '../bulk-upload/pasted';

/** Fixed limits of the desk (sizes are checked before any other work). */
export const DESK_LIMITS = Object.freeze({
  /** Shortest and longest question a user can send. */
  questionMin: 3,
  questionMax: 1000,
  /** Longest staff answer. */
  answerMax: 2000,
  /** Longest display name kept (staff and user names as Teams gives them). */
  nameMax: 120,
  /** Longest id (Teams user, conversation, channel ids) accepted. */
  idMax: 256,
  /** How often one request can be reopened by "I still need help". */
  maxReopens: 3,
  /** An answered request nobody touches is closed after this many days. */
  autoCloseAnsweredDays: 14,
  /** How long an instance holds a request's outbox while delivering it. */
  leaseMs: 30_000,
  /**
   * Longest wait for one message to the Bot Connector: its client has no timeout and sleeps as long
   * as a 429's Retry-After says, so a hung call would hold the request (and the shutdown) for ever.
   */
  sendTimeoutMs: 10_000,
  /** A request number allocated but never written (the instance died) is dropped after this. */
  orphanMs: 5 * 60_000,
});

/**
 * Bidirectional embedding, override and isolate controls: invisible, they can make a card read
 * backwards ("gnp.exe" shown as "exe.png"). Typed text on the desk never needs them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text someone typed, as the desk keeps it: {@link cleanText}, without bidi controls. */
function deskText(raw: string): string {
  return cleanText(raw).replace(BIDI_CONTROLS, '');
}

/**
 * Lines (broken at CR, LF, CRLF or a Unicode line separator) trimmed, each run of white space in a
 * line as one space, runs of blank lines as one. One pass over the lines: linear time, where the
 * earlier `\s*\n\s*\n` pattern backtracked quadratically on a run of white space.
 */
function foldLines(text: string): string {
  const out: string[] = [];
  for (const raw of text.split(/\r\n?|[\n\u2028\u2029]/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line || (out.length && out[out.length - 1] !== '')) out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Why a question cannot be sent (maps to `desk:question.<code>`). */
export type QuestionProblem = 'empty' | 'too-short' | 'too-long' | 'rows';

/** A question as it will be kept, or why not. */
export type QuestionCheck = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly code: QuestionProblem };

/** Trims and cleans a question the user typed on the card (any value: it is hostile input). */
export function checkQuestion(raw: unknown): QuestionCheck {
  if (typeof raw !== 'string') return { ok: false, code: 'empty' };
  if (raw.length > DESK_LIMITS.questionMax * 4) return { ok: false, code: 'too-long' };
  const cleaned = deskText(raw);
  const text = foldLines(cleaned);
  if (!text) return { ok: false, code: 'empty' };
  if (text.length > DESK_LIMITS.questionMax) return { ok: false, code: 'too-long' };
  if (text.length < DESK_LIMITS.questionMin) return { ok: false, code: 'too-short' };
  // Rows of an upload sheet carry other people's data: they are checked in a chat, never sent on.
  if (looksLikePastedRows(cleaned)) return { ok: false, code: 'rows' };
  return { ok: true, text };
}

/** Why a staff answer cannot be sent (maps to `desk:refused.<code>`). */
export type AnswerProblem = 'empty-answer' | 'answer-too-long';

/** A staff answer as it will be sent, or why not. */
export type AnswerCheck = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly code: AnswerProblem };

/** Trims and cleans a staff answer typed on the card (any value). */
export function checkAnswer(raw: unknown): AnswerCheck {
  if (typeof raw !== 'string') return { ok: false, code: 'empty-answer' };
  if (raw.length > DESK_LIMITS.answerMax * 4) return { ok: false, code: 'answer-too-long' };
  const text = deskText(raw).trim();
  if (!text) return { ok: false, code: 'empty-answer' };
  return text.length > DESK_LIMITS.answerMax ? { ok: false, code: 'answer-too-long' } : { ok: true, text };
}

/** A display name as kept: cleaned, one line, cut to the limit ('' when there is none). */
export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return deskText(raw.slice(0, DESK_LIMITS.nameMax * 2)).replace(/\s+/g, ' ').trim().slice(0, DESK_LIMITS.nameMax);
}

/** An id as accepted from Teams: a non-empty string within the limit, without spaces or controls. */
export function isId(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.length > 0 && raw.length <= DESK_LIMITS.idMax && !/[\s\u0000-\u001f]/.test(raw);
}
