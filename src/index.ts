import './server/startup'; // first: the compile cache, and optional modules loaded on use
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import { AppConfig, loadConfig } from './config';
import { createCore } from './compose';
import { createBot } from './bot/create-bot';
import { createLogger } from './server/logger';
import { createServer } from './server/create-server';
import { Lifecycle } from './server/lifecycle';
import { tabRoutes } from './server/tab-routes';
import { createStateStore, StateStore, StoreTimings } from './storage/create-storage';

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
}

/** Composition root: config → core → state store → bot → HTTP server, listening. */
export async function startApp(config: AppConfig = loadConfig(), options: StartOptions = {}): Promise<RunningApp> {
  const started = process.hrtime.bigint();
  const logger = options.logger ?? createLogger(config.logLevel);
  if (!config.microsoftAppId) logger.warn('MicrosoftAppId is not set: authentication is OFF (local use only)');
  const core = createCore(config);
  const store = createStateStore(config, logger, options.storeTimings);
  const { bot, adapter, insights } = createBot(config, core, logger, store.storage);
  const lifecycle = new Lifecycle();
  const contentLoaded = core.assistant.topics().length > 0;
  const ready = async (): Promise<boolean> => contentLoaded && (await store.probe());
  const server = createServer({ adapter, bot, logger, lifecycle, ready, routes: options.routes ?? [tabRoutes(core)] });
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
      await insights.flush();
      return clean;
    },
  };
}

/** Runs the server until SIGTERM/SIGINT, then drains turns in flight and exits 0. */
function main(): void {
  const config = loadConfig();
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
