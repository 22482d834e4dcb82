import { replyScript } from '../text/normalize';
import type { Lang, UserContext } from '../types';

/**
 * The reply language: a forced language; else a request in this message;
 * else Devanagari text → Hindi; else the saved preference; else the Teams
 * locale (`hi-*` → Hindi); else English.
 */
export function chooseReplyLanguage(text: string, user: UserContext, requested?: Lang): Lang {
  if (user.forcedLang) return user.forcedLang;
  if (requested) return requested;
  if (replyScript(text) === 'devanagari') return 'hi';
  if (user.savedLang) return user.savedLang;
  if (user.locale && /^hi(-|_|$)/i.test(user.locale)) return 'hi';
  return 'en';
}
