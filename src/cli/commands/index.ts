import type { AppConfig } from '../../config';
import type { CliIo } from '../cli-io';

/** A CLI sub-command: gets its arguments, the streams and the config; resolves to an exit status. */
export type Command = (args: readonly string[], io: CliIo, config: AppConfig) => Promise<number>;

/** A command whose module is loaded when it runs: `sahayak ask` never loads the file checker, `check` never the matcher. */
const lazy = <M>(load: () => Promise<M>, pick: (m: M) => Command): Command => async (args, io, config) => pick(await load())(args, io, config);

/** The sub-commands of `sahayak`, by name. */
export const COMMANDS: Readonly<Record<string, Command>> = Object.freeze({
  ask: lazy(() => import('./ask'), (m) => m.runAsk),
  check: lazy(() => import('./check'), (m) => m.runCheck),
  contacts: lazy(() => import('./contacts'), (m) => m.runContacts),
  insights: lazy(() => import('./insights'), (m) => m.runInsights),
});
