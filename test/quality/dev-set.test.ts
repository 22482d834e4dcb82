import path from 'node:path';
import { evaluate, FIXTURES, LabelledQuestion, readJsonLines } from '../../src/eval/dev-set';
import { createTestCore } from '../helpers/core';

const questions = readJsonLines<LabelledQuestion>(path.join(FIXTURES, 'dev-set.jsonl'));
const report = evaluate(createTestCore().assistant, questions);

describe('answer quality on the labelled dev set (npm run eval prints the figures)', () => {
  it('has at least 150 questions across the three forms', () => {
    expect(questions.filter((q) => q.topic !== null).length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(report.topicByForm).sort()).toEqual(['en', 'hi', 'hinglish']);
  });

  it.each(['en', 'hi', 'hinglish'])('right topic for at least 90 %% of %s questions', (form) => {
    expect(report.topicByForm[form].share).toBeGreaterThanOrEqual(0.9);
  });

  it('declines at least 90 % of out-of-scope questions', () => {
    expect(report.declined.share).toBeGreaterThanOrEqual(0.9);
  });

  it('replies in the right language at least 98 % of the time', () => {
    expect(report.language.share).toBeGreaterThanOrEqual(0.98);
  });
});
