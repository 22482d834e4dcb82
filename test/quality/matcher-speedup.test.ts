import path from 'node:path';
import { matchTokens } from '../../src/domain/understanding/fold-token';
import { Lexicon, type LexiconData } from '../../src/domain/understanding/lexicon';
import { TopicMatcher } from '../../src/domain/understanding/topic-matcher';
import { readContentJson, readContentLines } from '../../src/domain/knowledge/answer-store';
import { freshQuestions } from '../../src/bench/fresh-questions';
import { FIXTURES, readJsonLines } from '../../src/eval/dev-set';
import { loadConfig } from '../../src/config';
import { Lexicon as ReferenceLexicon } from '../helpers/reference-understanding/lexicon';
import { TopicMatcher as ReferenceMatcher } from '../helpers/reference-understanding/topic-matcher';

/**
 * The lexicon's phrase look-up (only spans a phrase can start) and the matcher's typed-array
 * scoring give exactly what they gave before: the same features and the same scores, to the
 * last bit, on every fixture question and thousands of generated variants.
 */
const contentDir = loadConfig().contentDir;
const data: LexiconData = { ...readContentJson<LexiconData>(contentDir, 'understanding', 'lexicon.json'), dictionary: readContentLines(contentDir, 'understanding', 'english-words.txt') };
const examples = readContentJson<Record<string, unknown>>(contentDir, 'understanding', 'examples.json');
const usable = Object.fromEntries(Object.entries(examples).filter(([k, v]) => !k.startsWith('_') && !['greeting', 'thanks', 'help'].includes(k) && Array.isArray(v))) as Record<string, string[]>;

function build<L extends { learnVocabulary(w: string[]): void }>(make: () => L): L {
  const lexicon = make();
  lexicon.learnVocabulary(Object.values(usable).flatMap((list) => list.flatMap((e) => matchTokens(e))));
  return lexicon;
}

test('same features and same scores as before the speed-ups', () => {
  const lexicon = build(() => new Lexicon(data));
  const reference = build(() => new ReferenceLexicon(data));
  const matcher = new TopicMatcher(lexicon, usable);
  const referenceMatcher = new ReferenceMatcher(reference as unknown as Lexicon, usable);
  const files = ['dev-set.jsonl', 'holdout-set.jsonl', 'holdout-set-2.jsonl', 'holdout-set-3.jsonl', 'holdout-set-4.jsonl', 'holdout-set-5.jsonl'];
  const seeds = files.flatMap((f) => readJsonLines<{ q: string; form: string }>(path.join(FIXTURES, f)));
  const next = freshQuestions(seeds);
  const texts = [...seeds.map((s) => s.q), ...Array.from({ length: 4000 }, () => next())];
  for (const text of texts) {
    const features = lexicon.features(text);
    expect(features).toEqual(reference.features(text));
    expect(matcher.score(features)).toEqual(referenceMatcher.score(features));
  }
  expect(texts.length).toBeGreaterThan(5000);
});
