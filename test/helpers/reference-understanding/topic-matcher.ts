// The matcher and lexicon before their typed-array and phrase-length speed-ups (session 10), kept to show the new ones give the very same results.
import { Lexicon, WORD_PREFIX } from '../../../src/domain/understanding/lexicon';

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

function dot(a: Vector, b: Vector): number {
  let s = 0;
  for (const [k, x] of a) s += x * (b.get(k) ?? 0);
  return s;
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

  /** Every topic's score, best first. */
  score(features: readonly string[]): TopicScore[] {
    const query = this.vectorOf(features);
    const bestExample = new Map<string, number>();
    const sims = new Map<number, number>();
    for (const [f, x] of query) {
      for (const i of this.postings.get(f) ?? []) sims.set(i, (sims.get(i) ?? 0) + x * this.examples[i].vector.get(f)!);
    }
    for (const [i, s] of sims) {
      const topic = this.examples[i].topic;
      if (s > (bestExample.get(topic) ?? 0)) bestExample.set(topic, s);
    }
    const scores: TopicScore[] = [];
    for (const [topic, centroid] of this.centroids) {
      const score = this.options.exampleWeight * (bestExample.get(topic) ?? 0) + this.options.centroidWeight * dot(query, centroid);
      if (score > 0) scores.push({ topic, score });
    }
    return scores.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
  }
}
