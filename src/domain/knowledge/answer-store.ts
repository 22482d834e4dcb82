import fs from 'node:fs';
import path from 'node:path';
import { LANGS, type Lang, type SourceDocument, type TopicAnswer, type TopicId } from '../types';
import { deepFreeze } from '../shared/deep-freeze';

/** Reads `content/sources.json`: the documents answers cite, by id. */
export function loadSources(contentDir: string): ReadonlyMap<string, SourceDocument> {
  const { documents } = readContentJson<{ documents: SourceDocument[] }>(contentDir, 'sources.json');
  return new Map(documents.map((d) => [d.id, deepFreeze(d)]));
}

/** Reads `content/topics.json`: the fixed topic ids, in their documented order. */
export function loadTopicIds(contentDir: string): readonly TopicId[] {
  return Object.freeze(readContentJson<{ topics: { id: TopicId }[] }>(contentDir, 'topics.json').topics.map((t) => t.id));
}

/**
 * Reads every `content/answers/<topic>.json` into a frozen map keyed by topic id, with each
 * source id resolved to its citation. An unknown source id, an answer or related id outside
 * `content/topics.json`, or a topic without an answer is a content error and fails the load.
 */
export function loadAnswers(contentDir: string, sources = loadSources(contentDir), topicIds = loadTopicIds(contentDir)): ReadonlyMap<TopicId, TopicAnswer> {
  const dir = path.join(contentDir, 'answers');
  const known = new Set(topicIds);
  const answers = new Map<TopicId, TopicAnswer>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const answer = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Omit<TopicAnswer, 'citations'>;
    const unknownTopic = [answer.id, ...answer.related].find((id) => !known.has(id));
    if (unknownTopic !== undefined) throw new Error(`content/answers/${file}: topic "${unknownTopic}" is not in content/topics.json`);
    const docs = answer.sources.map((id) => {
      const doc = sources.get(id);
      if (!doc) throw new Error(`content/answers/${file}: unknown source id "${id}" (not in content/sources.json)`);
      return doc;
    });
    const citations = Object.fromEntries(LANGS.map((lang) => [lang, docs.map((d) => d.cite[lang])])) as Record<Lang, string[]>;
    answers.set(answer.id, deepFreeze({ ...answer, citations }));
  }
  const unanswered = topicIds.filter((id) => !answers.has(id));
  if (unanswered.length) throw new Error(`content/answers: no answer for topic(s) ${unanswered.join(', ')} of content/topics.json`);
  return answers;
}

/** Reads a JSON file under the content folder. */
export function readContentJson<T>(contentDir: string, ...parts: string[]): T {
  return JSON.parse(fs.readFileSync(path.join(contentDir, ...parts), 'utf8')) as T;
}

/** Reads a text file under the content folder as non-empty lines. */
export function readContentLines(contentDir: string, ...parts: string[]): string[] {
  return fs
    .readFileSync(path.join(contentDir, ...parts), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
