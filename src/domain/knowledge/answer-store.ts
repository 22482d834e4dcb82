import fs from 'node:fs';
import path from 'node:path';
import type { TopicAnswer, TopicId } from '../types';
import { deepFreeze } from '../shared/deep-freeze';

/** Reads every `content/answers/<topic>.json` into a frozen map keyed by topic id. */
export function loadAnswers(contentDir: string): ReadonlyMap<TopicId, TopicAnswer> {
  const dir = path.join(contentDir, 'answers');
  const answers = new Map<TopicId, TopicAnswer>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const answer = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as TopicAnswer;
    answers.set(answer.id, deepFreeze(answer));
  }
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
