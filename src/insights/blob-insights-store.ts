import { randomBytes } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import { InsightBatch, type BatchTiming } from './insight-batch';
import { DEFAULT_RETENTION_DAYS, isExpired, oldestFirst, withExpiry, type InsightEvent, type InsightsStore, type StoredInsight } from './insight-event';
import { insightLine, parseInsightLines } from './insight-lines';
import type { StoreOptions } from './jsonl-insights-store';

/** Options of the blob store. */
export interface BlobStoreOptions extends StoreOptions {
  /** Start a new blob after this many appended blocks (Azure allows 50,000 per append blob). */
  readonly maxBlocksPerBlob?: number;
}

/** Fewer, larger blocks than the file store: a block is a request, and an append blob holds at most 50,000. */
export const BLOB_BATCH: BatchTiming = Object.freeze({ delayMs: 2000, maxEvents: 500 });

/** Blob names are `insights/<day>/<instance>-<part>.jsonl`. */
export const BLOB_PREFIX = 'insights/';
const MAX_BLOCK_BYTES = 4 * 1024 * 1024;
const DEFAULT_MAX_BLOCKS = 45_000;
const READ_PARALLEL = 8;
const PURGE_ATTEMPTS = 4;

/** The Azure SDK, loaded only when a connection string is configured (start-up stays small without it). */
function containerClient(connectionString: string, container: string): ContainerClient {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { BlobServiceClient } = require('@azure/storage-blob') as typeof import('@azure/storage-blob');
  return BlobServiceClient.fromConnectionString(connectionString, {
    retryOptions: { maxTries: 3, tryTimeoutInMs: 5000, retryDelayInMs: 100, maxRetryDelayInMs: 1000 },
  }).getContainerClient(container);
}

const errorCode = (err: unknown): string | undefined => (err as { code?: string })?.code;
const statusOf = (err: unknown): number | undefined => (err as { statusCode?: number })?.statusCode;

/** Splits lines into chunks of at most `max` bytes, never inside a line. */
function chunks(lines: readonly string[], max = MAX_BLOCK_BYTES): Buffer[] {
  const out: Buffer[] = [];
  let parts: string[] = [];
  let size = 0;
  for (const line of lines) {
    const bytes = Buffer.byteLength(line, 'utf8');
    if (size + bytes > max && parts.length) {
      out.push(Buffer.from(parts.join(''), 'utf8'));
      parts = [];
      size = 0;
    }
    parts.push(line);
    size += bytes;
  }
  if (parts.length) out.push(Buffer.from(parts.join(''), 'utf8'));
  return out;
}

/**
 * The worklist shared by every server instance, in Azure Blob Storage: each instance appends its
 * batches as blocks to its own append blob of the day (`insights/<day>/<instance>-<part>.jsonl`),
 * so instances never write the same blob and an append is atomic; reading lists every blob under
 * the prefix. `purge` deletes a blob whose entries have all expired and rewrites one that has
 * some left (guarded by its eTag, so a block appended meanwhile is never lost).
 */
export class BlobInsightsStore implements InsightsStore {
  private readonly container: ContainerClient;
  private readonly batch: InsightBatch;
  private readonly retentionDays: number;
  private readonly onError: (err: unknown) => void;
  private readonly maxBlocks: number;
  private readonly instance = randomBytes(4).toString('hex');
  private containerReady: Promise<unknown> | null = null;
  private current: { name: string; created: boolean } | null = null;
  private part = 0;

  constructor(connectionString: string, containerName: string, options: BlobStoreOptions = {}) {
    this.container = containerClient(connectionString, containerName);
    this.retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
    this.onError = options.onError ?? (() => undefined);
    this.maxBlocks = options.maxBlocksPerBlob ?? DEFAULT_MAX_BLOCKS;
    this.batch = new InsightBatch((entries) => this.write(entries), options.batch ?? BLOB_BATCH);
  }

  /** Where the entries are kept (for the command line's summary). */
  get place(): string {
    return `azure-blob:${this.container.containerName}/${BLOB_PREFIX}`;
  }

  async append(event: InsightEvent): Promise<void> {
    this.batch.add(withExpiry(event, this.retentionDays));
  }

  flush(): Promise<void> {
    return this.batch.flush();
  }

