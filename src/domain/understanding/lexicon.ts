import { foldToken, matchTokens, stem } from './fold-token';
import { foldText, tokenize } from '../text/normalize';
import { RecentResults } from '../shared/recent-results';
import { SpellingCorrector } from './spelling';
import { WordSet } from './word-set';
import { QuestionRoles, RolesData } from './question-roles';

/** The lexicon file: stop words and concepts with their surface forms. */
export interface LexiconData {
  readonly stopwords: readonly string[];
  /** For an out-of-scope concept, the only concepts that lift its veto (default: any in-scope object concept). */
  readonly vetoExceptions?: Readonly<Record<string, unknown>>;
  /** Which concepts name the setting, the ask, or iGOT features outside onboarding (see `QuestionRoles`). */
  readonly roles?: RolesData;
  /** Real words never to be corrected as typos. */
  readonly dictionary?: readonly string[];
  /** Combo features: added when one concept of every group is present (e.g. not + gov-email). */
  readonly combos?: Readonly<Record<string, readonly (readonly string[])[] | string>>;
  /** Words that may stand before "portal" / "app" without naming some other system ("igot portal", "new portal"). */
  readonly ownSystems?: readonly string[];
  readonly concepts: Readonly<Record<string, readonly string[]>>;
}

const MAX_PHRASE = 5;
/**
 * How many words' corrections and facts are remembered. Words, unlike whole questions, come
 * again in nearly every message ("otp", "nahi", "account"); a word is kept from its second
 * sight, so one-off typos and hostile runs of new words never fill the memory.
 */
const WORD_MEMORY = 20000;
/** Longer tokens are worked out every time (real words are shorter). */
const MEMO_TOKEN_CHARS = 40;

/** What the lexicon knows of one corrected token, worked out once. */
interface TokenFacts {
  /** Its concepts as a single word (its plain form's, for a word not listed). */
  readonly concepts: readonly string[] | undefined;
  /** Some of those concepts are out of scope (only then does an office's name matter). */
  readonly outOfScope: boolean;
  /** Its feature when no phrase takes it: the stemmed word, or none for a stop word or a number. */
  readonly word: string | undefined;
  /** The longest phrase (in words) starting with it, at least 1. */
  readonly longest: number;
}
/** Nouns that, after an unknown name, mean some other system ("sparrow portal", "umang app"). */
const SYSTEM_NOUNS: ReadonlySet<string> = new Set(['portal', 'portel', 'app', 'website', 'site', 'पोर्टल', 'ऐप', 'एप', 'वेबसाइट']);
/** Words that make the name before them an office ("Income Tax department"). */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['department', 'dept', 'deptt', 'office', 'ofice', 'ministry', 'directorate', 'vibhag', 'karyalay', 'विभाग', 'कार्यालय', 'मंत्रालय', 'निदेशालय']);
/** "department of X", "ministry for X". */
const OFFICE_OF: ReadonlySet<string> = new Set(['of', 'for', 'का', 'के']);
const OUT_PREFIX = 'out-';
/** The feature for a question about another system (out of scope). */
export const OTHER_SYSTEM = 'out-other-system';
/** Features that are not concepts carry this prefix. */
export const WORD_PREFIX = 'w:';

/**
 * Turns text into features: concept ids for known surface forms (phrases
 * first, longest match), plain stemmed words for the rest, stop words dropped.
 */
export class Lexicon {
  private readonly phrases = new Map<string, string[]>();
  private readonly stopwords: ReadonlySet<string>;
  private readonly dictionary: WordSet;
  private readonly combos: readonly [string, readonly (readonly string[])[]][];
  private readonly ownSystems: ReadonlySet<string>;
  private readonly phraseWords = new Set<string>();
  /** The longest phrase (in words) starting with each word: longer spans are never looked up. */
  private readonly longestFrom = new Map<string, number>();
  private corrector!: SpellingCorrector;
  /** What each concept does in a question (setting, ask, object). */
  readonly roles: QuestionRoles;
  private known: ReadonlySet<string> = new Set();
  /** Raw token → its correction (or its two halves), made again with each vocabulary; corrected token → its facts. */
  private corrections!: RecentResults<string | readonly [string, string]>;
  private readonly facts = new RecentResults<TokenFacts>(WORD_MEMORY, 'repeat');

