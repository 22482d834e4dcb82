import type { ModelData } from './model-data';
import { rankedIndices } from '../ranked-indices';

/** One class's probability for a text. */
export interface ClassScore {
  readonly topic: string;
  readonly score: number;
}

/**
 * A multinomial logistic-regression model over sparse binary features: a text's
 * class probabilities are the softmax of bias + the weights of its features.
 */
type Weights = { readonly cls: Int32Array; readonly w: Float64Array };

/** The prefix of a pair feature's name: `p:a+b` for concepts a < b. */
export const PAIR_PREFIX = 'p:';

export class LinearModel {
  readonly classes: readonly string[];
  private readonly biases: Float64Array;
  private readonly weights: ReadonlyMap<string, Weights>;
  /** The weights of pair features (`p:a+b`) by their two concepts: a pair is looked up without building its name. */
  private readonly pairWeights = new Map<string, Map<string, Weights>>();
  /** Each class's place in the classes sorted by name (`localeCompare`): ties are ranked without comparing strings. */
  private readonly nameRank: Int32Array;

  private readonly related: Readonly<Record<string, readonly number[]>>;

  constructor(data: ModelData) {
    this.classes = data.classes;
    this.related = data.topicsOf ?? {};
    this.biases = Float64Array.from(data.bias);
    const weights = new Map<string, { cls: Int32Array; w: Float64Array }>();
    for (const [feature, flat] of Object.entries(data.weights)) {
      const n = flat.length >> 1;
      const cls = new Int32Array(n);
      const w = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        cls[i] = flat[2 * i];
        w[i] = flat[2 * i + 1];
      }
      weights.set(feature, { cls, w });
    }
    this.weights = weights;
    for (const [feature, entry] of weights) {
      if (!feature.startsWith(PAIR_PREFIX)) continue;
      const [a, b, ...more] = feature.slice(PAIR_PREFIX.length).split('+');
      if (b === undefined || more.length) throw new Error(`pair feature ${feature} is not of two concepts`);
      const byB = this.pairWeights.get(a) ?? this.pairWeights.set(a, new Map()).get(a)!;
      byB.set(b, entry);
    }
    const byName = this.classes.map((_, i) => i).sort((x, y) => this.classes[x].localeCompare(this.classes[y]));
    this.nameRank = new Int32Array(this.classes.length);
    byName.forEach((cls, rank) => (this.nameRank[cls] = rank));
  }

  /** Adds a feature's weights to the logits `z`; false when training gave it none. */
  addFeature(z: Float64Array, feature: string): boolean {
    const entry = this.weights.get(feature);
    if (!entry) return false;
    for (let i = 0; i < entry.cls.length; i++) z[entry.cls[i]] += entry.w[i];
    return true;
  }

  /** Adds the weights of the pair feature of concepts `a` < `b` (the feature `p:a+b`) to `z`. */
  addPair(z: Float64Array, a: string, b: string): void {
    const entry = this.pairWeights.get(a)?.get(b);
    if (entry) for (let i = 0; i < entry.cls.length; i++) z[entry.cls[i]] += entry.w[i];
  }

  /** A copy of the biases: the logits of a text with no features. */
  biasLogits(): Float64Array {
    return Float64Array.from(this.biases);
  }

  /** The in-scope classes whose examples name a concept most (empty when the model does not say). */
  topicsOf(concept: string): readonly string[] {
    return (this.related[concept] ?? []).map((c) => this.classes[c]);
  }

  /** A class's bias. */
  bias(cls: number): number {
    return this.biases[cls];
  }

  /** True when training gave the feature any weight. */
  knows(feature: string): boolean {
    return this.weights.has(feature);
  }

  /** Raw scores (logits) of every class, optionally leaving some features out. */
  logits(features: readonly string[], skip?: (feature: string) => boolean): Float64Array {
    const z = this.biasLogits();
    for (const f of features) if (!skip?.(f)) this.addFeature(z, f);
    return z;
  }

  /** Every class's probability, best first. */
  scores(features: readonly string[]): ClassScore[] {
    return this.rank(softmax(this.logits(features)));
  }

  /** Classes with their probabilities, best first (ties by name: deterministic). */
  rank(p: Float64Array): ClassScore[] {
    return rankedIndices(p, this.nameRank).map((i) => ({ topic: this.classes[i], score: p[i] }));
  }
}

/** Softmax of logits, in place. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += z[i] = Math.exp(z[i] - max);
  for (let i = 0; i < z.length; i++) z[i] /= sum;
  return z;
}
