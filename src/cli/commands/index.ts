import type { AppConfig } from '../../config';
import type { CliIo } from '../cli-io';

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

/** A command whose module is loaded when it runs: `sahayak ask` never loads the file checker, `check` never the matcher. */
const lazy = <M>(load: () => Promise<M>, pick: (m: M) => Command): Command => async (args, io, config) => pick(await load())(args, io, config);

/** The sub-commands of `sahayak`, by name, in the order `sahayak --help` lists them. To add one: a line here and its keys in cli.json. */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = Object.freeze({
  ask: { run: lazy(() => import('./ask'), (m) => m.runAsk), usage: 'ask [--lang hi|en] [--json] [--at ISO-8601] [QUESTION…]', options: ['--lang hi|en', '--json', '--at TIME'] },
  contacts: { run: lazy(() => import('./contacts'), (m) => m.runContacts), usage: 'contacts [--lang hi|en] [--json] [QUERY…]', options: ['--lang hi|en', '--json'] },
  check: { run: lazy(() => import('./check'), (m) => m.runCheck), usage: 'check [--lang hi|en] [--json] [--out FILE.xlsx] [FILE.xlsx | FILE.csv]', options: ['--lang hi|en', '--json', '--out FILE.xlsx'] },
  desk: { run: lazy(() => import('./desk'), (m) => m.runDesk), usage: 'desk [--lang hi|en] [--json] [--all]', options: ['--lang hi|en', '--json', '--all'] },
  insights: { run: lazy(() => import('./insights'), (m) => m.runInsights), usage: 'insights [--lang hi|en] [--json] [--top N] [--file PATH] [--purge]', options: ['--lang hi|en', '--json', '--top N', '--file PATH', '--purge'] },
  teach: {
    run: lazy(() => import('./teach'), (m) => m.runTeach),
    usage: 'teach (--question TEXT | --entry N [--file PATH]) --topic ID [--dry-run] [--json] [--lang hi|en]',
    options: ['--question TEXT', '--entry N', '--file PATH', '--topic ID', '--dry-run', '--json', '--lang hi|en'],
  },
});
