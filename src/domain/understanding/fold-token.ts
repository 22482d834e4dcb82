import { foldText, tokenize } from '../text/normalize';

const LATIN_WORD = /^[a-z0-9]+$/;

/**
 * Folds one token for matching: doubled Latin letters collapse ("aaya" = "aya",
 * "approve" = "aprove"); chandrabindu becomes anusvara (नहीँ = नहीं).
 */
export function foldToken(token: string): string {
  if (LATIN_WORD.test(token)) return token.replace(/([a-z])\1+/g, '$1');
  return token.replace(/\u0901/g, '\u0902');
}

/** Folds and tokenizes a text into matching tokens. */
export function matchTokens(text: string): string[] {
  return tokenize(foldText(text)).map(foldToken);
}

/** A light English stem: plural and possessive endings dropped from longer Latin words. */
export function stem(token: string): string {
  if (!LATIN_WORD.test(token) || token.length < 5) return token;
  if (token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (token.endsWith('s') && !token.endsWith('ss') && !token.endsWith('us')) return token.slice(0, -1);
  return token;
}
