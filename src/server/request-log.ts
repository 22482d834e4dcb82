import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';

const ids = new WeakMap<Request, string>();

/** A short id a user can quote to the helpdesk; also returned in the `x-correlation-id` header. */
export function newCorrelationId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 12);
}

/** The correlation id given to this request by {@link requestLogger}. */
export function correlationIdOf(req: Request): string {
  let id = ids.get(req);
  if (!id) ids.set(req, (id = newCorrelationId()));
  return id;
}

/** The route pattern served (never the raw path or query, which could carry personal data). */
function routeOf(req: Request): string {
  try {
    return req.getRoute()?.path?.toString() ?? '-';
  } catch {
    return '-';
  }
}

/**
 * A `pre` handler: gives every request a correlation id and writes one log line when
 * it ends: method, route pattern, status, duration, id. Never bodies, headers or query.
 */
export function requestLogger(logger: Logger) {
  return (req: Request, res: Response, next: () => void): void => {
    const started = process.hrtime.bigint();
    const ref = correlationIdOf(req);
    res.setHeader('x-correlation-id', ref);
    let logged = false;
    const done = (): void => {
      if (logged) return;
      logged = true;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = { ref, method: req.method, route: routeOf(req), status: res.statusCode, ms: Math.round(ms * 100) / 100, aborted: !res.writableFinished || undefined };
      if (res.statusCode >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
