import { evaluate } from '../../src/eval/dev-set';
import { EVAL_SETS, FAQ_SET, readEvalSet } from '../../src/eval/eval-sets';
import { createTestCore } from '../helpers/core';

const { assistant } = createTestCore();
const HELD_OUT = EVAL_SETS.filter((s) => s.name.startsWith('holdout-'));

/** The bars (npm run eval prints the figures): right topic per form, out of scope declined, reply language. */
const BARS = Object.freeze({ topic: 0.9, declined: 0.93, language: 0.98, declineKind: 0.9 });
/** The sets written for issue 13 and after carry its targets: 93 % per form and of declines, 99 % reply language. */
const ISSUE_13_BARS = Object.freeze({ topic: 0.93, declined: 0.93, language: 0.99, declineKind: 0.9 });
const barsOf = (name: string) => (['holdout-6', 'holdout-7', 'holdout-8'].includes(name) ? ISSUE_13_BARS : BARS);

describe.each(HELD_OUT.map((s) => [s.about, s] as const))('answer quality on %s', (_about, set) => {
  const BARS = barsOf(set.name);
  const report = evaluate(assistant, readEvalSet(set));
  it.each(['en', 'hi', 'hinglish'])(`right topic for at least ${BARS.topic * 100} %% of %s questions`, (form) => {
    expect(report.topicByForm[form].share).toBeGreaterThanOrEqual(BARS.topic);
  });
  it(`declines at least ${BARS.declined * 100} % of out-of-scope questions`, () => expect(report.declined.share).toBeGreaterThanOrEqual(BARS.declined));
  it(`replies in the right language at least ${BARS.language * 100} % of the time`, () => expect(report.language.share).toBeGreaterThanOrEqual(BARS.language));
  if (report.declineKind.total) {
    it(`gives the right kind of decline (iGOT support or plain) for at least ${BARS.declineKind * 100} % of those declined`, () =>
      expect(report.declineKind.share).toBeGreaterThanOrEqual(BARS.declineKind));
  }
});

describe('the support FAQ questions', () => {
  const report = evaluate(assistant, readEvalSet(FAQ_SET));
  it('puts at least 80 % of the onboarding questions on the right topic', () => expect(report.topicByForm.faq.share).toBeGreaterThanOrEqual(0.8));
  it('declines at least 90 % of the others', () => expect(report.declined.share).toBeGreaterThanOrEqual(0.9));
});
