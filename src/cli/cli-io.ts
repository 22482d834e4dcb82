import readline from 'node:readline';

/** The streams a command reads and writes (injected so tests can capture them). */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** A bad command line: the CLI prints the reason on one line and exits 2. */
export class UsageError extends Error {}

/** Parsed flags and positional arguments. */
export interface ParsedArgs {
  readonly flags: ReadonlyMap<string, string | true>;
  readonly positional: readonly string[];
}

/**
 * Parses `--flag`, `--flag value` (for the named value flags) and positionals.
 * Unknown flags are a usage error.
 */
export function parseArgs(args: readonly string[], booleanFlags: readonly string[], valueFlags: readonly string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (booleanFlags.includes(name) && inline === undefined) flags.set(name, true);
    else if (valueFlags.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { flags, positional };
}

/** Yields standard input line by line (without line endings). */
export async function* readLines(stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  const rl = readline.createInterface({ input: stdin, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

/** Reads all of standard input as text. */
export async function readAll(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
