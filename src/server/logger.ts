import pino, { Logger } from 'pino';

/** A structured logger that never prints request bodies (only what callers pass explicitly). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { app: 'igot-sahayak' }, redact: { paths: ['text', 'body', '*.text', '*.body'], remove: true } }, destination);
}
