import { INVOKE_RESPONSE_KEY } from 'botbuilder';
import type { ActivityHandler, CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import { CORRELATION_ID_KEY } from '../bot/turn-error';
import { activityProblem } from './activity-guard';
import { correlationIdOf } from './request-log';

/** What the messages endpoint needs. */
export interface MessagesDeps {
  readonly adapter: CloudAdapter;
  readonly bot: ActivityHandler;
  readonly logger: Logger;
}

/**
 * An invoke nobody handles ends as 501 in Bot Framework; answer it as handled and
 * empty instead (Teams shows nothing rather than an error, and no 5xx is logged).
 */
function acknowledgeUnknownInvoke(context: TurnContext): void {
  if (context.activity.type !== 'invoke') return;
  const current = context.turnState.get(INVOKE_RESPONSE_KEY) as { value?: { status?: number } } | undefined;
  if (!current?.value || current.value.status === 501) {
    context.turnState.set(INVOKE_RESPONSE_KEY, { type: 'invokeResponse', value: { status: 200, body: {} } });
  }
}

/**
 * `POST /api/messages`: checks the activity's shape (400 when unusable), then hands it
 * to `adapter.process` (Bot Framework token validation: 401 when it fails). Any error
 * ends the request with a status and a correlation id: never a rejection or a hang.
 */
export function messagesHandler(deps: MessagesDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const ref = correlationIdOf(req);
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { error: 'bad-request', message: problem, ref });
      return;
    }
    try {
      await deps.adapter.process(req, res, async (context) => {
        context.turnState.set(CORRELATION_ID_KEY, ref);
        try {
          await deps.bot.run(context);
        } finally {
          acknowledgeUnknownInvoke(context);
        }
      });
    } catch (err) {
      const name = (err as Error)?.name ?? 'Error';
      const clientError = name === 'ZodError';
      deps.logger[clientError ? 'warn' : 'error']({ ref, errorName: name }, 'activity not processed');
      if (!res.headersSent) res.send(clientError ? 400 : 500, { error: clientError ? 'bad-request' : 'server-error', ref });
      else if (!res.writableEnded) res.end();
    }
  };
}
