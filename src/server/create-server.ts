import restify, { Server } from 'restify';
import type { CloudAdapter, ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';

/** What the HTTP server serves. */
export interface ServerDeps {
  readonly adapter: CloudAdapter;
  readonly bot: ActivityHandler;
  readonly logger: Logger;
  /** Readiness: content loaded, storage reachable. */
  readonly ready?: () => Promise<boolean>;
  /** More routes (the tab page and its JSON endpoints). */
  readonly routes?: readonly ((server: Server) => void)[];
}

/** Creates the restify server: `POST /api/messages`, `GET /healthz`, `GET /readyz`. */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'igot-sahayak', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.get('/readyz', async (_req, res) => {
    const ready = deps.ready ? await deps.ready() : true;
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not-ready' });
  });
  for (const register of deps.routes ?? []) register(server);
  return server;
}
