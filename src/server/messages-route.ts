import { INVOKE_RESPONSE_KEY } from 'botbuilder';
import type { Activity, ActivityHandler, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import type { SahayakAdapter } from '../bot/sahayak-adapter';
import { CORRELATION_ID_KEY } from '../bot/turn-error';
import { activityProblem } from './activity-guard';
import { correlationIdOf } from './request-log';

/** What the messages endpoint needs. */
export interface MessagesDeps {
  readonly adapter: Pick<SahayakAdapter, 'runTurn'>;
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

/** The status of a refused token (botbuilder's `AuthenticationError` carries it), or undefined for any other error. */
function authFailureStatus(err: unknown): number | undefined {
  const status = (err as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * `POST /api/messages`: checks the activity's shape (400 when unusable), then runs the
 * turn (Bot Framework token validation: 401 when it fails) and sends its response. Any
 * error ends the request with a status and a correlation id: never a rejection or a hang.
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
      const response = await deps.adapter.runTurn(req.headers.authorization ?? '', req.body as Activity, async (context) => {
        context.turnState.set(CORRELATION_ID_KEY, ref);
        try {
          await deps.bot.run(context);
        } finally {
          acknowledgeUnknownInvoke(context);
        }
      });
      if (response?.body !== undefined) res.send(response.status ?? 200, response.body);
      else {
        res.status(response?.status ?? 200);
        res.end();
      }
    } catch (err) {
      const name = (err as Error)?.name ?? 'Error';
      const refused = authFailureStatus(err);
      deps.logger[refused ? 'warn' : 'error']({ ref, errorName: name, status: refused }, refused ? 'request not authorized' : 'activity not processed');
      if (!res.headersSent) res.send(refused ?? 500, { error: refused ? 'unauthorized' : 'server-error', ref });
      else if (!res.writableEnded) res.end();
    }
  };
}
