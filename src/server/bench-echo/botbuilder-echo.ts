import '../startup'; // as the server: compile cache, optional modules loaded on use (restify 11 then loads on Node 24 too)
import restify from 'restify';
import { createEchoBot } from '../../bot/echo-bot';
import { sendTurnResponse } from '../messages-route';

/** How the echo bot hands a request to the adapter: `process`, `direct` (as Sahayak does), or `reused` (as Sahayak does, turn clients kept). */
export type EchoEntry = 'process' | 'direct' | 'reused';

/**
 * The floor for a turn on this stack: the same botbuilder CloudAdapter (auth off) and
 * restify body parser as the real server, answering every message with its own text.
 * `process` is the textbook bot (`adapter.process`, the floor the targets are judged
 * against); `direct` enters the adapter the way the real server does
 * (`SahayakAdapter.runTurn`, skipping `process`'s zod re-checks), for a like-for-like figure.
 * Run as a child process by the benchmark: `node dist/server/bench-echo/botbuilder-echo.js <port> [direct]`.
 */
export function startEchoBot(port: number, host = '127.0.0.1', entry: EchoEntry = 'process'): Promise<restify.Server> {
  const { adapter, logic } = createEchoBot(entry === 'reused');
  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    if (entry === 'process') return adapter.process(req, res, logic);
    sendTurnResponse(res, await adapter.runTurn(req.headers.authorization ?? '', req.body, logic));
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (require.main === module) {
  const started = process.hrtime.bigint();
  const port = Number(process.argv[2] ?? 3979);
  const entry = process.argv[3] === 'direct' || process.argv[3] === 'reused' ? process.argv[3] : 'process';
  void startEchoBot(port, '127.0.0.1', entry).then(() => {
    process.stdout.write(`${JSON.stringify({ msg: 'ready', port, startupMs: Number(process.hrtime.bigint() - started) / 1e6 })}\n`);
  });
  process.once('SIGTERM', () => process.exit(0));
}
