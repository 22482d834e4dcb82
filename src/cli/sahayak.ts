#!/usr/bin/env node
import '../server/startup'; // first: the compile cache, and optional modules loaded on use
import { loadConfig } from '../config';
import { createI18n } from '../i18n';
import type { Lang } from '../domain/types';
import { UsageError, type CliIo } from './cli-io';
import { COMMANDS } from './commands';
import { asksForHelp, commandHelp, generalHelp, langArg, type CliT } from './help';

/** The CLI's texts in one language, or in both ("English / हिंदी") when no `--lang` chose one. */
function cliText(lang: Lang | undefined): CliT {
  const i18n = createI18n(loadConfig().localesDir);
  const one = (l: Lang): CliT => (key, params) => String(i18n.t(key, { lng: l, defaultValue: '', ...params }));
  if (lang) return one(lang);
  return (key, params) => [...new Set([one('en')(key, params), one('hi')(key, params)].filter(Boolean))].join(' / ');
}

/** Runs the `sahayak` command line; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const lang = langArg(argv);
  if (name === 'help' || (name !== undefined && asksForHelp([name]))) {
    const topic = rest.find((a) => COMMANDS[a]);
    const t = cliText(lang ?? 'en');
    io.stdout.write(`${topic ? commandHelp(topic, COMMANDS[topic], t) : generalHelp(COMMANDS, t)}\n`);
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const t = cliText(lang);
    io.stderr.write(`${name ? `${t('cli:errors.unknown-command', { name })}\n` : ''}${generalHelp(COMMANDS, cliText(lang ?? 'en'))}\n`);
    return 2;
  }
  if (asksForHelp(rest)) {
    io.stdout.write(`${commandHelp(name, command, cliText(lang ?? 'en'))}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io, loadConfig());
  } catch (err) {
    const said = err instanceof UsageError && err.key ? cliText(lang)(err.key, err.params) : '';
    const reason = said || (err instanceof Error ? err.message : String(err));
    const subject = err instanceof UsageError && err.subject ? `${err.subject}: ` : '';
    io.stderr.write(`sahayak ${name}: ${subject}${reason.split('\n')[0]}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
