import { hasDevanagari } from '../../text/normalize';
import type { Lexicon } from '../lexicon';
import { WORD_PREFIX } from '../lexicon';
import { modelFeatures } from './model-features';
import type { QuestionRoles } from '../question-roles';
import type { TrainingRow } from './train';

/** Setting phrases (content/understanding/contexts.json): what a question may say around its ask without changing it. */
export interface ContextData {
  /** Phrases in English and romanized Hindi. */
  readonly latin: readonly string[];
  /** Phrases in Devanagari Hindi. */
  readonly devanagari: readonly string[];
}

/** How many copies of each example get a setting phrase added (one before, one after). */
const CONTEXT_COPIES = 2;
/** A word must be in at least this many examples for the model to learn it; rarer words count as rare. */
export const MIN_WORD_EXAMPLES = 2;

/** A small hash of a text (FNV-1a): which setting phrases an example gets depends on the example alone. */
function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The training texts: every example, and copies with a setting phrase before or after. The
 * phrases are chosen from the example's own text, so adding an example changes no other row.
 */
export function trainingTexts(examples: Readonly<Record<string, readonly string[]>>, contexts: ContextData): { text: string; cls: string }[] {
  const out: { text: string; cls: string }[] = [];
  for (const [cls, texts] of Object.entries(examples)) {
    for (const text of texts) {
      out.push({ text, cls });
      const pool = hasDevanagari(text) ? contexts.devanagari : contexts.latin;
      if (!pool.length) continue;
      const h = textHash(text);
      for (let k = 0; k < CONTEXT_COPIES; k++) {
        const phrase = pool[(h + k * 7919) % pool.length];
        out.push({ text: k === 0 ? `${phrase}, ${text}` : `${text}, ${phrase}`, cls });
      }
    }
  }
  return out;
}

/** The vocabulary the model learns words from: words in at least `MIN_WORD_EXAMPLES` of the examples. */
export function learnedWords(lexicon: Lexicon, examples: Readonly<Record<string, readonly string[]>>): Set<string> {
  const counts = new Map<string, number>();
  for (const texts of Object.values(examples)) {
    for (const text of texts) {
      for (const f of new Set(lexicon.features(text))) if (f.startsWith(WORD_PREFIX)) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_WORD_EXAMPLES).map(([w]) => w));
}

/** Training rows from the examples and setting phrases (features as the matcher sees them: settings left out when anything else is named). */
export function trainingRows(lexicon: Lexicon, roles: QuestionRoles, examples: Readonly<Record<string, readonly string[]>>, contexts: ContextData): TrainingRow[] {
  const words = learnedWords(lexicon, examples);
  return trainingTexts(examples, contexts).map(({ text, cls }) => ({ cls, features: modelFeatures(roles.deciding(lexicon.features(text)), (w) => words.has(w)) }));
}
