import { Lexicon, WORD_PREFIX } from './lexicon';
import { LinearModel, ClassScore, softmax } from './model/linear-model';
import { featureLogits } from './model/model-features';
import { isOutOfScope, ModelData, OUT_IGOT } from './model/model-data';
import { QuestionRoles } from './question-roles';
import { PortalMessageFinder, QuotedMessage, quotedTopic } from './portal-messages';
import { ExampleMatcher } from './example-matcher';
import type { TopicId } from '../types';
import { RecentResults } from '../shared/recent-results';
import { mayRemember } from '../text/personal-data';

export { findLanguageRequest } from './language-request';
export type { LanguageRequest } from './language-request';
export type { ExampleData } from './load';
export type { ClassScore as TopicScore } from './model/linear-model';

/** Why a question is declined: an iGOT problem outside onboarding, or not about iGOT at all. */
export type DeclineKind = 'igot-support' | 'not-igot';

/** What the matcher concluded about a text. */
export interface Understanding {
  /** `topic`: confident; `clarify`: offer `choices`; `decline`: out of scope; `empty`: nothing to go on. */
  readonly decision: 'topic' | 'clarify' | 'decline' | 'empty';
  readonly topic: TopicId | null;
  readonly choices: readonly TopicId[];
  /** The best class probabilities (for diagnostics and evaluation). */
  readonly scores: readonly ClassScore[];
  readonly features: readonly string[];
  /** For `decline`: which kind. */
  readonly declineKind?: DeclineKind;
  /** Declined with confidence (the model is sure it is out of scope): no capability should rescue it. */
  readonly vetoed?: boolean;
  /** A portal message the question quotes (it decides the topic). */
  readonly portalMessage?: QuotedMessage;
}

/** Thresholds of the decision, and the size of the recent-questions memory. */
export interface DecisionOptions {
  /** The best topic is answered at or above this probability… */
  readonly answerAbove: number;
  /** …and below it, topics at or above this probability are offered as "did you mean". */
  readonly offerAbove: number;
  /** Out of scope is sure (no rescue) at or above this probability. */
  readonly sureDecline: number;
  readonly maxChoices: number;
  /** The share of the nearest-example similarity in the mix with the model's probabilities. */
  readonly exampleShare: number;
  /** How much more the last sentence (the ask) of a long message counts… */
  readonly askWeight: number;
  /** …in a message of at least this many words. */
  readonly longFrom: number;
  readonly cacheSize: number;
}

/** Thresholds of the decision (chosen on the dev set; see `npm run eval`). */
export const DECISION_DEFAULTS: DecisionOptions = Object.freeze({
  answerAbove: 0.45,
  offerAbove: 0.2,
  sureDecline: 0.6,
  maxChoices: 3,
  exampleShare: 0.5,
  askWeight: 0.5,
  longFrom: 20,
  /** How many recent questions' results are remembered (the same few questions come again and again). */
  cacheSize: 2000,
});

/** Where a sentence or a clause ends: full stop, question mark, danda, new line, or "but" / "lekin". */
const CLAUSE_BREAK = /[.?!।]+(?=\s|$)|\n|\b(?:but|however|lekin|magar|par ab)\b|लेकिन|मगर|परंतु|पर अब/i;

/** An email domain written in a question ("@abcpower.co.in"). */
const EMAIL_DOMAIN = /@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
/** Domains that say nothing about the organisation's own domain. */
const GOVERNMENT_DOMAIN = /(?:^|\.)(?:gov\.in|nic\.in)$/;
const PERSONAL_DOMAIN = /^(?:gmail|yahoo|rediffmail|hotmail|outlook|ymail|live|icloud)\./;

/** "@abcpower.co.in": the organisation's own email domain (not a government or personal one) is a `domain` feature. */
function emailDomains(text: string): string[] {
  if (!text.includes('@')) return [];
  for (const m of text.slice(0, 1000).matchAll(EMAIL_DOMAIN)) {
    const domain = m[1].toLowerCase();
    if (!GOVERNMENT_DOMAIN.test(domain) && !PERSONAL_DOMAIN.test(domain)) return ['domain'];
  }
  return [];
}

/** Social topics whose words alone make the whole message. */
const SOCIAL: Readonly<Record<string, TopicId>> = Object.freeze({ hello: 'greeting', thanks: 'thanks' });
/** Words that alone make a "what can you do" question. */
const HELP_WORDS: ReadonlySet<string> = new Set(['capabilities', 'problem', 'hello', 'what', 'how', 'receive', 'helpdesk']);

/** Understands questions: which topic a text is about, or that it is out of scope (and which kind). */
export class QuestionMatcher {
  private readonly model: LinearModel;
  private readonly recent: RecentResults<Understanding>;

  private readonly roles: QuestionRoles;
  private readonly examples: ExampleMatcher;
  /** Each model class's topic index in the example matcher (-1: it has no examples). */
  private readonly exampleTopicOf: Int32Array;

  constructor(
    private readonly lexicon: Lexicon,
    model: ModelData,
    private readonly options: DecisionOptions = DECISION_DEFAULTS,
    private readonly messages?: PortalMessageFinder,
  ) {
    this.model = new LinearModel(model);
    this.roles = lexicon.roles;
    this.examples = new ExampleMatcher(model.exampleFeatures ?? {});
    this.exampleTopicOf = Int32Array.from(this.model.classes, (c) => this.examples.topics.indexOf(c));
    this.recent = new RecentResults(options.cacheSize, 'repeat');
  }

