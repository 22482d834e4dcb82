import readline from 'node:readline';

/** The streams a command reads and writes (injected so tests can capture them). */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/**
 * A bad command line: the CLI prints the reason on one line and exits 2. With a `code` (a key of
 * `errors` in `locales/<lang>/cli.json`, or a whole key such as `checker:limit.empty-file`) the
 * reason is said in the user's language; without one, `message` is printed as it is. `subject`
 * (a file name) is printed before the reason.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly subject?: string,
  ) {
    super(message);
  }

  /** A usage error said from its locale key (`message` is the code, for logs and tests). */
  static of(code: string, params: Readonly<Record<string, string | number>> = {}, subject?: string): UsageError {
    return new UsageError(code, code, params, subject);
  }

  /** The locale key of the reason. */
  get key(): string | undefined {
    return this.code && (this.code.includes(':') ? this.code : `cli:errors.${this.code}`);
  }
}

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
      if (value === undefined) throw UsageError.of('needs-value', { option: `--${name}` });
      flags.set(name, value);
    } else throw UsageError.of('unknown-option', { option: `--${name}` });
  }
  return { flags, positional };
}

/**
 * Yields the lines of standard input, or fails with `code` (a `cli.json` error) when there is no
 * line with anything on it; blank lines before the first real one are held back, then given in order.
 */
export async function* readNonEmptyLines(stdin: NodeJS.ReadableStream, code = 'nothing-given'): AsyncGenerator<string> {
  const held: string[] = [];
  let seen = false;
  for await (const line of readLines(stdin)) {
    if (!seen && !line.trim()) {
      held.push(line);
      continue;
    }
    if (!seen) yield* held.splice(0);
    seen = true;
    yield line;
  }
  if (!seen) throw UsageError.of(code);
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
