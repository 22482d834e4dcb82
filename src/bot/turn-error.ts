import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { replyScript } from '../domain/text/normalize';
import type { I18n } from '../i18n';

/**
 * The one place turn errors end: log without personal data (error name and a
 * correlation id, never the message text), apologise in the user's language.
 */
export function createTurnErrorHandler(logger: Logger, i18n: I18n) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const ref = randomUUID().slice(0, 8);
    logger.error({ ref, errorName: error?.name, activityType: context.activity?.type, stack: error?.stack?.split('\n').slice(1, 4).join(' | ') }, 'turn failed');
    const activity = context.activity ?? {};
    const hindi = /^hi/i.test(activity.locale ?? '') || replyScript(activity.text ?? '') === 'devanagari';
    try {
      await context.sendActivity(i18n.getFixedT(hindi ? 'hi' : 'en')('reply.error', { ref }));
    } catch {
      logger.warn({ ref }, 'could not send the apology');
    }
  };
}
