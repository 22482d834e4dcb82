import './server/startup'; // first: the compile cache, and optional modules loaded on use
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import { AppConfig, credentialProblem, loadConfig } from './config';
import { createCore } from './compose';
import { createBot } from './bot/create-bot';
import { frameworkStorageBackends } from './bot/framework-storage';
import { createLogger } from './server/logger';
import { createServer } from './server/create-server';
import { Lifecycle } from './server/lifecycle';
import { tabRoutes } from './server/tab-routes';
import { tabAuth } from './server/tab-auth';
import { createStateStore, StateStore, StoreTimings } from './storage/create-storage';
import { holidayListWarnings, holidayWarningText } from './domain/help-desk/holiday-lists';
import { CheckLimiter } from './files/check-limiter';
import type { OutboundPolicy } from './files/outbound';
import { boundBotSigningKeys, type BotKeySources } from './server/bot-signing-keys';
import { loadAuthModules, loadTurnExports } from './server/lazy-exports';

/** A started app (tests start several on port 0). */
export interface RunningApp {
  readonly server: Server;
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly store: StateStore;
  /** Core built and listening, in milliseconds. */
  readonly startupMs: number;
  /** Graceful stop: stop accepting, finish requests in flight (at most `graceMs`). */
  stop(graceMs?: number): Promise<boolean>;
}

/** Options for {@link startApp} (tests inject a logger and short store timings). */
export interface StartOptions {
  readonly logger?: Logger;
  readonly storeTimings?: StoreTimings;
  /** Extra routes in place of the tab's (default: the tab page and its endpoints). */
  readonly routes?: readonly ((server: Server) => void)[];
  /** The core's clock (tests: desk hours and holiday-list warnings as of a moment). */
  readonly clock?: () => Date;
  /** Where sent files may be fetched from and uploaded to (tests inject a policy for a local file server; default: `config.fileHosts`). */
  readonly outbound?: OutboundPolicy;
  /** Where the Bot Framework's OpenID metadata is fetched from (tests point it at a local key server; default: the public endpoints). */
  readonly botKeySources?: BotKeySources;
}

/** Composition root: config → core → state store → bot → HTTP server, listening. */
export async function startApp(config: AppConfig = loadConfig(), options: StartOptions = {}): Promise<RunningApp> {
  const started = process.hrtime.bigint();
  const problem = credentialProblem(config);
  if (problem) throw new Error(problem);
  const logger = options.logger ?? createLogger(config.logLevel);
  if (!config.microsoftAppId) logger.warn({ host: config.host }, 'MicrosoftAppId is not set: authentication is OFF (local use only): the bot and the tab answer anyone who can reach this address');
  if (config.microsoftAppId) boundBotSigningKeys(options.botKeySources);
  const core = createCore(config, options.clock ? { clock: options.clock } : {});
  const store = createStateStore(config, logger, frameworkStorageBackends, options.storeTimings);
  const fileChecks = new CheckLimiter(config.fileChecksAtOnce, config.fileCheckQueue);
  const { bot, adapter, insights, desk } = createBot(config, core, logger, store.storage, { outbound: options.outbound, fileChecks });
  const lifecycle = new Lifecycle();
  const contentLoaded = core.assistant.topics().length > 0;
  const ready = async (): Promise<boolean> => contentLoaded && (await store.probe());
  const readyDetail = (): Record<string, unknown> => {
    const warnings = holidayListWarnings(core.calendar.years(), core.clock()).map(holidayWarningText);
    return warnings.length ? { warnings } : {};
  };
  loadTurnExports(); // what answering a message reads is loaded before listening, not with the first message
  if (config.microsoftAppId) loadAuthModules();
  const server = createServer({ adapter, bot, logger, lifecycle, ready, readyDetail, routes: options.routes ?? [tabRoutes(core, { fileChecks, auth: tabAuth(config, core.i18n) })] });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const startupMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
  logger.info({ port, startupMs, store: store.kind, auth: config.microsoftAppId ? 'on' : 'off' }, 'ready');
  logger.flush(); // the ready line goes out now, not with the next chunk
  return {
    server, port, url: `http://127.0.0.1:${port}`, store, startupMs,
    stop: async (graceMs = 10_000) => {
      const clean = await lifecycle.drain(server.server, graceMs);
      await desk.stop();
      await insights.flush();
      store.close();
      return clean;
    },
  };
}

/** Runs the server until SIGTERM/SIGINT, then drains turns in flight and exits 0 (`npm start` calls it through scripts/start.js). */
export function main(): void {
  const config = loadConfig();
  const problem = credentialProblem(config);
  if (problem) {
    process.stderr.write(`iGOT Sahayak cannot start: ${problem}.\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  startApp(config, { logger }).then(
    (app) => {
      console.log(`iGOT Sahayak is ready: bot on http://localhost:${app.port}/api/messages, tab on http://localhost:${app.port}/tab`);
      let stopping = false;
      const shutdown = (signal: string): void => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'shutting down: finishing requests in flight');
        app.stop().then(
          (clean) => {
            logger.info({ clean }, 'stopped');
            logger.flush(() => process.exit(0));
          },
          () => logger.flush(() => process.exit(1)),
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    },
    (err: Error) => {
      logger.fatal({ errorName: err?.name, code: (err as NodeJS.ErrnoException)?.code }, 'could not start');
      logger.flush(() => process.exit(1));
    },
  );
  process.on('unhandledRejection', (reason) => logger.error({ errorName: (reason as Error)?.name ?? typeof reason }, 'unhandled rejection'));
}

if (require.main === module) main();