  /** Classifies one text (deterministic: results of recent texts are remembered, see `mayRemember`). */
  understand(text: string): Understanding {
    return this.recent.get(text, () => Object.freeze(this.classify(text)), () => mayRemember(text));
  }

  private classify(text: string): Understanding {
    const tokens = this.lexicon.tokens(text);
    const features = [...this.lexicon.featuresOfTokens(tokens), ...emailDomains(text)];
    if (features.length === 0) return { decision: 'empty', topic: null, choices: [], scores: [], features };
    const social = this.socialTopic(features);
    if (social) return { decision: 'topic', topic: social, choices: [], scores: [], features };
    const quoted = this.messages?.find(tokens, features);
    if (quoted) {
      const { id, where, text: message, en, hi } = quoted;
      const topic = quotedTopic(quoted, features);
      return { decision: 'topic', topic, choices: [], scores: [], features, portalMessage: Object.freeze({ id, where, text: message, en, hi }) };
    }
    const veto = this.roles.veto(features);
    if (veto) return { decision: 'decline', topic: null, choices: [], scores: [], features, declineKind: veto.kind, vetoed: true };
    const logits = this.logitsOf(features);
    const ask = tokens.length >= this.options.longFrom ? this.askClause(text) : undefined;
    if (ask) {
      const focus = this.logitsOf(ask);
      for (let c = 0; c < logits.length; c++) logits[c] += this.options.askWeight * (focus[c] - this.model.bias(c));
    }
    const scores = this.model.rank(this.mixed(softmax(logits), features));
    const decided = this.decide(scores, features);
    const unsure = decided.decision === 'decline' && !decided.vetoed && this.bareWordChoices(features);
    if (unsure) return { decision: 'clarify', topic: unsure[0], choices: unsure, scores: decided.scores, features };
    return decided;
  }

  /**
   * For a question of one to three known concepts and no other word ("email", "mdo portal") that the
   * model cannot place: the topics whose examples name those concepts most, to offer as "did you mean".
   */
  private bareWordChoices(features: readonly string[]): TopicId[] | undefined {
    const concepts = [...new Set(features)];
    if (concepts.length > 3 || concepts.some((f) => f.startsWith(WORD_PREFIX) || f.startsWith('out-'))) return undefined;
    const votes = new Map<TopicId, number>();
    for (const f of concepts) this.model.topicsOf(f).forEach((topic, rank) => votes.set(topic, (votes.get(topic) ?? 0) + 3 - rank));
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t).slice(0, this.options.maxChoices);
    return ranked.length >= 2 ? ranked : undefined;
  }

  /** The model's probabilities mixed with the nearest-example similarities (normalised to sum 1). */
  private mixed(p: Float64Array, features: readonly string[]): Float64Array {
    const share = this.options.exampleShare;
    const { byTopic, ranked } = this.examples.similarities(this.roles.deciding(features));
    let total = 0;
    for (const t of ranked) total += byTopic[t];
    if (!share || total <= 0) return p;
    for (let c = 0; c < p.length; c++) {
      const t = this.exampleTopicOf[c];
      p[c] = (1 - share) * p[c] + share * (t >= 0 && byTopic[t] > 0 ? byTopic[t] / total : 0);
    }
    return p;
  }

  /** The model's logits for lexicon features (settings left out when anything else is named). */
  private logitsOf(features: readonly string[]): Float64Array {
    return featureLogits(this.model, this.roles.deciding(features.filter((f) => !(f in SOCIAL))));
  }

  /**
   * In a message of several sentences (background first, then the ask), the features of the
   * last sentence that names something beyond its setting; none for a one-sentence message.
   */
  private askClause(text: string): string[] | undefined {
    const clauses = text.split(CLAUSE_BREAK).filter((c) => c && c.trim());
    if (clauses.length < 2) return undefined;
    for (let i = clauses.length - 1; i >= 0; i--) {
      const features = this.lexicon.features(clauses[i]);
      if (this.roles.hasCore(features)) return features;
    }
    return undefined;
  }

  /** The decision on ranked scores, with the best six of them (each outcome one object literal: no spread of varying shapes). */
  private decide(ranked: readonly ClassScore[], features: readonly string[]): Understanding {
    const [best] = ranked;
    const scores = ranked.slice(0, 6);
    const outOfScope = ranked.filter((s) => isOutOfScope(s.topic));
    // iGOT support only for a question that names something of iGOT; "what is the capital of…" is not about iGOT.
    const namesIgot = features.some((f) => this.roles.namesIgot(f));
    const declineKind: DeclineKind = outOfScope[0]?.topic === OUT_IGOT && namesIgot ? 'igot-support' : 'not-igot';
    if (isOutOfScope(best.topic)) {
      const outShare = outOfScope.reduce((sum, s) => sum + s.score, 0);
      return { decision: 'decline', topic: null, choices: [], declineKind, vetoed: outShare >= this.options.sureDecline, scores, features };
    }
    if (best.score >= this.options.answerAbove) return { decision: 'topic', topic: best.topic, choices: [], scores, features };
    const offered = ranked.filter((s) => !isOutOfScope(s.topic) && s.score >= this.options.offerAbove).slice(0, this.options.maxChoices);
    // One candidate only: asking "did you mean" it would only delay the answer.
    if (offered.length === 1) return { decision: 'topic', topic: best.topic, choices: [], scores, features };
    if (offered.length) return { decision: 'clarify', topic: best.topic, choices: offered.map((s) => s.topic), scores, features };
    return { decision: 'decline', topic: null, choices: [], declineKind, scores, features };
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
