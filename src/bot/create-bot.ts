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
import { createInsightsStore, type InsightsStore } from '../insights';
import type { FileCheckIo } from './file-check-flow';
import type { OutboundPolicy } from '../files/outbound';
import { CheckLimiter } from '../files/check-limiter';
import { createDesk } from './desk/create-desk';
import type { DeskService } from './desk/desk-service';

/** The bot and its adapter, wired to the core. */
export interface BotParts {
  readonly bot: SahayakBot;
  readonly adapter: SahayakAdapter;
  readonly storage: Storage;
  /** Feedback and unanswered questions (flush at shutdown). */
  readonly insights: InsightsStore;
  /** The query-assistance desk (stop it at shutdown). */
  readonly desk: DeskService;
}

/** What the bot's file checks are bound by (the composition root shares the limiter with the tab). */
export interface FileCheckBounds {
  /** Where files may be downloaded from and uploaded to (default: `config.fileHosts`, public addresses only). */
  readonly outbound?: OutboundPolicy;
  readonly fileChecks?: CheckLimiter;
}

/**
 * File download, check and upload, each check in a slot of the limiter; exceljs is loaded only when
 * the first file arrives (start-up stays small).
 */
function lazyFileIo(config: AppConfig, bounds: FileCheckBounds): FileCheckIo {
  const limiter = bounds.fileChecks ?? new CheckLimiter(config.fileChecksAtOnce, config.fileCheckQueue);
  let policy = bounds.outbound;
  const files = async () => {
    const loaded = await import('../files');
    policy ??= loaded.filePolicy(config.fileHosts);
    return { ...loaded, policy };
  };
  return {
    downloadAndCheck: async (url, options) => {
      const f = await files();
      const done = await limiter.run(() => f.downloadAndCheck(url, { ...options, policy: f.policy }, f.checkBufferInWorker));
      return done.busy ? 'busy' : done.value;
    },
    upload: async (url, body) => {
      const f = await files();
      return f.uploadToUrl(url, body, f.policy);
    },
  };
}

/** Builds the Bot Framework adapter (auth from config, open when no app id; turn clients reused) and the bot. */
export function createBot(config: AppConfig, core: Core, logger: Logger, storage: Storage = new MemoryStorage(), bounds: FileCheckBounds = {}): BotParts {
  const auth = new ReusingBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
    ...config.botFrameworkEndpoints,
  });
  const adapter = new SahayakAdapter(auth);
  adapter.onTurnError = createTurnErrorHandler(logger, core.i18n);
  const insights = createInsightsStore(config, (err) =>
    logger.warn({ errorName: (err as Error)?.name, code: (err as NodeJS.ErrnoException)?.code }, 'insight not recorded'),
  );
  const renderer = new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory));
  const desk = createDesk({ config, core, logger, storage, adapter, renderer, insights });
  const bot = new SahayakBot({
    assistant: core.assistant,
    renderer,
    preferences: new UserPreferences(storage, {
      unsavedNote: (lang) => core.i18n.getFixedT(lang, 'server')('preferenceNotSaved'),
    }),
    i18n: core.i18n,
    insights,
    directory: core.directory,
    clock: core.clock,
    files: lazyFileIo(config, bounds),
    desk,
  });
  return { bot, adapter, storage, insights, desk };
}
