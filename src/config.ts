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
  /** JSON-lines file of feedback and unanswered questions (no personal data). */
  readonly insightsFile: string;
  /** The query-assistance desk (requests for a person, worked from a Teams channel). */
  readonly desk: DeskConfig;
}

/** The desk's settings. */
export interface DeskConfig {
  /** Requests are removed this many days after they are closed (`SAHAYAK_DESK_RETENTION_DAYS`, default 90). */
  readonly retentionDays: number;
  /** Requests one user may open per hour (`SAHAYAK_DESK_MAX_PER_HOUR`, default 3). */
  readonly maxRequestsPerHour: number;
  /** How often each instance looks for undelivered desk messages (`SAHAYAK_DESK_SWEEP_SECONDS`, default 60). */
  readonly sweepSeconds: number;
  /**
   * Microsoft Graph for the team-owner check of `desk here` (`SAHAYAK_GRAPH_URL`): Graph itself
   * when an app id is set; none in local open mode (any team member who is not a guest may set the desk).
   */
  readonly graphUrl: string;
}

/** A whole number from the environment within bounds, else the default. */
function boundedInt(raw: string | undefined, fallback: number, min: number, max: number): number {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

const ROOT = path.resolve(__dirname, '..');

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
    desk: Object.freeze({
      retentionDays: boundedInt(env.SAHAYAK_DESK_RETENTION_DAYS, 90, 1, 3650),
      maxRequestsPerHour: boundedInt(env.SAHAYAK_DESK_MAX_PER_HOUR, 3, 1, 100),
      sweepSeconds: boundedInt(env.SAHAYAK_DESK_SWEEP_SECONDS, 60, 1, 3600),
      graphUrl: env.SAHAYAK_GRAPH_URL ?? (env.MicrosoftAppId ? 'https://graph.microsoft.com' : ''),
    }),
  });
}
