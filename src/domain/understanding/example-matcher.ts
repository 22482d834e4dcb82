import { WORD_PREFIX } from './lexicon';
import { rankedIndices } from './ranked-indices';

type Vector = Map<string, number>;

/** Each topic's similarity to a text (by topic index), and the topics with any, best first (ties by name). */
export interface Similarities {
  readonly byTopic: Float64Array;
  readonly ranked: readonly number[];
}

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
 * Scores a text against every class: cosine similarity of IDF-weighted concept
 * features to the class's nearest example and to its centroid. It remembers what
 * the examples say closely; the trained model generalises; the matcher mixes both.
 */
export class ExampleMatcher {
  private readonly idf = new Map<string, number>();
  /** The topics, in the order of the indices of {@link Similarities}. */
  readonly topics: readonly string[];
  /** Each topic's place in the topics sorted by name (`localeCompare`). */
  private readonly nameRank: Int32Array;
  /** Scratch of `similarities`: the query's distinct features and their weights. */
  private readonly seen = new Set<string>();
  private readonly queryFeatures: string[] = [];
  private readonly queryWeights: number[] = [];
  /** Feature → the examples that have it, with its weight in each (normalised vectors). */
  private readonly postings = new Map<string, { readonly example: Int32Array; readonly weight: Float64Array }>();
  /** Feature → its weight in each class's centroid. */
  private readonly centroidPostings = new Map<string, { readonly topic: Int32Array; readonly weight: Float64Array }>();
  private readonly topicOf: Int32Array;
  private readonly maxIdf: number;
  /** Scratch space of `score` (similarity per example, examples touched): no garbage per question. */
  private readonly sims: Float64Array;
  private readonly touched: Int32Array;

  /** @param featuresByTopic each class's examples, as their (deciding) features */
  constructor(
    featuresByTopic: Readonly<Record<string, readonly (readonly string[])[]>>,
    private readonly options = MATCHER_DEFAULTS,
  ) {
    this.topics = Object.keys(featuresByTopic);
    this.nameRank = new Int32Array(this.topics.length);
    this.topics.map((_, t) => t).sort((a, b) => this.topics[a].localeCompare(this.topics[b])).forEach((t, rank) => (this.nameRank[t] = rank));
    const bags = this.topics.map((topic) => featuresByTopic[topic].map((features) => new Set(features)));
    const df = new Map<string, number>();
    bags.forEach((topicBags) => {
      const seen = new Set<string>();
      for (const bag of topicBags) for (const f of bag) seen.add(f);
      for (const f of seen) df.set(f, (df.get(f) ?? 0) + 1);
    });
    for (const [f, n] of df) this.idf.set(f, Math.log(1 + this.topics.length / n));
    this.maxIdf = Math.log(1 + this.topics.length);
    const postings = new Map<string, [number[], number[]]>();
    const centroids = new Map<string, [number[], number[]]>();
    const topicOf: number[] = [];
    const add = (map: Map<string, [number[], number[]]>, f: string, at: number, w: number) => {
      const entry = map.get(f) ?? (map.set(f, [[], []]).get(f) as [number[], number[]]);
      entry[0].push(at);
      entry[1].push(w);
    };
    this.topics.forEach((_topic, t) => {
      const centroid: Vector = new Map();
      for (const bag of bags[t]) {
        const vector = normalise(new Map([...bag].map((f) => [f, this.idf.get(f) ?? 0])));
        if (vector.size === 0) continue;
        const index = topicOf.push(t) - 1;
        for (const [f, x] of vector) {
          centroid.set(f, (centroid.get(f) ?? 0) + x);
          add(postings, f, index, x);
        }
      }
      for (const [f, x] of normalise(centroid)) add(centroids, f, t, x);
    });
    for (const [f, [at, w]] of postings) this.postings.set(f, { example: Int32Array.from(at), weight: Float64Array.from(w) });
    for (const [f, [at, w]] of centroids) this.centroidPostings.set(f, { topic: Int32Array.from(at), weight: Float64Array.from(w) });
    this.topicOf = Int32Array.from(topicOf);
    this.sims = new Float64Array(topicOf.length);
    this.touched = new Int32Array(topicOf.length);
  }

  /** Every topic's similarity: IDF-weighted cosine to its nearest example and to its centroid, mixed. */
  similarities(features: readonly string[]): Similarities {
    const n = this.query(features);
    const best = new Float64Array(this.topics.length);
    const centroid = new Float64Array(this.topics.length);
    const { sims, touched: touchedList, topicOf } = this;
    let touched = 0;
    for (let q = 0; q < n; q++) {
      const f = this.queryFeatures[q];
      const x = this.queryWeights[q];
      const p = this.postings.get(f);
      if (p) {
        const { example, weight } = p;
        for (let k = 0; k < example.length; k++) {
          const i = example[k];
          if (sims[i] === 0) touchedList[touched++] = i;
          sims[i] += x * weight[k];
        }
      }
      const c = this.centroidPostings.get(f);
      if (c) for (let k = 0; k < c.topic.length; k++) centroid[c.topic[k]] += x * c.weight[k];
    }
    for (let k = 0; k < touched; k++) {
      const i = touchedList[k];
      const t = topicOf[i];
      if (sims[i] > best[t]) best[t] = sims[i];
      sims[i] = 0;
    }
    for (let t = 0; t < best.length; t++) best[t] = this.options.exampleWeight * best[t] + this.options.centroidWeight * centroid[t];
    return { byTopic: best, ranked: rankedIndices(best, this.nameRank, 0) };
  }

  /**
   * The weighted, normalised query vector into the scratch arrays (distinct features in order; unseen
   * words count against every topic, diluting the match); returns its length.
   */
  private query(features: readonly string[]): number {
    this.seen.clear();
    let n = 0;
    let sum = 0;
    for (const f of features) {
      const weight = this.idf.get(f) ?? (f.startsWith(WORD_PREFIX) ? this.maxIdf * this.options.unseenWordWeight : 0);
      if (weight <= 0 || this.seen.has(f)) continue;
      this.seen.add(f);
      this.queryFeatures[n] = f;
      this.queryWeights[n++] = weight;
      sum += weight * weight;
    }
    const norm = Math.sqrt(sum) || 1;
    for (let q = 0; q < n; q++) this.queryWeights[q] /= norm;
    return n;
  }
}
