import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import type { Lifecycle } from './lifecycle';

const REF = Symbol('sahayak.correlationId');
type WithRef = Request & { [REF]?: string };

/** A short id a user can quote to the helpdesk; also returned in the `x-correlation-id` header. */
export function newCorrelationId(): string {
  const uuid = randomUUID();
  return uuid.slice(0, 8) + uuid.slice(9, 13);
}

/** The correlation id given to this request by {@link requestScope}. */
export function correlationIdOf(req: Request): string {
  const withRef = req as WithRef;
  return (withRef[REF] ??= newCorrelationId());
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
 * The one `pre` handler every request passes: counts it in flight (for the shutdown
 * drain), gives it a correlation id, and writes one log line when it ends: method,
 * route pattern, status, duration, id. Never bodies, headers or query.
 */
export function requestScope(logger: Logger, lifecycle: Lifecycle) {
  return (req: Request, res: Response, next: () => void): void => {
    const started = performance.now();
    const ref = correlationIdOf(req);
    res.setHeader('x-correlation-id', ref);
    lifecycle.begin(res, req.socket);
    // 'close' follows every response, finished or aborted: one listener does both jobs.
    res.once('close', () => {
      lifecycle.end(res, req.socket);
      const line = { ref, method: req.method, route: routeOf(req), status: res.statusCode, ms: Math.round((performance.now() - started) * 100) / 100, aborted: !res.writableFinished || undefined };
      if (res.statusCode >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}
