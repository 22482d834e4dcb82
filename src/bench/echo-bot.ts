import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/**
 * The floor for a turn on this stack: the same botbuilder CloudAdapter (auth off) and
 * restify body parser as the real server, answering every message with its own text.
 * It is the textbook bot (`adapter.process`); the real server skips that method's zod
 * re-checks (see `SahayakAdapter`), and the README says what that is worth.
 * Run as a child process by the benchmark: `PORT=<port> node dist/bench/echo-bot.js`.
 */
export function startEchoBot(port: number, host = '127.0.0.1'): Promise<restify.Server> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (require.main === module) {
  const started = process.hrtime.bigint();
  const port = Number(process.argv[2] ?? 3979);
  void startEchoBot(port).then(() => {
    process.stdout.write(`${JSON.stringify({ msg: 'ready', port, startupMs: Number(process.hrtime.bigint() - started) / 1e6 })}\n`);
  });
  process.once('SIGTERM', () => process.exit(0));
}
