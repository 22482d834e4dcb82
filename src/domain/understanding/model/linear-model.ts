import type { ModelData } from './model-data';

/** One class's probability for a text. */
export interface ClassScore {
  readonly topic: string;
  readonly score: number;
}

/**
 * A multinomial logistic-regression model over sparse binary features: a text's
 * class probabilities are the softmax of bias + the weights of its features.
 */
export class LinearModel {
  readonly classes: readonly string[];
  private readonly biases: Float64Array;
  private readonly weights: ReadonlyMap<string, { readonly cls: Int32Array; readonly w: Float64Array }>;

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
    const z = Float64Array.from(this.biases);
    for (const f of features) {
      if (skip?.(f)) continue;
      const entry = this.weights.get(f);
      if (!entry) continue;
      for (let i = 0; i < entry.cls.length; i++) z[entry.cls[i]] += entry.w[i];
    }
    return z;
  }

  /** Every class's probability, best first. */
  scores(features: readonly string[]): ClassScore[] {
    return this.rank(softmax(this.logits(features)));
  }

  /** Classes with their probabilities, best first (ties by name: deterministic). */
  rank(p: Float64Array): ClassScore[] {
    return [...p].map((score, i) => ({ topic: this.classes[i], score })).sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
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
