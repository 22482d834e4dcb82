import path from 'node:path';
import { FIXTURES, type LabelledQuestion, readJsonLines } from '../../src/eval/dev-set';
import { buildLexicon, loadUnderstanding } from '../../src/domain/understanding/load';
import { LinearModel } from '../../src/domain/understanding/model/linear-model';
import { featureLogits, modelFeatures } from '../../src/domain/understanding/model/model-features';

const CONTENT = path.resolve(__dirname, '../../content');
const data = loadUnderstanding(CONTENT);
const lexicon = buildLexicon(data.lexicon, data.dictionary, data.examples);
const model = new LinearModel(data.model);
const questions = readJsonLines<LabelledQuestion>(path.join(FIXTURES, 'dev-set.jsonl')).map((q) => q.q);

describe('featureLogits: the logits of the model features without building them', () => {
  const exactly = (features: readonly string[]) => {
    const built = model.logits(modelFeatures(features, (f) => model.knows(f)));
    expect(Array.from(featureLogits(model, features))).toEqual(Array.from(built));
  };

  test.each([
    ['no features', []],
    ['a concept and its pair', ['otp', 'not', 'otp']],
    ['known and unknown words, repeated', ['w:zzqx', 'w:zzqx', 'w:zzqy', 'w:zzqz', 'w:zzqw', 'otp']],
    ['more concepts than every pair is taken for (neighbours only)', ['otp', 'login', 'password', 'email', 'mobile', 'register', 'igot', 'not', 'approval', 'mdo']],
  ])('%s: the same sums, bit for bit', (_name, features) => exactly(features));

  test('every dev-set question: the same sums, bit for bit', () => {
    expect(questions.length).toBeGreaterThan(300);
    for (const q of questions) exactly(lexicon.features(q));
  });
});

describe('the lexicon remembers words, never changes them', () => {
  test('a text gives the same tokens and features when its words are remembered as when they are new', () => {
    const fresh = buildLexicon(data.lexicon, data.dictionary, data.examples);
    const first = questions.map((q) => fresh.features(q));
    const again = questions.map((q) => fresh.features(q));
    const third = questions.map((q) => fresh.features(q));
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    expect(questions.map((q) => fresh.tokens(q))).toEqual(questions.map((q) => lexicon.tokens(q)));
  });
});
