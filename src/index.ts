import { loadConfig } from './config';
import { createCore } from './compose';
import { createBot } from './bot/create-bot';
import { createLogger } from './server/logger';
import { createServer } from './server/create-server';
import { tabRoutes } from './server/tab-routes';

/** Composition root: config → core → bot → HTTP server. */
function main(): void {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const core = createCore(config);
  const { bot, adapter } = createBot(config, core, logger);
  const server = createServer({ adapter, bot, logger, routes: [tabRoutes(core)] });
  if (!config.microsoftAppId) logger.warn('MicrosoftAppId is not set: authentication is off (local use only)');
  server.listen(config.port, config.host, () => {
    console.log(`iGOT Sahayak ready on http://localhost:${config.port}/api/messages (started in ${Date.now() - started} ms)`);
  });
}

main();