  private ensureContainer(): Promise<unknown> {
    this.containerReady ??= this.container.createIfNotExists().catch((err) => {
      this.containerReady = null;
      throw err;
    });
    return this.containerReady;
  }

  /** This instance's blob for today (a new day, or a full blob, starts the next one). */
  private blobName(now = new Date()): string {
    const name = `${BLOB_PREFIX}${now.toISOString().slice(0, 10)}/${this.instance}-${this.part}.jsonl`;
    if (this.current?.name !== name) this.current = { name, created: false };
    return name;
  }

  private async write(entries: StoredInsight[]): Promise<void> {
    try {
      await this.ensureContainer();
      for (const block of chunks(entries.map(insightLine))) await this.appendBlock(block);
    } catch (err) {
      this.onError(err);
    }
  }

  private async appendBlock(block: Buffer, attempt = 0): Promise<void> {
    const name = this.blobName();
    const blob = this.container.getAppendBlobClient(name);
    try {
      if (!this.current!.created) {
        await blob.createIfNotExists();
        this.current!.created = true;
      }
      const res = await blob.appendBlock(block, block.length);
      if ((res.blobCommittedBlockCount ?? 0) >= this.maxBlocks) this.part++;
    } catch (err) {
      if (attempt >= 2) throw err;
      if (errorCode(err) === 'BlockCountExceedsLimit') this.part++;
      else if (errorCode(err) === 'BlobNotFound' || statusOf(err) === 404) this.current = null; // purged meanwhile: create it again
      else throw err;
      await this.appendBlock(block, attempt + 1);
    }
  }

  private async blobNames(): Promise<string[]> {
    const names: string[] = [];
    try {
      for await (const item of this.container.listBlobsFlat({ prefix: BLOB_PREFIX })) names.push(item.name);
    } catch (err) {
      if (errorCode(err) === 'ContainerNotFound' || statusOf(err) === 404) return [];
      throw err;
    }
    return names;
  }

  /** A blob's entries and eTag (undefined when it is gone). */
  private async download(name: string): Promise<{ entries: StoredInsight[]; etag?: string } | undefined> {
    try {
      const res = await this.container.getBlobClient(name).download(0);
      const parts: Buffer[] = [];
      for await (const chunk of res.readableStreamBody ?? []) parts.push(Buffer.from(chunk as Buffer));
      return { entries: parseInsightLines(Buffer.concat(parts).toString('utf8'), this.retentionDays), etag: res.etag };
    } catch (err) {
      if (errorCode(err) === 'BlobNotFound' || statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  async read(now: Date = new Date()): Promise<StoredInsight[]> {
    await this.flush();
    const names = await this.blobNames();
    const entries: StoredInsight[] = [];
    for (let i = 0; i < names.length; i += READ_PARALLEL) {
      const blobs = await Promise.all(names.slice(i, i + READ_PARALLEL).map((n) => this.download(n)));
      for (const b of blobs) if (b) entries.push(...b.entries.filter((e) => !isExpired(e, now)));
    }
    return oldestFirst(entries);
  }

  async purge(now: Date = new Date()): Promise<number> {
    await this.flush();
    let removed = 0;
    for (const name of await this.blobNames()) removed += await this.purgeBlob(name, now);
    return removed;
  }

  /** Removes a blob's expired entries: delete it if none is left, else write it again with the rest. */
  private async purgeBlob(name: string, now: Date, attempt = 0): Promise<number> {
    const blob = await this.download(name);
    if (!blob) return 0;
    const kept = blob.entries.filter((e) => !isExpired(e, now));
    if (kept.length === blob.entries.length) return 0;
    const client = this.container.getAppendBlobClient(name);
    try {
      await client.delete({ conditions: blob.etag ? { ifMatch: blob.etag } : undefined });
    } catch (err) {
      // appended meanwhile (or gone): read it again
      if ((statusOf(err) === 412 || errorCode(err) === 'ConditionNotMet') && attempt < PURGE_ATTEMPTS) return this.purgeBlob(name, now, attempt + 1);
      if (errorCode(err) === 'BlobNotFound' || statusOf(err) === 404) return 0;
      throw err;
    }
    if (kept.length) {
      // If the writer re-created the blob meanwhile, this appends to its new one: nothing is lost either way.
      await client.createIfNotExists();
      for (const block of chunks(kept.map(insightLine))) await client.appendBlock(block, block.length);
    }
    return blob.entries.length - kept.length;
  }
}