  /** @param vocabulary more words to correct towards (the examples' words), so the corrector is built once */
  constructor(data: LexiconData, vocabulary: Iterable<string> = []) {
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
    this.dictionary = new WordSet((data.dictionary ?? []).map(foldToken));
    this.combos = Object.entries(data.combos ?? {}).filter((e): e is [string, string[][]] => Array.isArray(e[1]));
    this.ownSystems = new Set((data.ownSystems ?? []).flatMap((w) => matchTokens(w)));
    this.roles = new QuestionRoles(data.roles, data.vetoExceptions);
    for (const key of this.phrases.keys()) {
      const words = key.split(' ');
      for (const w of words) this.phraseWords.add(w);
      this.longestFrom.set(words[0], Math.max(this.longestFrom.get(words[0]) ?? 0, words.length));
    }
    this.learnVocabulary(vocabulary);
  }

  /** Extends the spelling vocabulary with words seen in training examples. */
  learnVocabulary(words: Iterable<string>): void {
    this.known = this.knownWords(words);
    this.corrections = new RecentResults(WORD_MEMORY, 'repeat');
    const outOnly = this.outOfScopeOnlyWords();
    const dictionary = this.dictionary;
    this.corrector = new SpellingCorrector(
      [...this.known].filter((w) => !outOnly.has(w)),
      (token) => dictionary.has(token) || outOnly.has(token),
    );
  }

  /** Words that only name out-of-scope things: matched exactly, never reached by a typo fix (a false veto costs more). */
  private outOfScopeOnlyWords(): Set<string> {
    const inScope = new Set<string>();
    const outOnly = new Set<string>();
    for (const [key, concepts] of this.phrases) {
      const target = concepts.every((c) => c.startsWith('out-')) ? outOnly : inScope;
      for (const w of key.split(' ')) target.add(w);
    }
    for (const w of inScope) outOnly.delete(w);
    return outOnly;
  }

  private knownWords(extra: Iterable<string>): Set<string> {
    const words = new Set<string>(extra);
    for (const key of this.phrases.keys()) for (const w of key.split(' ')) words.add(w);
    for (const w of this.stopwords) words.add(w);
    return words;
  }

  /** The corrected matching tokens of a text (words run together, like "bulkupload", are split). */
  tokens(text: string): string[] {
    const out: string[] = [];
    for (const raw of tokenize(foldText(text))) {
      let fixed = this.corrections.lookup(raw);
      if (fixed === undefined) {
        const token = foldToken(raw);
        fixed = this.split(token) ?? this.corrector.correct(token);
        if (raw.length <= MEMO_TOKEN_CHARS) this.corrections.remember(raw, fixed);
      }
      if (typeof fixed === 'string') out.push(fixed);
      else out.push(fixed[0], fixed[1]);
    }
    return out;
  }

  /** Splits an unknown Latin token into two known words ("mdoportal" → "mdo portal"), if it can. */
  private split(token: string): [string, string] | undefined {
    if (token.length < 6 || this.known.has(token) || this.dictionary.has(token) || !/^[a-z]+$/.test(token)) return undefined;
    for (let i = token.length - 2; i >= 2; i--) {
      const left = token.slice(0, i);
      const right = token.slice(i);
      if (this.known.has(left) && this.known.has(right) && !this.stopwords.has(left)) return [left, right];
    }
    return undefined;
  }

  /** The features of a text, in order of appearance (may repeat). */
  features(text: string): string[] {
    return this.featuresOfTokens(this.tokens(text));
  }

