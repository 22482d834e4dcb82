import type { AppConfig } from '../config';
import type { InsightsStore } from './insight-event';
import { JsonlInsightsStore } from './jsonl-insights-store';

/** A store and a description of where it keeps the worklist (a file path, or the blob container). */
export interface PlacedInsightsStore extends InsightsStore {
  readonly place: string;
}

/**
 * The worklist store the configuration asks for: Azure Blob Storage (append blobs shared by every
 * instance) when `SAHAYAK_BLOB_CONNECTION_STRING` is set, else the local JSON-lines file.
 * `file` overrides the configured file (and the blob store) for the command line's `--file`.
 */
export function createInsightsStore(config: AppConfig, onError?: (err: unknown) => void, file?: string): PlacedInsightsStore {
  const options = { retentionDays: config.insightsRetentionDays, onError };
  if (file !== undefined || !config.blobConnectionString) return new JsonlInsightsStore(file ?? config.insightsFile, options);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { BlobInsightsStore } = require('./blob-insights-store') as typeof import('./blob-insights-store');
  return new BlobInsightsStore(config.blobConnectionString, config.insightsContainer, options);
}
