import type { Lang } from '../domain/types';
import type { CommandSpec } from './commands';

/** Translate function of the CLI's texts (`cli` namespace); '' for a missing key. */
export type CliT = (key: string, params?: Record<string, string | number>) => string;

/** `sahayak --help`: the usage line, each command with its summary, and how to get more. */
export function generalHelp(commands: Readonly<Record<string, CommandSpec>>, t: CliT): string {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length));
  const lines = names.map((n) => `  ${n.padEnd(width)}  ${t(`cli:${n}.summary`)}`.trimEnd());
  return [`${t('cli:help.usage')} sahayak <${names.join('|')}> [options]`, '', t('cli:help.commands'), ...lines, '', t('cli:help.more')].join('\n');
}

/** `sahayak <command> --help`: its usage line, summary and options (each with its description, when cli.json has one). */
export function commandHelp(name: string, spec: CommandSpec, t: CliT): string {
  const options = spec.options ?? [];
  const width = Math.max(0, ...options.map((o) => o.length));
  const described = options.map((o) => `  ${o.padEnd(width)}  ${t(`cli:${name}.option.${o.replace(/^--/, '').split(' ')[0]}`)}`.trimEnd());
  const summary = t(`cli:${name}.summary`);
  return [`${t('cli:help.usage')} sahayak ${spec.usage}`, ...(summary ? ['', summary] : []), ...(options.length ? ['', t('cli:help.options'), ...described] : [])].join('\n');
}

/** True when the arguments ask for help (`--help` or `-h`, before a `--`). */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** The language `--lang` names in the arguments (`--lang hi`, `--lang=hi`), if a valid one. */
export function langArg(args: readonly string[]): Lang | undefined {
  for (let i = 0; i < args.length; i++) {
    const value = args[i] === '--lang' ? args[i + 1] : args[i].startsWith('--lang=') ? args[i].slice(7) : undefined;
    if (value === 'hi' || value === 'en') return value;
  }
  return undefined;
}
