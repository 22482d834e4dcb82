/** Longest question kept in the worklist (the rest is cut). */
export const MAX_QUESTION_CHARS = 300;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** A run of digits (Latin or Devanagari) with spaces, dots, dashes or brackets inside, maybe after a `+`. */
const NUMBERISH = /\+?[\d०-९(][\d०-९\s().-]*[\d०-९]/gu;

const digitCount = (s: string): number => s.replace(/[^\d०-९]/g, '').length;

/**
 * Masks personal data in a question before it is stored: emails → `[email]`,
 * numbers of 10 or more digits, and any `+91` number → `[number]`. Also cuts long text.
 */
export function maskPersonalData(text: string): string {
  const masked = text
    .replace(EMAIL, '[email]')
    .replace(NUMBERISH, (m) => (digitCount(m) >= 10 || (/^\+\s*9\s*1/.test(m) && digitCount(m) >= 7) ? '[number]' : m))
    .replace(/\s+/g, ' ')
    .trim();
  return masked.length > MAX_QUESTION_CHARS ? `${masked.slice(0, MAX_QUESTION_CHARS)}…` : masked;
}
