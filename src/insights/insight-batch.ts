import type { AskedEvent, StoredInsight } from './insight-event';

/** How long entries wait before they are written together, and how many force a write. */
export interface BatchTiming {
  readonly delayMs: number;
  readonly maxEvents: number;
}

/** The default: one write per quarter second under load, not one per chat turn. */
export const INSIGHTS_BATCH: BatchTiming = Object.freeze({ delayMs: 250, maxEvents: 200 });

type StoredAsked = AskedEvent & { readonly expires: string };

/**
 * Collects entries and hands them to `write` in batches. The answered questions of a batch
 * become one entry per topic and language with a `count`: the worklist grows with what the
 * content team reads, not with traffic. Writes run one after another, in order.
 */
export class InsightBatch {
  private queue: StoredInsight[] = [];
  private asked = new Map<string, { first: StoredAsked; count: number }>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (entries: StoredInsight[]) => Promise<void>,
    private readonly timing: BatchTiming = INSIGHTS_BATCH,
  ) {}

  /** Queues an entry; it is written within `delayMs` (at once when `maxEvents` are waiting). */
  add(entry: StoredInsight): void {
    if (entry.type === 'asked') this.countAsked(entry);
    else this.queue.push(entry);
    if (this.queue.length + this.asked.size >= this.timing.maxEvents) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.timing.delayMs);
      this.timer.unref();
    }
  }

  private countAsked(entry: StoredAsked): void {
    const key = `${entry.topic}|${entry.lang}`;
    const seen = this.asked.get(key);
    if (seen) seen.count += entry.count ?? 1;
    else this.asked.set(key, { first: entry, count: entry.count ?? 1 });
  }

  /** Writes what is waiting; resolves when every write so far has ended. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const entries: StoredInsight[] = [...this.queue];
    for (const { first, count } of this.asked.values()) entries.push(count === 1 ? first : { ...first, count });
    this.queue = [];
    this.asked = new Map();
    if (entries.length) this.writing = this.writing.then(() => this.write(entries));
    return this.writing;
  }
}
