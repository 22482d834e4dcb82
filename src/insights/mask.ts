import { maskEmailsAndNumbers } from '../domain/text/personal-data';

/** Longest question kept in the worklist (the rest is cut). */
export const MAX_QUESTION_CHARS = 300;

/**
 * Masks personal data in a question before it is stored: emails → `[email]`,
 * numbers of 10 or more digits, and any `+91` number → `[number]`. Also cuts long text.
 */
export function maskPersonalData(text: string): string {
  // Only the part that is kept is masked (an email across the cut is inside the slice); the patterns backtrack on long text.
  const masked = maskEmailsAndNumbers(text.slice(0, MAX_QUESTION_CHARS * 2)).replace(/\s+/g, ' ').trim();
  return masked.length > MAX_QUESTION_CHARS ? `${masked.slice(0, MAX_QUESTION_CHARS)}…` : masked;
}
