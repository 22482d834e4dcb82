import fs from 'node:fs/promises';
import path from 'node:path';
import { InsightBatch, INSIGHTS_BATCH, type BatchTiming } from './insight-batch';
import { DEFAULT_RETENTION_DAYS, isExpired, oldestFirst, withExpiry, type InsightEvent, type InsightsStore, type StoredInsight } from './insight-event';
import { insightLine, parseInsightLines } from './insight-lines';

/** Options of a store. */
export interface StoreOptions {
  /** Days an entry is kept (default 90). */
  readonly retentionDays?: number;
  /** Called when a write fails (the entry is lost; the chat turn goes on). */
  readonly onError?: (err: unknown) => void;
  readonly batch?: BatchTiming;
}

/**
 * The worklist as JSON lines in one local file (one server instance; with several, use the
 * Azure Blob store). Entries are appended in batches; `purge` rewrites the file without the
 * expired ones, through a temporary file renamed over it, taking in the lines a running server
 * appends meanwhile (up to a few milliseconds after the swap).
 */
export class JsonlInsightsStore implements InsightsStore {
  private dirReady: Promise<unknown> | null = null;
  private readonly batch: InsightBatch;
  private readonly retentionDays: number;
  private readonly onError: (err: unknown) => void;

  constructor(private readonly file: string, options: StoreOptions = {}) {
    this.retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
    this.onError = options.onError ?? (() => undefined);
    this.batch = new InsightBatch((entries) => this.appendLines(entries.map(insightLine).join('')), options.batch ?? INSIGHTS_BATCH);
  }

  /** Where the entries are kept. */
  get place(): string {
    return this.file;
  }

  async append(event: InsightEvent): Promise<void> {
    this.batch.add(withExpiry(event, this.retentionDays));
  }

  flush(): Promise<void> {
    return this.batch.flush();
  }

  private async appendLines(lines: string): Promise<void> {
    try {
      this.dirReady ??= fs.mkdir(path.dirname(this.file), { recursive: true });
      await this.dirReady;
      await fs.appendFile(this.file, lines, 'utf8');
    } catch (err) {
      this.dirReady = null;
      this.onError(err);
    }
  }

  private async readText(): Promise<string> {
    try {
      return await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw err;
    }
  }

  async read(now: Date = new Date()): Promise<StoredInsight[]> {
    await this.flush();
    return oldestFirst(parseInsightLines(await this.readText(), this.retentionDays).filter((e) => !isExpired(e, now)));
  }

  async purge(now: Date = new Date()): Promise<number> {
    await this.flush();
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.file, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw err;
    }
    const temp = `${this.file}.purge-${process.pid}`;
    try {
      const tail = new TailReader(handle);
      const entries = parseInsightLines(await tail.more(), this.retentionDays);
      const kept = entries.filter((e) => !isExpired(e, now));
      await fs.writeFile(temp, kept.map(insightLine).join(''), 'utf8');
      // Lines another process appended meanwhile go in too, before and after the swap.
      await fs.appendFile(temp, await tail.more(), 'utf8');
      await fs.rename(temp, this.file);
      for (let quiet = 0; quiet < 2; ) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        const late = await tail.more();
        if (late) await fs.appendFile(this.file, late, 'utf8');
        quiet = late ? 0 : quiet + 1;
      }
      return entries.length - kept.length;
    } finally {
      await handle.close();
      await fs.rm(temp, { force: true });
    }
  }
}

/** Reads a file's whole lines from where it last stopped (an unfinished last line waits for the next read). */
class TailReader {
  private offset = 0;
  private partial = '';

  constructor(private readonly handle: fs.FileHandle) {}

  async more(): Promise<string> {
    let text = this.partial;
    for (;;) {
      const { size } = await this.handle.stat();
      if (size <= this.offset) break;
      const buffer = Buffer.alloc(size - this.offset);
      const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, this.offset);
      if (bytesRead === 0) break;
      this.offset += bytesRead;
      text += buffer.subarray(0, bytesRead).toString('utf8');
    }
    const cut = text.lastIndexOf('\n') + 1;
    this.partial = text.slice(cut);
    return text.slice(0, cut);
  }
}
