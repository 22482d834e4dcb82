import path from 'node:path';

/** Everything the app reads from its environment, read once here and nowhere else. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly microsoftAppId: string;
  readonly microsoftAppPassword: string;
  readonly microsoftAppType: string;
  readonly microsoftAppTenantId: string;
  /** Folder holding answers, directory rows, aliases, holidays. */
  readonly contentDir: string;
  /** Folder holding `en/translation.json` and `hi/translation.json`. */
  readonly localesDir: string;
  readonly logLevel: string;
  /** Azure Blob Storage connection string; empty means in-memory state. */
  readonly blobConnectionString: string;
  readonly blobContainer: string;
  /** JSON-lines file of feedback and unanswered questions (no personal data), used when no blob connection string is set. */
  readonly insightsFile: string;
  /** Days a worklist entry is kept before `sahayak insights --purge` removes it (default 90). */
  readonly insightsRetentionDays: number;
  /** Blob container of the shared worklist (with a blob connection string). */
  readonly insightsContainer: string;
}

const ROOT = path.resolve(__dirname, '..');

/** A whole number of at least 1, or the default. */
function positiveInteger(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** Reads the configuration from the environment (defaults work with no environment at all). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number.parseInt(env.PORT ?? '', 10);
  return Object.freeze({
    port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : 3978,
    host: env.HOST ?? '0.0.0.0',
    microsoftAppId: env.MicrosoftAppId ?? '',
    microsoftAppPassword: env.MicrosoftAppPassword ?? '',
    microsoftAppType: env.MicrosoftAppType ?? (env.MicrosoftAppId ? 'SingleTenant' : ''),
    microsoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    contentDir: env.SAHAYAK_CONTENT_DIR ?? path.join(ROOT, 'content'),
    localesDir: env.SAHAYAK_LOCALES_DIR ?? path.join(ROOT, 'locales'),
    logLevel: env.LOG_LEVEL ?? 'info',
    blobConnectionString: env.SAHAYAK_BLOB_CONNECTION_STRING ?? '',
    blobContainer: env.SAHAYAK_BLOB_CONTAINER ?? 'sahayak-state',
    insightsFile: env.SAHAYAK_INSIGHTS_FILE ?? './data/insights.jsonl',
    insightsRetentionDays: positiveInteger(env.SAHAYAK_INSIGHTS_RETENTION_DAYS, 90),
    insightsContainer: env.SAHAYAK_INSIGHTS_CONTAINER ?? 'sahayak-insights',
  });
}
