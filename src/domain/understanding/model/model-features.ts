import { WORD_PREFIX } from '../lexicon';
import { PAIR_PREFIX, type LinearModel } from './linear-model';

/** The feature standing for a word the model was not trained on (or saw too rarely to learn from). */
export const RARE_WORD = '#rare';
const RARE_WORDS_2 = `${RARE_WORD}2`;
const RARE_WORDS_4 = `${RARE_WORD}4`;
/** Up to this many distinct concepts, every pair of them is a feature. */
const MAX_ALL_PAIRS = 8;

/**
 * The model's features of a text, from the lexicon's features (in order): each
 * distinct concept and word; each pair of neighbouring concepts (order-free), so
 * "invalid + otp" and "otp + not" count apart from the words alone; words the model
 * does not know become counts of rare words (many rare words: likely out of scope).
 */
export function modelFeatures(lexiconFeatures: readonly string[], knowsWord: (feature: string) => boolean): string[] {
  const out = new Set<string>();
  let rare = 0;
  const concepts: string[] = [];
  for (const f of lexiconFeatures) {
    if (f.startsWith(WORD_PREFIX)) {
      if (knowsWord(f)) out.add(f);
      else rare++;
      continue;
    }
    out.add(f);
    if (!concepts.includes(f)) concepts.push(f);
  }
  // Every pair when the question names few concepts; neighbours only in a long message.
  const reach = concepts.length <= MAX_ALL_PAIRS ? concepts.length : 2;
  for (let i = 0; i < concepts.length; i++) {
    for (let j = i + 1; j < Math.min(concepts.length, i + reach); j++) {
      const [a, b] = concepts[i] < concepts[j] ? [concepts[i], concepts[j]] : [concepts[j], concepts[i]];
      out.add(`${PAIR_PREFIX}${a}+${b}`);
    }
  }
  if (rare >= 1) out.add(RARE_WORD);
  if (rare >= 2) out.add(RARE_WORDS_2);
  if (rare >= 4) out.add(RARE_WORDS_4);
  return [...out];
}

/**
 * The model's logits of a text from its lexicon features: exactly
 * `model.logits(modelFeatures(lexiconFeatures, (f) => model.knows(f)))`, the same sums in the
 * same order, without building the feature list or the pairs' names (this runs for every question).
 */
export function featureLogits(model: LinearModel, lexiconFeatures: readonly string[]): Float64Array {
  const z = model.biasLogits();
  const seen = new Set<string>();
  const concepts: string[] = [];
  let rare = 0;
  for (const f of lexiconFeatures) {
    if (seen.has(f)) continue;
    if (f.startsWith(WORD_PREFIX)) {
      if (model.addFeature(z, f)) seen.add(f);
      else rare++;
      continue;
    }
    seen.add(f);
    model.addFeature(z, f);
    concepts.push(f);
  }
  const reach = concepts.length <= MAX_ALL_PAIRS ? concepts.length : 2;
  for (let i = 0; i < concepts.length; i++) {
    for (let j = i + 1; j < Math.min(concepts.length, i + reach); j++) {
      if (concepts[i] < concepts[j]) model.addPair(z, concepts[i], concepts[j]);
      else model.addPair(z, concepts[j], concepts[i]);
    }
  }
  if (rare >= 1) model.addFeature(z, RARE_WORD);
  if (rare >= 2) model.addFeature(z, RARE_WORDS_2);
  if (rare >= 4) model.addFeature(z, RARE_WORDS_4);
  return z;
}
