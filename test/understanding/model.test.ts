import fs from 'node:fs';
import path from 'node:path';
import { loadUnderstanding, MODEL_FILE } from '../../src/domain/understanding/load';
import { trainModel, TRAINING_DEFAULTS, TrainingRow } from '../../src/domain/understanding/model/train';
import { LinearModel } from '../../src/domain/understanding/model/linear-model';

const CONTENT = path.resolve(__dirname, '../../content');

describe('the trained model', () => {
  it('content/understanding/model.json is trained from the current content (else run `npm run train`)', () => {
    expect(fs.existsSync(path.join(CONTENT, 'understanding', MODEL_FILE))).toBe(true);
    expect(loadUnderstanding(CONTENT).modelWasFresh).toBe(true);
  });

  const rows: TrainingRow[] = [
    { cls: 'a', features: ['x', 'y'] },
    { cls: 'a', features: ['x'] },
    { cls: 'b', features: ['y', 'z'] },
    { cls: 'b', features: ['z'] },
    { cls: 'c', features: ['w', 'x'] },
    { cls: 'c', features: ['w'] },
  ];

  it('learns from its rows and does not depend on their order (one minimum)', () => {
    const one = trainModel(rows, ['a', 'b', 'c'], 'fp');
    const other = trainModel([...rows].reverse(), ['a', 'b', 'c'], 'fp');
    for (const [f, w] of Object.entries(one.weights)) other.weights[f].forEach((v, i) => expect(v).toBeCloseTo(w[i], 2));
    const model = new LinearModel(one);
    expect(model.scores(['x', 'y'])[0].topic).toBe('a');
    expect(model.scores(['z'])[0].topic).toBe('b');
    expect(model.scores(['w'])[0].topic).toBe('c');
  });

  it('refuses a row of a class it was not told about', () => {
    expect(() => trainModel([{ cls: 'd', features: ['x'] }], ['a'], 'fp', TRAINING_DEFAULTS)).toThrow(/unknown class/);
  });
});
