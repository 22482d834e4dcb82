import { MemoryStorage, Storage } from 'botbuilder';
import type { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import { ResilientStorage, withTimeout } from './resilient-storage';

/** The bot's state store and how to check it. */
export interface StateStore {
  readonly storage: Storage;
  /** `memory` (one process) or `blob` (shared by every instance). */
  readonly kind: 'memory' | 'blob';
  /** True when the store answers a read of a probe key. */
  probe(): Promise<boolean>;
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
 * The Blob Storage class, loaded only when a connection string is configured: the package
 * brings some 180 Azure SDK modules (about 4 MB of heap) that a memory-only server never uses.
 */
function blobsStorageClass(): typeof BlobsStorage {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs')).BlobsStorage;
}

/**
 * Memory by default (`npm start` needs nothing); Azure Blob Storage when a
 * connection string is configured, so any instance can take any turn.
 */
export function createStateStore(config: AppConfig, logger: Logger, timings: StoreTimings = DEFAULT_TIMINGS): StateStore {
  if (!config.blobConnectionString) {
    const storage = new MemoryStorage();
    return { storage, kind: 'memory', probe: () => withTimeout(storage.read([PROBE_KEY]), timings.timeoutMs).then(() => true, () => false) };
  }
  const tryTimeoutInMs = Math.max(500, timings.timeoutMs - 500);
  const Blobs = blobsStorageClass();
  const storage = new ResilientStorage(
    () => new Blobs(config.blobConnectionString, config.blobContainer, {
      storagePipelineOptions: { retryOptions: { maxTries: 2, tryTimeoutInMs, retryDelayInMs: 50, maxRetryDelayInMs: 200 } },
    }),
    { ...timings, onDown: (errorName) => logger.warn({ errorName }, 'state store unreachable: answering without saved preferences') },
  );
  return { storage, kind: 'blob', probe: () => storage.probe(PROBE_KEY) };
}
