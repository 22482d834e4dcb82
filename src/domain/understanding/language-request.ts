import { foldText } from '../text/normalize';
import type { Lang } from '../types';

const HINDI = '(?:hindi|hindee|hindhi|हिंदी|हिन्दी)';
const ENGLISH = '(?:english|englsh|inglish|angrezi|angreji|angrezee|अंग्रेजी|अंग्रेज़ी|इंग्लिश)';
const IN = '(?:in|to|into|me|mein|mai|main|mei|m|में|मे|मैं)';
const VERBS = '(?:batao|btao|bataiye|bataye|bolo|boliye|likho|likhiye|samjhao|samjhaiye|jawab|javab|reply|answer|baat|please|pls|plz|बताओ|बताइए|बताएं|बोलो|बोलिए|लिखो|लिखिए|समझाओ|समझाइए|जवाब|बात|उत्तर|दें|दीजिए|दीजिये|करें)';
const SWITCH = '(?:switch|change|reply|answer|respond|talk|speak|write|continue|bhasha|भाषा|badlo|बदलो|बदलें)';
/** A cheap first test: the text names Hindi or English at all. */
const MENTIONS_A_LANGUAGE = /hind|engl|ingl|angre|हिं|हिन्|अंग्रे|इंग्लि/i;
const NOT_THE_BOT = /\b(app|application|portal|platform|website|site|course|content|video)\b|ऐप|पोर्टल|कोर्स/;

/** Word edges that also work for Devanagari (\\b does not). */
const START = '(?<![\\p{L}\\p{M}])';
const END = '(?![\\p{L}\\p{M}])';

function requestFor(langWord: string): RegExp {
  const lang = `${START}${langWord}${END}`;
  const inWord = `${IN}${END}`;
  const verb = `${VERBS}${END}`;
  return new RegExp(
    [
      `${START}${SWITCH}${END}\\s+(?:\\S+\\s+){0,2}?${inWord}\\s+${lang}`,
      `${lang}\\s+${inWord}(?:\\s+${verb})?`,
      `${lang}\\s+${verb}`,
      `^\\s*${lang}\\s*$`,
      `^\\s*${inWord}\\s+${lang}`,
    ].join('|'),
    'u',
  );
}

const HINDI_REQUEST = requestFor(HINDI);
const ENGLISH_REQUEST = requestFor(ENGLISH);

/** A request to change the reply language, and the text left once it is removed. */
export interface LanguageRequest {
  readonly lang: Lang;
  readonly rest: string;
}

/** Finds "Hindi me batao" / "switch to English" / "हिंदी में बताओ" in a message (not "the app in Hindi"). */
export function findLanguageRequest(text: string): LanguageRequest | undefined {
  if (!MENTIONS_A_LANGUAGE.test(text)) return undefined;
  const folded = foldText(text).replace(/[^\p{L}\p{M}\p{N}\s]+/gu, ' ');
  if (NOT_THE_BOT.test(folded)) return undefined;
  for (const [lang, pattern] of [['hi', HINDI_REQUEST], ['en', ENGLISH_REQUEST]] as const) {
    const m = pattern.exec(folded);
    if (m) return { lang, rest: (folded.slice(0, m.index) + ' ' + folded.slice(m.index + m[0].length)).trim() };
  }
  return undefined;
}
