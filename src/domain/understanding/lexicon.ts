import { foldToken, matchTokens, stem } from './fold-token';
import { SpellingCorrector } from './spelling';

/** The lexicon file: stop words and concepts with their surface forms. */
export interface LexiconData {
  readonly stopwords: readonly string[];
  /** Anchor concepts that lift an out-of-scope concept's veto (e.g. a certificate question about a course). */
  readonly vetoExceptions?: Readonly<Record<string, readonly string[]>>;
  /** Real words never to be corrected as typos. */
  readonly dictionary?: readonly string[];
  readonly concepts: Readonly<Record<string, readonly string[]>>;
}

const MAX_PHRASE = 5;
/** Features that are not concepts carry this prefix. */
export const WORD_PREFIX = 'w:';

/**
 * Turns text into features: concept ids for known surface forms (phrases
 * first, longest match), plain stemmed words for the rest, stop words dropped.
 */
export class Lexicon {
  private readonly phrases = new Map<string, string[]>();
  private readonly stopwords: ReadonlySet<string>;
  private readonly dictionary: ReadonlySet<string>;
  private corrector: SpellingCorrector;

  constructor(data: LexiconData) {
    this.stopwords = new Set(data.stopwords.flatMap((w) => matchTokens(w)));
    for (const [concept, forms] of Object.entries(data.concepts)) {
      for (const form of forms) {
        const key = matchTokens(form).join(' ');
        if (!key) continue;
        const list = this.phrases.get(key) ?? [];
        if (!list.includes(concept)) list.push(concept);
        this.phrases.set(key, list);
      }
    }
    this.dictionary = new Set((data.dictionary ?? []).map(foldToken));
    this.corrector = new SpellingCorrector(this.knownWords([]), this.dictionary);
  }

  /** Extends the spelling vocabulary with words seen in training examples. */
  learnVocabulary(words: Iterable<string>): void {
    this.corrector = new SpellingCorrector(this.knownWords(words), this.dictionary);
  }

  private knownWords(extra: Iterable<string>): Set<string> {
    const words = new Set<string>(extra);
    for (const key of this.phrases.keys()) for (const w of key.split(' ')) words.add(w);
    for (const w of this.stopwords) words.add(w);
    return words;
  }

  /** The corrected matching tokens of a text. */
  tokens(text: string): string[] {
    return matchTokens(text).map((t) => this.corrector.correct(t));
  }

  /** The features of a text, in order of appearance (may repeat). */
  features(text: string): string[] {
    return this.featuresOfTokens(this.tokens(text));
  }

  /** Features of already-corrected tokens. */
  featuresOfTokens(tokens: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      let matched = 0;
      for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
        const concepts = this.phrases.get(tokens.slice(i, i + n).join(' '));
        if (concepts) {
          out.push(...concepts);
          matched = n;
          break;
        }
      }
      if (matched) {
        i += matched;
        continue;
      }
      const token = tokens[i++];
      if (!this.stopwords.has(token) && !/^\d+$/.test(token)) out.push(WORD_PREFIX + stem(token));
    }
    return out;
  }

  /** True when the token is a stop word. */
  isStopword(token: string): boolean {
    return this.stopwords.has(foldToken(token));
  }
}
