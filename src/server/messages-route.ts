import { INVOKE_RESPONSE_KEY } from 'botbuilder';
import type { Activity, ActivityHandler, InvokeResponse, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import type { SahayakAdapter } from '../bot/sahayak-adapter';
import { CORRELATION_ID_KEY } from '../bot/turn-error';
import { activityProblem, withoutMalformedParts } from './activity-guard';
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

/** Seconds a caller is asked to wait when the signing keys cannot be had. */
export const AUTH_RETRY_SECONDS = 30;

/** jsonwebtoken's errors for a token that does not verify (botbuilder lets them through unwrapped). */
const TOKEN_ERRORS: ReadonlySet<string> = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * The 4xx status for a request the adapter refused before any turn: botbuilder's
 * `AuthenticationError` carries one (`statusCode`); a token that fails verification is 401.
 * Undefined for anything else, which is a server error (e.g. the signing keys could not be fetched).
 */
export function refusalStatus(err: unknown): number | undefined {
  const e = err as { name?: unknown; statusCode?: unknown } | null | undefined;
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return e.statusCode;
  return typeof e?.name === 'string' && TOKEN_ERRORS.has(e.name) ? 401 : undefined;
}

/** Sends what a turn returned: the invoke or `expectReplies` body with its status, or an empty 200. */
export function sendTurnResponse(res: Response, response: InvokeResponse | undefined): void {
  if (response?.body !== undefined) res.send(response.status ?? 200, response.body);
  else {
    res.status(response?.status ?? 200);
    res.end();
  }
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
      const activity = withoutMalformedParts(req.body as Record<string, unknown>) as unknown as Activity;
      const response = await deps.adapter.runTurn(req.headers.authorization ?? '', activity, async (context) => {
        context.turnState.set(CORRELATION_ID_KEY, ref);
        try {
          await deps.bot.run(context);
        } finally {
          acknowledgeUnknownInvoke(context);
        }
      });
      sendTurnResponse(res, response);
    } catch (err) {
      if ((err as Error)?.name === 'SigningKeysUnavailable') {
        // Fail closed and fast: no keys were ever had and none can be fetched now.
        deps.logger.warn({ ref, errorName: 'SigningKeysUnavailable', status: 503 }, 'request refused');
        if (!res.headersSent) {
          res.setHeader('Retry-After', String(AUTH_RETRY_SECONDS));
          res.send(503, { error: 'auth-unavailable', ref });
        }
        return;
      }
      const refused = refusalStatus(err);
      const errorName = (err as Error)?.name ?? 'Error';
      if (refused) deps.logger.warn({ ref, errorName, status: refused }, 'request refused');
      else deps.logger.error({ ref, errorName }, 'activity not processed');
      const error = refused === 401 || refused === 403 ? 'unauthorized' : refused ? 'bad-request' : 'server-error';
      if (!res.headersSent) res.send(refused ?? 500, { error, ref });
      else if (!res.writableEnded) res.end();
    }
  };
}
