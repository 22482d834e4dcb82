import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { replyScript } from '../domain/text/normalize';
import type { I18n } from '../i18n';

/** Turn-state key under which the HTTP layer leaves the request's correlation id. */
export const CORRELATION_ID_KEY = Symbol('sahayak.correlationId');

/** The correlation id of this turn's request (a fresh one when the turn did not come over HTTP). */
export function correlationId(context: TurnContext): string {
  const id = context.turnState?.get(CORRELATION_ID_KEY);
  return typeof id === 'string' ? id : randomUUID().slice(0, 8);
}

/**
 * The one place turn errors end: log without personal data (error name, a few stack
 * frames and the request's correlation id, never the error message or the message
 * text), then apologise in the user's language quoting the same id.
 */
export function createTurnErrorHandler(logger: Logger, i18n: I18n) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const ref = correlationId(context);
    const activity = context.activity ?? {};
    logger.error(
      { ref, errorName: error?.name, activityType: activity.type, stack: error?.stack?.split('\n').slice(1, 4).map((l) => l.trim()).join(' | ') },
      'turn failed',
    );
    const hindi = /^hi/i.test(typeof activity.locale === 'string' ? activity.locale : '') || replyScript(typeof activity.text === 'string' ? activity.text : '') === 'devanagari';
    try {
      await context.sendActivity(i18n.getFixedT(hindi ? 'hi' : 'en')('reply.error', { ref }));
    } catch (sendError) {
      logger.warn({ ref, errorName: (sendError as Error)?.name }, 'could not send the apology');
    }
  };
}