  /** Features of already-corrected tokens. */
  featuresOfTokens(tokens: readonly string[]): string[] {
    const out: string[] = [];
    if (this.namesOtherSystem(tokens)) out.push(OTHER_SYSTEM);
    for (let i = 0; i < tokens.length; ) {
      const facts = this.factsOf(tokens[i]);
      let matched = 0;
      // Spans longer than the longest phrase starting with this word are never looked up; a single word always is.
      for (let n = Math.min(MAX_PHRASE, tokens.length - i, facts.longest); n >= 1; n--) {
        const concepts = n === 1 ? facts.concepts : this.phrases.get(tokens.slice(i, i + n).join(' '));
        if (!concepts) continue;
        // "Income Tax department", "Regional Passport Office": an office's name, not a question about tax or passports.
        const office = (n === 1 ? facts.outOfScope : concepts.some((c) => c.startsWith(OUT_PREFIX))) && this.namesAnOffice(tokens, i, n);
        for (const c of concepts) if (!(office && c.startsWith(OUT_PREFIX))) out.push(c);
        if (n > 1) out.push(...this.objectsInAsk(concepts, tokens.slice(i, i + n)));
        matched = n;
        break;
      }
      if (matched) {
        i += matched;
        continue;
      }
      i++;
      if (facts.word !== undefined) out.push(facts.word);
    }
    return this.withCombos(out);
  }

  /** What the lexicon knows of a corrected token (remembered for words that come again). */
  private factsOf(token: string): TokenFacts {
    const known = this.facts.lookup(token);
    if (known) return known;
    const concepts = this.single(token);
    const facts: TokenFacts = {
      concepts,
      outOfScope: concepts !== undefined && concepts.some((c) => c.startsWith(OUT_PREFIX)),
      word: this.stopwords.has(token) || /^\d+$/.test(token) ? undefined : WORD_PREFIX + stem(token),
      longest: Math.max(1, this.longestFrom.get(token) ?? 0),
    };
    if (token.length <= MEMO_TOKEN_CHARS) this.facts.remember(token, facts);
    return facts;
  }

  /** The concepts of one word; for a word not listed, those of its plain form ("nominates" = "nominate", "uploading" = "upload"). */
  private single(token: string): string[] | undefined {
    const direct = this.phrases.get(token);
    if (direct || !/^[a-z]{5,}$/.test(token)) return direct;
    for (const base of [stem(token), token.replace(/(?:ing|ed|es)$/, '')]) {
      if (base !== token && base.length >= 4) {
        const concepts = this.phrases.get(base);
        if (concepts) return concepts;
      }
    }
    return undefined;
  }

  /** An ask phrase keeps the objects it names: "add position" is a request and a position. */
  private objectsInAsk(concepts: readonly string[], words: readonly string[]): string[] {
    if (!concepts.every((c) => this.roles.isAsk(c))) return [];
    return words.flatMap((w) => (this.phrases.get(w) ?? []).filter((c) => this.roles.isObject(c) && !concepts.includes(c)));
  }

  /** True when the words at `start` (length `n`) are part of an office's name: "X department", "department of X". */
  private namesAnOffice(tokens: readonly string[], start: number, n: number): boolean {
    const end = start + n;
    if ((end < tokens.length && OFFICE_WORDS.has(tokens[end])) || (end + 1 < tokens.length && OFFICE_WORDS.has(tokens[end + 1]))) return true;
    return start >= 2 && OFFICE_WORDS.has(tokens[start - 2]) && OFFICE_OF.has(tokens[start - 1]);
  }

  /** "sparrow portal", "उमंग ऐप": a name the lexicon does not know, right before "portal" / "app". */
  private namesOtherSystem(tokens: readonly string[]): boolean {
    for (let i = 1; i < tokens.length; i++) {
      if (!SYSTEM_NOUNS.has(tokens[i])) continue;
      const name = tokens[i - 1];
      if (!/^\d+$/.test(name) && !this.phraseWords.has(name) && !this.stopwords.has(name) && !this.ownSystems.has(name)) return true;
    }
    return false;
  }

  /** Adds each combo whose every group has a concept present. */
  private withCombos(features: string[]): string[] {
    const present = new Set(features);
    for (const [name, groups] of this.combos) {
      if (groups.every((group) => group.some((concept) => present.has(concept)))) features.push(name);
    }
    return features;
  }

  /** True when the token is a stop word. */
  isStopword(token: string): boolean {
    return this.stopwords.has(foldToken(token));
  }
}
