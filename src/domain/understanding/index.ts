import { Lexicon, LexiconData, WORD_PREFIX } from './lexicon';
import { OUT_OF_SCOPE, TopicMatcher, TopicScore } from './topic-matcher';
import { matchTokens } from './fold-token';
import type { TopicId } from '../types';
import { RecentResults } from '../shared/recent-results';
import { mayRemember } from '../text/personal-data';

export { findLanguageRequest } from './language-request';
export type { LanguageRequest } from './language-request';
export { OUT_OF_SCOPE };

/** What the matcher concluded about a text. */
export interface Understanding {
  /** `topic`: confident; `clarify`: offer `choices`; `decline`: out of scope; `empty`: nothing to go on. */
  readonly decision: 'topic' | 'clarify' | 'decline' | 'empty';
  readonly topic: TopicId | null;
  readonly choices: readonly TopicId[];
  /** The best scores (for diagnostics and evaluation). */
  readonly scores: readonly TopicScore[];
  readonly features: readonly string[];
  /** Declined because it names something out of scope (karma points, salary, another portal…). */
  readonly vetoed?: boolean;
}

/** Thresholds of the decision, and the size of the recent-questions memory. */
export interface DecisionOptions {
  readonly declineBelow: number;
  readonly clarifyFloor: number;
  readonly confidentAbove: number;
  readonly closeRatio: number;
  readonly maxChoices: number;
  readonly cacheSize: number;
}

/** Thresholds of the decision (tuned on the dev set; see `npm run eval`). */
export const DECISION_DEFAULTS: DecisionOptions = Object.freeze({
  /** Below this best score the question is declined… */
  declineBelow: 0.3,
  /** …unless every word of it is a known concept and it scores at least this: then "did you mean". */
  clarifyFloor: 0.15,
  /** Below this best score, a close runner-up means "did you mean". */
  confidentAbove: 0.5,
  /** The runner-up is close when it scores at least this share of the best. */
  closeRatio: 0.85,
  maxChoices: 3,
  /** How many recent questions' results are remembered (the same few questions come again and again). */
  cacheSize: 2000,
});

/** The example file: topic id → example questions. */
export type ExampleData = Readonly<Record<string, readonly string[]>>;

/** Social topics whose words alone make the whole message. */
const SOCIAL: Readonly<Record<string, TopicId>> = Object.freeze({ hello: 'greeting', thanks: 'thanks' });
/** Topics decided by rules, not by matching (their examples only document them). */
const RULE_TOPICS: ReadonlySet<string> = new Set(['greeting', 'thanks', 'help']);
/** Words that alone make a "what can you do" question. */
const HELP_WORDS: ReadonlySet<string> = new Set(['capabilities', 'problem', 'hello', 'what', 'how', 'receive', 'helpdesk']);
/** Concepts that mark a question as out of scope whatever else it says (karma points, salary, other portals…). */
const OUT_OF_SCOPE_PREFIX = 'out-';

/** Understands questions: which topic a text is about, or that it is out of scope. */
export class QuestionMatcher {
  private readonly lexicon: Lexicon;
  private readonly matcher: TopicMatcher;

  private readonly vetoExceptions: Readonly<Record<string, readonly string[]>>;

  constructor(lexiconData: LexiconData, examples: ExampleData, private readonly options: DecisionOptions = DECISION_DEFAULTS) {
    this.lexicon = new Lexicon(lexiconData);
    this.vetoExceptions = lexiconData.vetoExceptions ?? {};
    const usable = Object.fromEntries(
      Object.entries(examples).filter(([k, v]) => !k.startsWith('_') && !RULE_TOPICS.has(k) && Array.isArray(v)),
    );
    this.lexicon.learnVocabulary(Object.values(usable).flatMap((list) => list.flatMap((e) => matchTokens(e))));
    this.matcher = new TopicMatcher(this.lexicon, usable);
    this.recent = new RecentResults(options.cacheSize);
  }

  private readonly recent: RecentResults<Understanding>;

  /** Classifies one text (the matcher is deterministic: results of recent texts are remembered, see `mayRemember`). */
  understand(text: string): Understanding {
    return this.recent.get(text, () => Object.freeze(this.classify(text)), () => mayRemember(text));
  }

  private classify(text: string): Understanding {
    const features = this.lexicon.features(text);
    if (features.length === 0) return { decision: 'empty', topic: null, choices: [], scores: [], features };
    const social = this.socialTopic(features);
    if (social) return { decision: 'topic', topic: social, choices: [], scores: [], features };
    const scores = this.matcher.score(features.filter((f) => !(f in SOCIAL))).slice(0, 6);
    const [best, second] = scores;
    const vetoed = this.vetoed(features);
    if (!best || vetoed || best.topic === OUT_OF_SCOPE || best.score < this.options.clarifyFloor) {
      return { decision: 'decline', topic: null, choices: [], scores, features, vetoed };
    }
    if (best.score < this.options.declineBelow) {
      const allKnown = features.every((f) => !f.startsWith(WORD_PREFIX));
      if (!allKnown) return { decision: 'decline', topic: null, choices: [], scores, features };
      return { decision: 'clarify', topic: best.topic, choices: this.choices(scores, 0), scores, features };
    }
    const close = second && second.topic !== OUT_OF_SCOPE && second.score >= best.score * this.options.closeRatio;
    if (best.score < this.options.confidentAbove && close) {
      return { decision: 'clarify', topic: best.topic, choices: this.choices(scores, this.options.closeRatio), scores, features };
    }
    return { decision: 'topic', topic: best.topic, choices: [], scores, features };
  }

  /** The candidates for "did you mean": in-scope topics scoring at least `ratio` of the best. */
  private choices(scores: readonly TopicScore[], ratio: number): TopicId[] {
    const inScope = scores.filter((s) => s.topic !== OUT_OF_SCOPE);
    return inScope
      .filter((s) => s.score >= inScope[0].score * ratio)
      .slice(0, this.options.maxChoices)
      .map((s) => s.topic);
  }

  /** An out-of-scope concept decides, unless the question also names what makes it in scope (a course certificate, a KB representative). */
  private vetoed(features: readonly string[]): boolean {
    const present = new Set(features);
    return features.some(
      (f) => f.startsWith(OUT_OF_SCOPE_PREFIX) && !(this.vetoExceptions[f] ?? []).some((anchor) => present.has(anchor)),
    );
  }

  /** "hello" / "thanks" / "help" alone (with only stop words around them). */
  private socialTopic(features: readonly string[]): TopicId | undefined {
    const kinds = new Set(features);
    const unknown = [...kinds].filter((k) => k.startsWith(WORD_PREFIX)).length;
    if (kinds.has('capabilities') && unknown <= 2 && [...kinds].every((k) => HELP_WORDS.has(k) || k.startsWith(WORD_PREFIX))) return 'help';
    if (kinds.has('thanks') && features.length <= 6 && [...kinds].every((k) => k.startsWith(WORD_PREFIX) || k in SOCIAL || HELP_WORDS.has(k))) return 'thanks';
    if (kinds.size === 1) return SOCIAL[features[0]];
    if (kinds.size === 2 && kinds.has('hello') && kinds.has('thanks')) return 'thanks';
    return undefined;
  }
}
