import pino, { Logger } from 'pino';

/** Lines are written in chunks of this size, or after {@link FLUSH_MS}, whichever comes first. */
const CHUNK_BYTES = 4096;
const FLUSH_MS = 1000;

/** Standard output, written asynchronously in chunks (a busy server makes a few writes a second, not one per line). */
function bufferedStdout(): pino.DestinationStream {
  const out = pino.destination({ dest: 1, sync: false, minLength: CHUNK_BYTES });
  setInterval(() => out.flush(), FLUSH_MS).unref();
  return out;
}

/**
 * A structured logger. Callers pass only fixed fields (ids, routes, statuses, error
 * names): never message text, bodies or personal data; tests search the captured
 * logs for it. By default it writes to standard output asynchronously in chunks,
 * at most a second late (flush it before exiting).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { app: 'igot-sahayak' } }, destination ?? bufferedStdout());
}
