import restify, { RequestHandler, Server } from 'restify';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';
import { formatJson } from './json-body';
import { Lifecycle } from './lifecycle';
import { messagesHandler, type MessagesDeps } from './messages-route';
import { correlationIdOf, requestScope } from './request-log';

/** Largest request body accepted (413 above it). Teams messages are far smaller. */
export const MAX_BODY_BYTES = 256 * 1024;

/** What the HTTP server serves. */
export interface ServerDeps {
  readonly adapter: MessagesDeps['adapter'];
  readonly bot: ActivityHandler;
  readonly logger: Logger;
  /** Readiness: content loaded, storage reachable. */
  readonly ready?: () => Promise<boolean>;
  /** Extra fields for `/readyz`'s body (warnings such as a missing holiday list); never its status. */
  readonly readyDetail?: () => Record<string, unknown>;
  /** More routes (the tab page and its JSON endpoints); `parseBody` is the server's body parser, for routes that take a body. */
  readonly routes?: readonly ((server: Server, parseBody: readonly RequestHandler[]) => void)[];
  /** Tracks requests in flight for graceful shutdown (one is made when omitted). */
  readonly lifecycle?: Lifecycle;
}

/** Fixed messages for the errors restify raises itself (the default ones can quote the body). */
const FIXED_ERRORS: Readonly<Record<number, string>> = {
  400: 'The request body is not valid JSON.',
  413: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
  415: 'Unsupported content type.',
};

/** The media type of a request, lower case, without parameters ('' when absent). */
export function mediaType(req: Pick<restify.Request, 'headers'>): string {
  return String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Only JSON reaches the body parser of `/api/messages`: anything else is refused with 415 before
 * a byte of the body is read (so nothing is ever parsed as a form or written to disk as a file).
 */
export function jsonOnly(req: restify.Request, res: restify.Response, next: (ok?: boolean) => void): void {
  if (mediaType(req) === 'application/json') return next();
  res.setHeader('connection', 'close');
  res.send(415, { error: 'unsupported-media-type', message: 'Only application/json is accepted.', ref: correlationIdOf(req) });
  return next(false);
}

/** Creates the restify server: `POST /api/messages`, `GET /healthz`, `GET /readyz`, plus `routes`. */
export function createServer(deps: ServerDeps): Server {
  const lifecycle = deps.lifecycle ?? new Lifecycle();
  const server = restify.createServer({ name: 'igot-sahayak', handleUncaughtExceptions: false, formatters: { 'application/json': formatJson } });
  server.server.requestTimeout = 30_000;
  server.server.headersTimeout = 20_000;
  lifecycle.watch(server.server);
  server.pre(requestScope(deps.logger, lifecycle));
  // Parsed only on the routes that take a body (each handler in restify's chain costs a tick). JSON only:
  // restify's full bodyParser would also take forms and multipart, writing each uploaded part to the temp folder.
  // (restify's types omit `maxBodySize`, which jsonBodyParser hands to its body reader.)
  const parseBody = restify.plugins.jsonBodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false } as restify.plugins.JsonBodyParserOptions);
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    const message = FIXED_ERRORS[status] ?? (status >= 500 ? 'Server error.' : 'Request refused.');
    err.toJSON = () => ({ code: status, message, ref: correlationIdOf(req) });
    if (status >= 500) deps.logger.error({ ref: correlationIdOf(req), errorName: err.name }, 'request error');
    callback();
  });
  server.post('/api/messages', jsonOnly, ...parseBody, messagesHandler(deps));
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.get('/readyz', async (_req, res) => {
    let ready = !lifecycle.isDraining;
    if (ready && deps.ready) ready = await deps.ready().catch(() => false);
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : lifecycle.isDraining ? 'shutting-down' : 'not-ready', ...deps.readyDetail?.() });
  });
  for (const register of deps.routes ?? []) register(server, parseBody);
  return server;
}
