import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/** Timestamps arrive as strings; Bot Framework's turn expects `Date`s and keeps the raw text (as `CloudAdapter.process` does). */
function withDates(activity: Activity): Activity {
  const a = activity as Activity & Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    const value = a[field];
    if (typeof value === 'string') {
      a[raw] = value;
      a[field] = new Date(value);
    }
  }
  return activity;
}

/**
 * botbuilder's `CloudAdapter` with its turn entry point open to the messages route.
 * `CloudAdapter.process` first re-checks the request against zod schemas that it builds
 * again on every call (measured: about a tenth of a turn's CPU time on this stack). The
 * route has already checked the activity's shape itself, so it calls the adapter's
 * `processActivity`: the same Bot Framework token validation and the same turn.
 */
export class SahayakAdapter extends CloudAdapter {
  /** Validates `authHeader` (when auth is on), runs `logic` for the activity, and returns the invoke or `expectReplies` response. */
  runTurn(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, withDates(activity), logic);
  }
}
