import type { Assistant } from '../domain/assistant/assistant';
import type { TextRenderer } from '../present/text-renderer';

/** Timing of the in-process answer path. */
export interface AnswerBenchResult {
  readonly questions: number;
  readonly timings: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly meanMs: number;
}

/** The value at quantile `q` of sorted numbers. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * Times `assistant.ask` (and the text rendering the bot does) for every question,
 * `rounds` times after a warm-up round (over `warmup`, by default the same questions); returns
 * median, p99 and mean in milliseconds.
 */
export function benchAnswers(assistant: Assistant, questions: readonly string[], rounds = 5, renderer?: TextRenderer, warmup: readonly string[] = questions): AnswerBenchResult {
  const once = (q: string): void => {
    const reply = assistant.ask(q, {});
    if (renderer) renderer.render(reply);
  };
  for (const q of warmup) once(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = process.hrtime.bigint();
      once(q);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 10_000) / 10_000;
  return {
    questions: questions.length,
    timings: times.length,
    medianMs: round(quantile(times, 0.5)),
    p99Ms: round(quantile(times, 0.99)),
    meanMs: round(times.reduce((a, b) => a + b, 0) / times.length),
  };
}
