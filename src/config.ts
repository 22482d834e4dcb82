import os from 'node:os';
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
  /**
   * Bot Framework endpoints other than the public cloud's (a sovereign or private cloud, or a
   * local stand-in in tests), by botbuilder's own setting names: `ToChannelFromBotLoginUrl`,
   * `ToChannelFromBotOAuthScope`, `ToBotFromChannelTokenIssuer`, `ToBotFromChannelOpenIdMetadataUrl`,
   * `OAuthUrl`, `ValidateAuthority`. Only the ones set; none means the public cloud.
   */
  readonly botFrameworkEndpoints: Readonly<Record<string, string>>;
  // --- security (issue 11) ---
  /** Hosts a sent file may be downloaded from and its checked copy uploaded to (`*.` = any subdomain): Teams keeps bot files in SharePoint / OneDrive. */
  readonly fileHosts: readonly string[];
  /** File checks running at once (default: the number of cores). */
  readonly fileChecksAtOnce: number;
  /** File checks waiting for a free slot; beyond them the user is asked to try again in a minute. */
  readonly fileCheckQueue: number;
  /** Where the signing keys of the tab's Entra ID tokens are fetched (default: the tenant's discovery keys). */
  readonly tabKeysUrl: string;
  /** Audiences accepted on the tab's tokens: the app id, and the Application ID URI `api://<BOT_DOMAIN>/<app id>` of the manifest's `webApplicationInfo`. */
  readonly tabAudiences: readonly string[];
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

/** The botbuilder endpoint settings read from the environment (see `botFrameworkEndpoints`). */
export const BOT_FRAMEWORK_ENDPOINT_KEYS = Object.freeze([
  'ToChannelFromBotLoginUrl', 'ToChannelFromBotOAuthScope', 'ToBotFromChannelTokenIssuer', 'ToBotFromChannelOpenIdMetadataUrl', 'OAuthUrl', 'ValidateAuthority',
] as const);

const ROOT = path.resolve(__dirname, '..');

/** Reads the configuration from the environment (defaults work with no environment at all). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number.parseInt(env.PORT ?? '', 10);
  const appId = env.MicrosoftAppId ?? '';
  const tenant = env.MicrosoftAppTenantId ?? '';
  return Object.freeze({
    port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : 3978,
    // Without credentials nothing is authenticated: listen on this machine only, unless HOST says otherwise.
    host: env.HOST ?? (appId ? '0.0.0.0' : '127.0.0.1'),
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
    botFrameworkEndpoints: Object.freeze(Object.fromEntries(BOT_FRAMEWORK_ENDPOINT_KEYS.filter((k) => env[k]).map((k) => [k, env[k] as string]))),
    insightsRetentionDays: boundedInt(env.SAHAYAK_INSIGHTS_RETENTION_DAYS, 90, 1, 3650),
    insightsContainer: env.SAHAYAK_INSIGHTS_CONTAINER ?? 'sahayak-insights',
    fileHosts: Object.freeze(list(env.SAHAYAK_FILE_HOSTS ?? '*.sharepoint.com')),
    fileChecksAtOnce: count(env.SAHAYAK_FILE_CHECKS, Math.max(1, os.availableParallelism?.() ?? os.cpus().length)),
    fileCheckQueue: count(env.SAHAYAK_FILE_QUEUE, 4, 0),
    tabKeysUrl: env.SAHAYAK_TAB_KEYS_URL ?? `https://login.microsoftonline.com/${encodeURIComponent(tenant || 'common')}/discovery/v2.0/keys`,
    tabAudiences: Object.freeze(appId ? [appId, ...(env.BOT_DOMAIN ? [`api://${env.BOT_DOMAIN}/${appId}`] : []), ...(env.SAHAYAK_TAB_RESOURCE ?? '').split(',').map((s) => s.trim()).filter(Boolean)] : []),
    desk: Object.freeze({
      retentionDays: boundedInt(env.SAHAYAK_DESK_RETENTION_DAYS, 90, 1, 3650),
      maxRequestsPerHour: boundedInt(env.SAHAYAK_DESK_MAX_PER_HOUR, 3, 1, 100),
      sweepSeconds: boundedInt(env.SAHAYAK_DESK_SWEEP_SECONDS, 60, 1, 3600),
      graphUrl: env.SAHAYAK_GRAPH_URL ?? (env.MicrosoftAppId ? 'https://graph.microsoft.com' : ''),
    }),
  });
}

const list = (text: string): string[] => text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);

function count(text: string | undefined, fallback: number, min = 1): number {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isInteger(n) && n >= min ? n : fallback;
}

const APP_TYPES = ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'];

/**
 * What is wrong with the Bot Framework credentials, in one line naming the variable (undefined when
 * they are complete, or absent: then the bot runs open, for local use).
 */
export function credentialProblem(config: AppConfig): string | undefined {
  const { microsoftAppId: id, microsoftAppPassword: password, microsoftAppTenantId: tenant, microsoftAppType: type } = config;
  if (!id) {
    if (password || tenant) return `MicrosoftAppId is missing (MicrosoftApp${password ? 'Password' : 'TenantId'} is set without it)`;
    return undefined;
  }
  const known = APP_TYPES.find((t) => t.toLowerCase() === type.toLowerCase());
  if (!known) return `MicrosoftAppType '${type.slice(0, 40)}' is not one of ${APP_TYPES.join(', ')}`;
  if (!tenant) return `MicrosoftAppTenantId is missing (needed with MicrosoftAppId: the bot's and the tab's tokens are checked against the tenant)`;
  if (known === 'UserAssignedMSI') return password ? 'MicrosoftAppPassword must not be set with MicrosoftAppType UserAssignedMSI' : undefined;
  return password ? undefined : `MicrosoftAppPassword is missing (needed with MicrosoftAppId for MicrosoftAppType ${known})`;
}
