import { MODEL_VERSION, ModelData } from './model-data';
import { minimise } from './lbfgs';
import { WORD_PREFIX } from '../lexicon';

/** One training example: its features and its class. */
export interface TrainingRow {
  readonly features: readonly string[];
  readonly cls: string;
}

/** Settings of training (fixed: training is deterministic). */
export const TRAINING_DEFAULTS = Object.freeze({
  /** L2 penalty on the weights (not the biases), per example. */
  l2: 0.0005,
  iterations: 400,
  memory: 12,
  tolerance: 1e-5,
  /** Weights smaller than this are not stored. */
  keepAbove: 0.01,
});

/**
 * Trains a multinomial logistic regression by minimising the class-weighted mean
 * cross-entropy plus an L2 penalty with L-BFGS. The objective is strictly convex,
 * so the model is the one minimum: the order of the examples does not matter, and
 * one more example moves the weights only a little. Classes are weighted so that
 * each counts about equally whatever its number of examples.
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
  const classWeight = Array.from(counts, (n) => (n ? Math.sqrt(rows.length / C / n) : 0));
  const weightSum = encoded.reduce((sum, r) => sum + classWeight[r.cls], 0);
  const F = featureIndex.size;
  const biasAt = F * C;
  const z = new Float64Array(C);

  const objective = (x: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    for (const { ids, cls } of encoded) {
      for (let c = 0; c < C; c++) z[c] = x[biasAt + c];
      for (const f of ids) for (let c = 0; c < C; c++) z[c] += x[f * C + c];
      let max = -Infinity;
      for (let c = 0; c < C; c++) if (z[c] > max) max = z[c];
      let sum = 0;
      for (let c = 0; c < C; c++) sum += z[c] = Math.exp(z[c] - max);
      const w = classWeight[cls] / weightSum;
      loss -= w * Math.log(z[cls] / sum);
      for (let c = 0; c < C; c++) {
        const g = w * (z[c] / sum - (c === cls ? 1 : 0));
        grad[biasAt + c] += g;
        for (const f of ids) grad[f * C + c] += g;
      }
    }
    const l2 = options.l2;
    for (let k = 0; k < biasAt; k++) {
      loss += 0.5 * l2 * x[k] * x[k];
      grad[k] += l2 * x[k];
    }
    return loss;
  };
  const x = minimise(objective, new Float64Array(F * C + C), options);

  const weights: Record<string, number[]> = {};
  for (const [feature, f] of featureIndex) {
    const flat: number[] = [];
    for (let c = 0; c < C; c++) {
      const w = x[f * C + c];
      if (Math.abs(w) >= options.keepAbove) flat.push(c, round(w));
    }
    // Every learned word is kept (even with no weight left), so the model tells a known word from a rare one.
    if (flat.length || feature.startsWith(WORD_PREFIX)) weights[feature] = flat;
  }
  return { version: MODEL_VERSION, fingerprint, classes: [...classes], bias: Array.from(x.subarray(biasAt), round), weights };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
