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
  /** A request number allocated but never written (the instance died) is dropped after this. */
  orphanMs: 5 * 60_000,
});

/** Why a question cannot be sent (maps to `desk:question.<code>`). */
export type QuestionProblem = 'empty' | 'too-short' | 'too-long' | 'rows';

/** A question as it will be kept, or why not. */
export type QuestionCheck = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly code: QuestionProblem };

/** Trims and cleans a question the user typed on the card (any value: it is hostile input). */
export function checkQuestion(raw: unknown): QuestionCheck {
  if (typeof raw !== 'string') return { ok: false, code: 'empty' };
  if (raw.length > DESK_LIMITS.questionMax * 4) return { ok: false, code: 'too-long' };
  const cleaned = cleanText(raw);
  const text = cleaned.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*\n\s*/g, '\n\n').trim();
  if (!text) return { ok: false, code: 'empty' };
  if (text.length > DESK_LIMITS.questionMax) return { ok: false, code: 'too-long' };
  if (text.length < DESK_LIMITS.questionMin) return { ok: false, code: 'too-short' };
  // Rows of an upload sheet carry other people's data: they are checked in a chat, never sent on.
  if (looksLikePastedRows(cleaned)) return { ok: false, code: 'rows' };
  return { ok: true, text };
}

/** A staff answer as it will be sent, or undefined when empty or too long. */
export function checkAnswer(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > DESK_LIMITS.answerMax * 4) return undefined;
  const text = cleanText(raw).trim();
  return text && text.length <= DESK_LIMITS.answerMax ? text : undefined;
}

/** A display name as kept: cleaned, one line, cut to the limit ('' when there is none). */
export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return cleanText(raw.slice(0, DESK_LIMITS.nameMax * 2)).replace(/\s+/g, ' ').trim().slice(0, DESK_LIMITS.nameMax);
}

/** An id as accepted from Teams: a non-empty string within the limit, without spaces or controls. */
export function isId(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.length > 0 && raw.length <= DESK_LIMITS.idMax && !/[\s\u0000-\u001f]/.test(raw);
}
