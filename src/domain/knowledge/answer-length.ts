import { LANGS, type AnswerText, type Lang, type TopicAnswer } from '../types';

/** The most words an answer's opening (its `body`) may have, in either language. */
export const MAX_OPENING_WORDS = 50;

/** Words in a text: runs between spaces that hold a letter or a digit (a link or an email is one word). */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every text a reader meets in one language of an answer: title, opening, details, steps, link labels, contacts, note. */
export function answerTexts(a: AnswerText): string[] {
  return [
    a.title,
    a.body,
    ...(a.details ?? []),
    ...a.steps,
    ...a.links.map((l) => l.label),
    ...a.contacts.flatMap((c) => [c.name, c.role ?? '', c.email ?? '', c.mobile ?? '', c.url ?? '']),
    a.note ?? '',
  ].filter(Boolean);
}

/** Word counts of an answer in one language: the whole answer and its opening. */
export interface AnswerLength {
  readonly topic: string;
  readonly lang: Lang;
  readonly total: number;
  readonly opening: number;
}

/** The word counts of every answer in both languages, longest whole answer first. */
export function answerLengths(answers: Iterable<TopicAnswer>): AnswerLength[] {
  const out: AnswerLength[] = [];
  for (const answer of answers) {
    for (const lang of LANGS) {
      const a = answer[lang];
      out.push({ topic: answer.id, lang, total: countWords(answerTexts(a).join(' ')), opening: countWords(a.body) });
    }
  }
  return out.sort((x, y) => y.total - x.total || x.topic.localeCompare(y.topic));
}
