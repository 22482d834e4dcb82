import { ActivityHandler, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { ReusingBotFrameworkAuthentication } from './reused-clients';
import { SahayakAdapter } from './sahayak-adapter';

/** The benchmark's floor: a bot that answers every message with its own text, on the real adapter. */
export interface EchoBot {
  /** The same adapter class as the real server (auth off), so both ways in are available. */
  readonly adapter: SahayakAdapter;
  /** The turn: `echo: <text>`. */
  readonly logic: (context: TurnContext) => Promise<void>;
}

/**
 * Builds the echo bot (served over HTTP by `src/server/bench-echo/botbuilder-echo.ts`); with
 * `reuseClients` its turn clients are kept, as Sahayak's are.
 */
export function createEchoBot(reuseClients = false): EchoBot {
  const auth = reuseClients ? new ReusingBotFrameworkAuthentication({}) : new ConfigurationBotFrameworkAuthentication({});
  const adapter = new SahayakAdapter(auth); // a CloudAdapter with runTurn
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  return { adapter, logic: (context) => bot.run(context) };
}
