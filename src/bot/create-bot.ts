import { MemoryStorage, Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import type { Core } from '../compose';
import { TextRenderer } from '../present/text-renderer';
import { factRenderers } from '../present/fact-renderers';
import { ReusingBotFrameworkAuthentication } from './reused-clients';
import { SahayakAdapter } from './sahayak-adapter';
import { SahayakBot } from './sahayak-bot';
import { createTurnErrorHandler } from './turn-error';
import { UserPreferences } from './user-profile';
import { JsonlInsightsStore } from '../insights';
import type { FileCheckIo } from './file-check-flow';

/** The bot and its adapter, wired to the core. */
export interface BotParts {
  readonly bot: SahayakBot;
  readonly adapter: SahayakAdapter;
  readonly storage: Storage;
  /** Feedback and unanswered questions (flush at shutdown). */
  readonly insights: JsonlInsightsStore;
}

/** File download, check and upload; the file checker is loaded only when the first file arrives (start-up stays small). */
const LAZY_FILE_IO: FileCheckIo = {
  downloadAndCheck: async (url, options) => {
    const files = await import('../files');
    return files.downloadAndCheck(url, options, files.checkBufferInWorker);
  },
  upload: async (url, body) => (await import('../files')).uploadToUrl(url, body),
};

/** Builds the Bot Framework adapter (auth from config, open when no app id; turn clients reused) and the bot. */
export function createBot(config: AppConfig, core: Core, logger: Logger, storage: Storage = new MemoryStorage()): BotParts {
  const auth = new ReusingBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
    ...config.botFrameworkEndpoints,
  });
  const adapter = new SahayakAdapter(auth);
  adapter.onTurnError = createTurnErrorHandler(logger, core.i18n);
  const insights = new JsonlInsightsStore(config.insightsFile, (err) =>
    logger.warn({ errorName: (err as Error)?.name, code: (err as NodeJS.ErrnoException)?.code }, 'insight not recorded'),
  );
  const bot = new SahayakBot({
    assistant: core.assistant,
    renderer: new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory)),
    preferences: new UserPreferences(storage, {
      unsavedNote: (lang) => core.i18n.getFixedT(lang, 'server')('preferenceNotSaved'),
    }),
    i18n: core.i18n,
    insights,
    directory: core.directory,
    clock: core.clock,
    files: LAZY_FILE_IO,
  });
  return { bot, adapter, storage, insights };
}
