import type { Storage, StoreItems } from './storage';
import { isETagConflict } from './etag-update';

/** Thrown while the store is marked down, so a turn does not wait on a dead store. */
export class StorageUnavailableError extends Error {
  constructor() {
    super('state store unavailable');
    this.name = 'StorageUnavailableError';
  }
}

/** How long to wait for the store, and how long to stop asking after a failure. */
export interface ResilienceOptions {
  /** Longest wait for one operation. */
  readonly timeoutMs: number;
  /** After a failure, operations fail fast for this long (a probe may end it sooner). */
  readonly cooldownMs: number;
  /** Told once per outage (no keys, no values: only the error's name). */
  readonly onDown?: (errorName: string) => void;
}

/** Runs `op` with a deadline; a late rejection is swallowed (never unhandled). */
export function withTimeout<T>(op: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error(`timed out after ${ms} ms`), { name: 'TimeoutError' })), ms);
    op.then(
      (v) => { clearTimeout(timer); resolve(v); },
      (e) => { clearTimeout(timer); reject(e); },
    );
  });
}

/**
 * Wraps a store so a slow or dead store costs a turn at most `timeoutMs`, then
 * fails fast for `cooldownMs`. After a failure the inner store is rebuilt by the
 * factory when it is next used (BlobsStorage caches a failed container check forever
 * otherwise; a failure that comes in after shutdown builds nothing).
 * eTag conflicts pass through untouched: they are a normal answer, not an outage.
 */
export class ResilientStorage implements Storage {
  private inner: Storage;
  private downUntil = 0;
  /** Set by a failure: the next operation gets a fresh inner store. */
  private renew = false;
  /** Set at shutdown: every operation fails fast, and no store is built again. */
  private closed = false;

  constructor(private readonly factory: () => Storage, private readonly options: ResilienceOptions) {
    this.inner = factory();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guard((s) => s.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard((s) => s.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.guard((s) => s.delete(keys));
  }

  /** At shutdown: from now on every operation fails with {@link StorageUnavailableError} and builds nothing (work still in flight ends quietly). */
  close(): void {
    this.closed = true;
  }

  /** Reads a probe key, ignoring the cooldown; a success ends an outage early. */
  async probe(key: string): Promise<boolean> {
    if (this.closed) return false;
    try {
      await withTimeout(this.current().read([key]), this.options.timeoutMs);
      this.downUntil = 0;
      return true;
    } catch (err) {
      this.markDown(err);
      return false;
    }
  }

  private async guard<T>(op: (s: Storage) => Promise<T>): Promise<T> {
    if (this.closed || Date.now() < this.downUntil) throw new StorageUnavailableError();
    try {
      return await withTimeout(op(this.current()), this.options.timeoutMs);
    } catch (err) {
      if (!isETagConflict(err)) this.markDown(err);
      throw err;
    }
  }

  private current(): Storage {
    if (this.renew) {
      this.renew = false;
      this.inner = this.factory();
    }
    return this.inner;
  }

  private markDown(err: unknown): void {
    const wasUp = this.downUntil === 0;
    this.downUntil = Date.now() + this.options.cooldownMs;
    this.renew = true;
    if (wasUp) this.options.onDown?.((err as Error)?.name ?? 'Error');
  }
}
