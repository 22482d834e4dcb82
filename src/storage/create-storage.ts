import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import { ResilientStorage, withTimeout } from './resilient-storage';
import type { Storage, StorageBackends } from './storage';

/** The bot's state store and how to check it. */
export interface StateStore {
  readonly storage: Storage;
  /** `memory` (one process) or `blob` (shared by every instance). */
  readonly kind: 'memory' | 'blob';
  /** True when the store answers a read of a probe key. */
  probe(): Promise<boolean>;
  /** At shutdown, after the last turn: the shared store takes no more operations (memory: nothing to do). */
  close(): void;
}

/** Key read by the readiness probe (never written). */
export const PROBE_KEY = 'sahayak-readiness-probe';

/** Timeouts for the shared store (tests shorten them). */
export interface StoreTimings {
  readonly timeoutMs: number;
  readonly cooldownMs: number;
}

const DEFAULT_TIMINGS: StoreTimings = { timeoutMs: 3000, cooldownMs: 5000 };

/**
 * Memory by default (`npm start` needs nothing); Azure Blob Storage when a
 * connection string is configured, so any instance can take any turn.
 * `backends` makes the concrete stores (the bot layer's `frameworkStorageBackends`).
 */
export function createStateStore(config: AppConfig, logger: Logger, backends: StorageBackends, timings: StoreTimings = DEFAULT_TIMINGS): StateStore {
  if (!config.blobConnectionString) {
    const storage = backends.memory();
    return { storage, kind: 'memory', probe: () => withTimeout(storage.read([PROBE_KEY]), timings.timeoutMs).then(() => true, () => false), close: () => undefined };
  }
  const tryTimeoutInMs = Math.max(500, timings.timeoutMs - 500);
  const retry = { maxTries: 2, tryTimeoutInMs, retryDelayInMs: 50, maxRetryDelayInMs: 200 };
  const storage = new ResilientStorage(
    () => backends.blob(config.blobConnectionString, config.blobContainer, retry),
    { ...timings, onDown: (errorName) => logger.warn({ errorName }, 'state store unreachable: answering without saved preferences') },
  );
  return { storage, kind: 'blob', probe: () => storage.probe(PROBE_KEY), close: () => storage.close() };
}
