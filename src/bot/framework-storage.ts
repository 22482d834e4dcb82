import { MemoryStorage } from 'botbuilder';
import type { BlobsStorage } from 'botbuilder-azure-blobs';
import type { StorageBackends } from '../storage/storage';

let blobsClass: typeof BlobsStorage | undefined;

/**
 * The Blob Storage class, loaded only when a connection string is configured: the package
 * brings some 180 Azure SDK modules (about 4 MB of heap) that a memory-only server never uses.
 * Loaded once and kept: a store rebuilt later (after Azure was unreachable) loads nothing, even
 * while the process shuts down.
 */
function blobsStorageClass(): typeof BlobsStorage {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (blobsClass ??= (require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs')).BlobsStorage);
}

/**
 * The Bot Framework's stores behind the framework-free `StorageBackends` contract: `MemoryStorage`,
 * and `BlobsStorage` (eTags enforced by Azure). A move to another bot SDK replaces this file only.
 */
export const frameworkStorageBackends: StorageBackends = Object.freeze<StorageBackends>({
  memory: () => new MemoryStorage(),
  blob: (connectionString, container, retry) => {
    const Blobs = blobsStorageClass();
    return new Blobs(connectionString, container, { storagePipelineOptions: { retryOptions: { ...retry } } });
  },
});
