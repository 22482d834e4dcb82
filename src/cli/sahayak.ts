#!/usr/bin/env node
import '../server/startup'; // first: the compile cache, and optional modules loaded on use
import { loadConfig } from '../config';
import type { CliIo } from './cli-io';
import { COMMANDS } from './commands';

const USAGE = 'usage: sahayak <ask|contacts|check|insights> [options]';

/** Runs the `sahayak` command line; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`${name ? `unknown command '${name}'. ` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    return await command(rest, io, loadConfig());
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    io.stderr.write(`sahayak ${name}: ${reason.split('\n')[0]}\n`);
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

