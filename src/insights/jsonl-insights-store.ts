import fs from 'node:fs/promises';
import path from 'node:path';
import type { InsightEvent, InsightsStore } from './insight-event';

/** Keeps insight events as JSON lines in one file (appended; one event per line). */
export class JsonlInsightsStore implements InsightsStore {
  private dirReady: Promise<unknown> | null = null;

  constructor(
    private readonly file: string,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  async record(event: InsightEvent): Promise<void> {
    try {
      this.dirReady ??= fs.mkdir(path.dirname(this.file), { recursive: true });
      await this.dirReady;
      await fs.appendFile(this.file, `${JSON.stringify(event)}\n`, 'utf8');
    } catch (err) {
      this.dirReady = null;
      this.onError(err);
    }
  }

  /** Every readable event (a missing file is no events; broken lines are skipped). */
  async all(): Promise<InsightEvent[]> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const events: InsightEvent[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const e = JSON.parse(line) as InsightEvent;
        if (e && (e.type === 'asked' || e.type === 'feedback' || e.type === 'unanswered')) events.push(e);
      } catch {
        // a half-written line: skip it
      }
    }
    return events;
  }
}
