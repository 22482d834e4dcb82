import fs from 'node:fs/promises';
import path from 'node:path';
import type { AskedEvent, InsightEvent, InsightsStore } from './insight-event';

/** How long events wait before they are written together, and how many force a write. */
export const INSIGHTS_BATCH = Object.freeze({ delayMs: 250, maxEvents: 200 });

/**
 * Keeps insight events as JSON lines in one file. Events are appended in
 * batches (one write per quarter second under load, not one per chat turn), and
 * the answered questions of a batch are kept as one line per topic and language
 * with a `count`: the file grows with what the content team reads, not with traffic.
 */
export class JsonlInsightsStore implements InsightsStore {
  private dirReady: Promise<unknown> | null = null;
  private queue: string[] = [];
  private asked = new Map<string, { first: AskedEvent; count: number }>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Queues an event; it is written within `INSIGHTS_BATCH.delayMs`. Never rejects. */
  async record(event: InsightEvent): Promise<void> {
    if (event.type === 'asked') this.countAsked(event);
    else this.queue.push(`${JSON.stringify(event)}\n`);
    if (this.queue.length + this.asked.size >= INSIGHTS_BATCH.maxEvents) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), INSIGHTS_BATCH.delayMs);
      this.timer.unref();
    }
  }

  private countAsked(event: AskedEvent): void {
    const key = `${event.topic}|${event.lang}`;
    const entry = this.asked.get(key);
    if (entry) entry.count += event.count ?? 1;
    else this.asked.set(key, { first: event, count: event.count ?? 1 });
  }

  /** Writes what is queued (also called before reading and at shutdown). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const { first, count } of this.asked.values()) this.queue.push(`${JSON.stringify(count === 1 ? first : { ...first, count })}\n`);
    this.asked = new Map();
    const lines = this.queue.join('');
    this.queue = [];
    if (!lines) return this.writing;
    this.writing = this.writing.then(() => this.append(lines));
    return this.writing;
  }

  private async append(lines: string): Promise<void> {
    try {
      this.dirReady ??= fs.mkdir(path.dirname(this.file), { recursive: true });
      await this.dirReady;
      await fs.appendFile(this.file, lines, 'utf8');
    } catch (err) {
      this.dirReady = null;
      this.onError(err);
    }
  }

  /** Every readable event (a missing file is no events; broken lines are skipped). */
  async all(): Promise<InsightEvent[]> {
    await this.flush();
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
        if (e && (e.type === 'asked' || e.type === 'feedback' || e.type === 'unanswered' || e.type === 'staff-answer')) events.push(e);
      } catch {
        // a half-written line: skip it
      }
    }
    return events;
  }
}
