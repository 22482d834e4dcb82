import { Lexicon, WORD_PREFIX } from './lexicon';

/** The pseudo-topic whose examples teach what to decline. */
export const OUT_OF_SCOPE = 'out-of-scope';

/** One class's score for a text. */
export interface TopicScore {
  readonly topic: string;
  readonly score: number;
}

type Vector = Map<string, number>;

function normalise(v: Vector): Vector {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

/** Weights of the two similarity measures and of words never seen in training. */
export const MATCHER_DEFAULTS = Object.freeze({ exampleWeight: 0.55, centroidWeight: 0.45, unseenWordWeight: 0.6 });

/**
 * Scores a text against every topic: cosine similarity of IDF-weighted concept
 * features to the topic's best example and to its centroid.
 */
export class TopicMatcher {
  private readonly idf = new Map<string, number>();
  private readonly examples: { topic: string; vector: Vector }[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly centroids = new Map<string, Vector>();
  private readonly maxIdf: number;
  /** The same data as typed arrays, for scoring: per feature, the examples and topics that have it and their weights. */
  private readonly topicNames: readonly string[];
  private readonly exampleTopic: Int32Array;
  private readonly byFeature = new Map<string, { examples: Int32Array; exampleWeights: Float64Array; topics: Int32Array; topicWeights: Float64Array }>();
  private readonly sims: Float64Array;

  constructor(
    private readonly lexicon: Lexicon,
    examplesByTopic: Readonly<Record<string, readonly string[]>>,
    private readonly options = MATCHER_DEFAULTS,
  ) {
    const topics = Object.keys(examplesByTopic);
    const bags = topics.map((topic) => examplesByTopic[topic].map((text) => new Set(lexicon.features(text))));
    const df = new Map<string, number>();
    bags.forEach((topicBags) => {
      const seen = new Set<string>();
      for (const bag of topicBags) for (const f of bag) seen.add(f);
      for (const f of seen) df.set(f, (df.get(f) ?? 0) + 1);
    });
    for (const [f, n] of df) this.idf.set(f, Math.log(1 + topics.length / n));
    this.maxIdf = Math.log(1 + topics.length);
    topics.forEach((topic, t) => {
      const centroid: Vector = new Map();
      for (const bag of bags[t]) {
        const vector = normalise(new Map([...bag].map((f) => [f, this.idf.get(f) ?? 0])));
        if (vector.size === 0) continue;
        const index = this.examples.push({ topic, vector }) - 1;
        for (const [f, x] of vector) {
          centroid.set(f, (centroid.get(f) ?? 0) + x);
          const list = this.postings.get(f);
          if (list) list.push(index);
          else this.postings.set(f, [index]);
        }
      }
      this.centroids.set(topic, normalise(centroid));
    });
    this.topicNames = [...this.centroids.keys()];
    const topicIndex = new Map(this.topicNames.map((t, i) => [t, i] as const));
    this.exampleTopic = Int32Array.from(this.examples, (e) => topicIndex.get(e.topic)!);
    this.sims = new Float64Array(this.examples.length);
    const features = new Set<string>(this.postings.keys());
    for (const c of this.centroids.values()) for (const f of c.keys()) features.add(f);
    for (const f of features) {
      const list = this.postings.get(f) ?? [];
      const inTopics = this.topicNames.map((t, i) => [i, this.centroids.get(t)!.get(f)] as const).filter((e): e is readonly [number, number] => e[1] !== undefined);
      this.byFeature.set(f, {
        examples: Int32Array.from(list),
        exampleWeights: Float64Array.from(list, (i) => this.examples[i].vector.get(f)!),
        topics: Int32Array.from(inTopics, (e) => e[0]),
        topicWeights: Float64Array.from(inTopics, (e) => e[1]),
      });
    }
  }

  /** Weighted query vector: unseen words count against every topic (they dilute the match). */
  vectorOf(features: readonly string[]): Vector {
    const v: Vector = new Map();
    for (const f of features) {
      const weight = this.idf.get(f) ?? (f.startsWith(WORD_PREFIX) ? this.maxIdf * this.options.unseenWordWeight : 0);
      if (weight > 0) v.set(f, weight);
    }
    return normalise(v);
  }

  /**
   * Every topic's score, best first. The sums are taken in the same order as a walk over the
   * vectors would take them (query features in order, then each one's examples), so the scores
   * are the very same numbers, without a map lookup per term.
   */
  score(features: readonly string[]): TopicScore[] {
    const query = this.vectorOf(features);
    const sims = this.sims;
    const topics = this.topicNames.length;
    const best = new Float64Array(topics);
    const dots = new Float64Array(topics);
    const touched: number[] = [];
    for (const [f, x] of query) {
      const p = this.byFeature.get(f);
      if (!p) continue;
      for (let k = 0; k < p.examples.length; k++) {
        const i = p.examples[k];
        if (sims[i] === 0) touched.push(i);
        sims[i] += x * p.exampleWeights[k];
      }
      for (let k = 0; k < p.topics.length; k++) dots[p.topics[k]] += x * p.topicWeights[k];
    }
    for (const i of touched) {
      const t = this.exampleTopic[i];
      if (sims[i] > best[t]) best[t] = sims[i];
      sims[i] = 0;
    }
    const scores: TopicScore[] = [];
    for (let t = 0; t < topics; t++) {
      const score = this.options.exampleWeight * best[t] + this.options.centroidWeight * dots[t];
      if (score > 0) scores.push({ topic: this.topicNames[t], score });
    }
    return scores.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
  }
}
