import pino, { Logger } from 'pino';

/**
 * A structured logger that never prints request bodies (only what callers pass
 * explicitly). By default it writes to standard output asynchronously, so a
 * busy server does not make one write per log line (flush it before exiting).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const out = destination ?? pino.destination({ dest: 1, sync: false });
  return pino({ level, base: { app: 'igot-sahayak' }, redact: { paths: ['text', 'body', '*.text', '*.body'], remove: true } }, out);
}
