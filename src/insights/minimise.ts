import { readPastedRows } from '../domain/bulk-upload/pasted-reading';
import { maskDigitRuns, personalDataIn } from '../domain/text/personal-forms';

/** How much of a question is read, and how much of it is kept. */
export const MINIMISE_LIMITS = Object.freeze({
  /** A longer message is not kept at all (it is pasted content, not a question). */
  inspectChars: 1000,
  /** The most of a question kept in the worklist (the rest is cut). */
  keepChars: 300,
});

/**
 * The one function that decides what of an unanswered question the worklist keeps (India's DPDP
 * Act 2023: only what the content team needs to improve answers). Returns `undefined`, meaning
 * "keep only that a question went unanswered, with its language and time", when the message:
 * - is pasted rows, or rows whose separators were lost, or holds a tab (cells of a sheet);
 * - holds an email or a number of seven or more digits in any written form (see `personalDataIn`),
 *   a date of birth, an employee, Aadhaar or other id number, or a name introduced as one's own;
 * - is longer than {@link MINIMISE_LIMITS.inspectChars}.
 * Otherwise the question, with runs of five or more digits (an OTP, a pin code) as `[number]`,
 * white space squeezed and cut at {@link MINIMISE_LIMITS.keepChars}. The whole message was
 * inspected before the cut, so nothing personal is kept in part.
 */
export function minimiseQuestion(text: string, now: Date = new Date()): string | undefined {
  const question = typeof text === 'string' ? text : '';
  if (question.length > MINIMISE_LIMITS.inspectChars || question.includes('\t')) return undefined;
  if (readPastedRows(question).kind !== 'not-rows') return undefined;
  if (personalDataIn(question, now).size > 0) return undefined;
  const kept = maskDigitRuns(question).replace(/\s+/gu, ' ').trim();
  if (!kept) return undefined;
  return kept.length > MINIMISE_LIMITS.keepChars ? `${kept.slice(0, MINIMISE_LIMITS.keepChars)}…` : kept;
}
