/**
 * The key-value store contract the state code is written against. It is the same shape as the
 * Bot Framework's `Storage` (and the Microsoft 365 Agents SDK's), declared here so that this
 * folder imports no bot framework: the framework's stores are plugged in from `src/bot`.
 */

/** One stored item; `eTag` is set by the store on read and checked by it on write. */
export interface StoreItem {
  eTag?: string;
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Items by key. */
export interface StoreItems {
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A key-value store with optimistic concurrency (a write with a stale `eTag` is refused). */
export interface Storage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** Settings for a Blob Storage store's retries (passed through to the Azure SDK). */
export interface BlobRetryOptions {
  readonly maxTries: number;
  readonly tryTimeoutInMs: number;
  readonly retryDelayInMs: number;
  readonly maxRetryDelayInMs: number;
}

/** The concrete stores, supplied by the bot layer (which owns the framework's implementations). */
export interface StorageBackends {
  /** A store in this process's memory. */
  memory(): Storage;
  /** Azure Blob Storage: a container shared by every instance. */
  blob(connectionString: string, container: string, retry: BlobRetryOptions): Storage;
}
