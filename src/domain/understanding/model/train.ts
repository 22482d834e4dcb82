import { MODEL_VERSION, ModelData } from './model-data';
import { softmax } from './linear-model';
import { WORD_PREFIX } from '../lexicon';

/** One training example: its features and its class. */
export interface TrainingRow {
  readonly features: readonly string[];
  readonly cls: string;
}

/** Settings of training (fixed: training is deterministic). */
export const TRAINING_DEFAULTS = Object.freeze({
  epochs: 40,
  learningRate: 0.5,
  /** L2 penalty per update on the weights a row touches. */
  l2: 1e-4,
  /** Weights smaller than this are not stored. */
  keepAbove: 0.01,
  /** Seed of the example order (a fixed linear congruential sequence). */
  seed: 13,
});

/** A deterministic pseudo-random sequence (numerical recipes' LCG). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Trains a multinomial logistic regression with AdaGrad, in a fixed order: the
 * same rows give the same model. Classes are weighted so that each counts about
 * equally whatever its number of examples.
 */
export function trainModel(rows: readonly TrainingRow[], classes: readonly string[], fingerprint: string, options = TRAINING_DEFAULTS): ModelData {
  const C = classes.length;
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const featureIndex = new Map<string, number>();
  const encoded = rows.map((row) => {
    const cls = classIndex.get(row.cls);
    if (cls === undefined) throw new Error(`training row of unknown class "${row.cls}"`);
    const ids = [...new Set(row.features)].map((f) => {
      let id = featureIndex.get(f);
      if (id === undefined) featureIndex.set(f, (id = featureIndex.size));
      return id;
    });
    return { ids: Int32Array.from(ids), cls };
  });
  const counts = new Float64Array(C);
  for (const r of encoded) counts[r.cls]++;
  const mean = rows.length / C;
  const classWeight = Array.from(counts, (n) => (n ? Math.sqrt(mean / n) : 0));

  const F = featureIndex.size;
  const W = new Float64Array(F * C);
  const G = new Float64Array(F * C).fill(1e-8);
  const bias = new Float64Array(C);
  const biasG = new Float64Array(C).fill(1e-8);
  const order = encoded.map((_, i) => i);
  const random = lcg(options.seed);
  const z = new Float64Array(C);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const { ids, cls } = encoded[n];
      z.set(bias);
      for (const f of ids) for (let c = 0; c < C; c++) z[c] += W[f * C + c];
      softmax(z);
      const weight = classWeight[cls];
      for (let c = 0; c < C; c++) {
        const g = (z[c] - (c === cls ? 1 : 0)) * weight;
        biasG[c] += g * g;
        bias[c] -= (options.learningRate * g) / Math.sqrt(biasG[c]);
        for (const f of ids) {
          const k = f * C + c;
          const gk = g + options.l2 * W[k];
          G[k] += gk * gk;
          W[k] -= (options.learningRate * gk) / Math.sqrt(G[k]);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [feature, f] of featureIndex) {
    const flat: number[] = [];
    for (let c = 0; c < C; c++) {
      const w = W[f * C + c];
      if (Math.abs(w) >= options.keepAbove) flat.push(c, round(w));
    }
    // Every learned word is kept (even with no weight left), so the model tells a known word from a rare one.
    if (flat.length || feature.startsWith(WORD_PREFIX)) weights[feature] = flat;
  }
  return { version: MODEL_VERSION, fingerprint, classes: [...classes], bias: Array.from(bias, round), weights };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
