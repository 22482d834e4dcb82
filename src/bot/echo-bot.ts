import { ActivityHandler, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { SahayakAdapter } from './sahayak-adapter';

/** The benchmark's floor: a bot that answers every message with its own text, on the real adapter. */
export interface EchoBot {
  /** The same adapter class as the real server (auth off), so both ways in are available. */
  readonly adapter: SahayakAdapter;
  /** The turn: `echo: <text>`. */
  readonly logic: (context: TurnContext) => Promise<void>;
}

/** Builds the echo bot (used by `src/bench/echo-bot.ts`, which serves it over HTTP). */
export function createEchoBot(): EchoBot {
  const adapter = new SahayakAdapter(new ConfigurationBotFrameworkAuthentication({})); // a CloudAdapter with runTurn
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  return { adapter, logic: (context) => bot.run(context) };
}
