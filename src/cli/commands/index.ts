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

/**
 * One sub-command: how to run it and how to call it. `sahayak <name> --help` prints the usage line,
 * `<name>.summary` from `locales/<lang>/cli.json`, and each option with `<name>.option.<option>`.
 */
export interface CommandSpec {
  readonly run: Command;
  /** The syntax after `sahayak ` (the same in every language). */
  readonly usage: string;
  /** Its options as typed (`--at TIME`), described under `<name>.option.<at>` in cli.json. */
  readonly options?: readonly string[];
}

/** The sub-commands of `sahayak`, by name, in the order `sahayak --help` lists them. To add one: a line here and its keys in cli.json. */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = Object.freeze({
  ask: { run: runAsk, usage: 'ask [--lang hi|en] [--json] [--at ISO-8601] [QUESTION…]', options: ['--lang hi|en', '--json', '--at TIME'] },
  contacts: { run: runContacts, usage: 'contacts [--lang hi|en] [--json] [QUERY…]', options: ['--lang hi|en', '--json'] },
  check: { run: runCheck, usage: 'check [--lang hi|en] [--json] [--out FILE.xlsx] [FILE.xlsx | FILE.csv]', options: ['--lang hi|en', '--json', '--out FILE.xlsx'] },
  desk: { run: runDesk, usage: 'desk [--lang hi|en] [--json] [--all]', options: ['--lang hi|en', '--json', '--all'] },
  insights: { run: runInsights, usage: 'insights [--lang hi|en] [--json] [--top N] [--file PATH]', options: ['--lang hi|en', '--json', '--top N', '--file PATH'] },
  teach: {
    run: runTeach,
    usage: 'teach (--question TEXT | --entry N [--file PATH]) --topic ID [--dry-run] [--json] [--lang hi|en]',
    options: ['--question TEXT', '--entry N', '--file PATH', '--topic ID', '--dry-run', '--json', '--lang hi|en'],
  },
});
