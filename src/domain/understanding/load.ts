import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Lexicon, LexiconData, WORD_PREFIX } from './lexicon';
import { matchTokens } from './fold-token';
import type { ContextData } from './model/training-set';
import { trainingRows } from './model/training-set';
import { MODEL_VERSION, ModelData, OUT_IGOT, OUT_OTHER } from './model/model-data';
import { TRAINING_DEFAULTS, trainModel } from './model/train';
import { PortalMessageData, PortalMessageFinder } from './portal-messages';

/** The example file: class (topic id or out-of-scope class) → example questions. */
export type ExampleData = Readonly<Record<string, readonly string[]>>;

/** Topics decided by rules, not by the model (their examples only document them): the language switch is `findLanguageRequest`. */
export const RULE_TOPICS: ReadonlySet<string> = new Set(['greeting', 'thanks', 'help', 'language']);

/** Files of `content/understanding/` the model is trained from (their bytes make its fingerprint). */
export const TRAINING_FILES = Object.freeze(['lexicon.json', 'examples.json', 'contexts.json', 'english-words.txt', '../portal-messages.json']);
/** Where the trained model is kept. */
export const MODEL_FILE = 'model.json';

/** Everything understanding is built from. */
export interface UnderstandingData {
  readonly lexicon: LexiconData;
  readonly examples: ExampleData;
  readonly contexts: ContextData;
  readonly portalMessages: PortalMessageData;
  readonly model: ModelData;
  /** False when the stored model was out of date and had to be trained while loading. */
  readonly modelWasFresh: boolean;
}

/** The classes the model learns from examples (rule topics and `_about` left out). */
export function trainedExamples(examples: ExampleData): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(examples).filter(([k, v]) => !k.startsWith('_') && !RULE_TOPICS.has(k) && Array.isArray(v)));
}

/** The hash of the training files and the trainer's settings: the stored model is valid only for it. */
export function trainingFingerprint(dir: string): string {
  const hash = crypto.createHash('sha256');
  hash.update(JSON.stringify({ MODEL_VERSION, TRAINING_DEFAULTS }));
  for (const file of TRAINING_FILES) hash.update(`\0${file}\0`).update(fs.readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 32);
}

/** A lexicon that knows the examples' words, and any other texts' (for spelling correction). */
export function buildLexicon(lexicon: LexiconData, dictionary: readonly string[], examples: ExampleData, otherTexts: readonly string[] = []): Lexicon {
  const texts = [...Object.values(trainedExamples(examples)).flat(), ...otherTexts];
  return new Lexicon({ ...lexicon, dictionary }, texts.flatMap((e) => matchTokens(e)));
}

/** Trains the model from the understanding folder's files (deterministic). */
export function trainFromFolder(dir: string): ModelData {
  const read = readFolder(dir);
  const examples = trainedExamples(read.examples);
  const lexicon = buildLexicon(read.lexicon, read.dictionary, read.examples, PortalMessageFinder.vocabulary(read.portalMessages));
  const classes = [...Object.keys(examples).filter((c) => c !== OUT_IGOT && c !== OUT_OTHER).sort(), OUT_IGOT, OUT_OTHER];
  const model = trainModel(trainingRows(lexicon, lexicon.roles, examples, read.contexts), classes, trainingFingerprint(dir));
  const exampleFeatures = Object.fromEntries(Object.entries(examples).map(([cls, texts]) => [cls, texts.map((t) => lexicon.roles.deciding(lexicon.features(t)))]));
  return { ...model, topicsOf: conceptTopics(lexicon, examples, classes), exampleFeatures };
}

/** For each concept, the (up to three) in-scope classes whose examples name it most often (at least twice). */
function conceptTopics(lexicon: Lexicon, examples: ExampleData, classes: readonly string[]): Record<string, number[]> {
  const counts = new Map<string, Map<number, number>>();
  classes.forEach((cls, c) => {
    if (cls === OUT_IGOT || cls === OUT_OTHER) return;
    for (const text of examples[cls] ?? []) {
      for (const f of new Set(lexicon.features(text))) {
        if (f.startsWith(WORD_PREFIX)) continue;
        const byClass = counts.get(f) ?? new Map<number, number>();
        byClass.set(c, (byClass.get(c) ?? 0) + 1);
        counts.set(f, byClass);
      }
    }
  });
  const out: Record<string, number[]> = {};
  for (const [f, byClass] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const top = [...byClass].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 3).map(([c]) => c);
    if (top.length) out[f] = top;
  }
  return out;
}

function readFolder(dir: string) {
  const json = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;
  const dictionary = fs.readFileSync(path.join(dir, 'english-words.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  return {
    lexicon: json<LexiconData>('lexicon.json'),
    examples: json<ExampleData>('examples.json'),
    contexts: json<ContextData>('contexts.json'),
    portalMessages: json<PortalMessageData>('../portal-messages.json'),
    dictionary,
  };
}

/**
 * Reads `content/understanding/`: the lexicon, examples and the stored model. A model
 * trained from other files (the content changed since) is retrained here, so the
 * answers always follow the content; `npm run train` stores it again.
 */
export function loadUnderstanding(contentDir: string): UnderstandingData & { readonly dictionary: readonly string[] } {
  const dir = path.join(contentDir, 'understanding');
  const read = readFolder(dir);
  const file = path.join(dir, MODEL_FILE);
  const stored = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ModelData) : undefined;
  const fresh = stored?.version === MODEL_VERSION && stored.fingerprint === trainingFingerprint(dir);
  return { ...read, model: fresh ? stored! : trainFromFolder(dir), modelWasFresh: fresh };
}

/** Trains the model and writes it to `content/understanding/model.json` (compact: one feature a line). */
export function writeModel(contentDir: string): ModelData {
  const dir = path.join(contentDir, 'understanding');
  const model = trainFromFolder(dir);
  const { weights, topicsOf = {}, exampleFeatures = {}, ...head } = model;
  const block = (name: string, map: Readonly<Record<string, readonly number[]>>) =>
    `  ${JSON.stringify(name)}: {\n${Object.entries(map).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`).join(',\n')}\n  }`;
  const headJson = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const examplesJson = `  "exampleFeatures": {\n${Object.entries(exampleFeatures).map(([c, list]) => `    ${JSON.stringify(c)}: ${JSON.stringify(list)}`).join(',\n')}\n  }`;
  fs.writeFileSync(path.join(dir, MODEL_FILE), `${headJson},\n${block('topicsOf', topicsOf)},\n${examplesJson},\n${block('weights', weights)}\n}\n`);
  return model;
}
