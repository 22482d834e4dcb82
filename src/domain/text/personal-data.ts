/**
 * An email address. It starts where its run of local-part characters starts (the look-behind), so
 * a long run of letters is scanned once, not again from each of its letters: the same matches, in linear time.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * A run of digits (Latin or Devanagari) with spaces, dots, dashes or brackets inside, maybe after a `+`.
 * It may retry from each bracket of a long run of them: callers pass bounded text ({@link mayRemember}
 * checks the length first; the insights mask reads a few hundred characters).
 */
const NUMBERISH = /\+?[\d०-९(][\d०-९\s().-]*[\d०-९]/gu;

const digitCount = (s: string): number => s.replace(/[^\d०-९]/g, '').length;
/** Ten or more digits, or any `+91` number: it could be a mobile number. */
const couldBeMobile = (s: string): boolean => digitCount(s) >= 10 || (/^\+\s*9\s*1/.test(s) && digitCount(s) >= 7);

/** The text with emails as `[email]` and numbers that could be a mobile as `[number]`. */
export function maskEmailsAndNumbers(text: string): string {
  return text.replace(EMAIL, '[email]').replace(NUMBERISH, (m) => (couldBeMobile(m) ? '[number]' : m));
}

/** Whether a text holds an email or a number that could be a mobile. */
export function holdsPersonalData(text: string): boolean {
  return /[@\d०-९]/.test(text) && maskEmailsAndNumbers(text) !== text;
}

/** Longest message whose understanding, reply or card may be remembered. */
export const REMEMBER_CHARS = 500;

/**
 * The one rule for every memory of recent questions: short, and without an email or a
 * mobile number (checked only on short text: the patterns backtrack on long runs of letters).
 */
export function mayRemember(text: string): boolean {
  return text.length <= REMEMBER_CHARS && !holdsPersonalData(text);
}
