import pino, { Logger } from 'pino';

/**
 * A structured logger. Callers pass only fixed fields (ids, routes, statuses, error
 * names): never message text, bodies or personal data; tests search the captured
 * logs for it. By default it writes to standard output asynchronously, so a busy
 * server does not make one write per log line (flush it before exiting).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const out = destination ?? pino.destination({ dest: 1, sync: false });
  return pino({ level, base: { app: 'igot-sahayak' } }, out);
}
