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
  /**
   * Bot Framework endpoints other than the public cloud's (a sovereign or private cloud, or a
   * local stand-in in tests), by botbuilder's own setting names: `ToChannelFromBotLoginUrl`,
   * `ToChannelFromBotOAuthScope`, `ToBotFromChannelTokenIssuer`, `ToBotFromChannelOpenIdMetadataUrl`,
   * `OAuthUrl`, `ValidateAuthority`. Only the ones set; none means the public cloud.
   */
  readonly botFrameworkEndpoints: Readonly<Record<string, string>>;
}

/** The botbuilder endpoint settings read from the environment (see `botFrameworkEndpoints`). */
export const BOT_FRAMEWORK_ENDPOINT_KEYS = Object.freeze([
  'ToChannelFromBotLoginUrl', 'ToChannelFromBotOAuthScope', 'ToBotFromChannelTokenIssuer', 'ToBotFromChannelOpenIdMetadataUrl', 'OAuthUrl', 'ValidateAuthority',
] as const);

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
    botFrameworkEndpoints: Object.freeze(Object.fromEntries(BOT_FRAMEWORK_ENDPOINT_KEYS.filter((k) => env[k]).map((k) => [k, env[k] as string]))),
  });
}
