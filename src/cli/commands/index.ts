import type { AppConfig } from '../../config';
import type { CliIo } from '../cli-io';
import { runAsk } from './ask';
import { runCheck } from './check';
import { runContacts } from './contacts';
import { runDesk } from './desk';
import { runInsights } from './insights';
import { runTeach } from './teach';

/** A CLI sub-command: gets its arguments, the streams and the config; resolves to an exit status. */
export type Command = (args: readonly string[], io: CliIo, config: AppConfig) => Promise<number>;

/** The sub-commands of `sahayak`, by name. */
export const COMMANDS: Readonly<Record<string, Command>> = Object.freeze({
  ask: runAsk,
  check: runCheck,
  contacts: runContacts,
  desk: runDesk,
  insights: runInsights,
  teach: runTeach,
});
