import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../../src/server/free-port';

const ROOT = path.resolve(__dirname, '../../..');
const REGISTER = path.join(ROOT, 'test/server/helpers/ts-register.js');
const DIST = path.join(ROOT, 'dist/index.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : fs.statSync(file).mtimeMs);
  }
  return newest;
}

/** The compiled server when it is newer than every source (`npm test` builds first), else the sources through the TypeScript loader. */
function entryArgs(): string[] {
  const built = fs.existsSync(DIST) && fs.statSync(DIST).mtimeMs >= newestSource(path.join(ROOT, 'src'));
  return built ? [DIST] : ['-r', REGISTER, path.join(ROOT, 'src/index.ts')];
}

/** A server in its own process (`node dist/index.js`, as `npm start` runs it): for what only a process shows (signals, its temp folder, its exit). */
export interface SpawnedServer {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code once the process ends. */
  readonly exited: Promise<number | null>;
  /** Ends the process (SIGKILL if it is still running). */
  kill(): void;
}

/** The environment of a spawned server: the parent's, less the app's own settings (each test sets what it needs). */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('Microsoft') || key.startsWith('SAHAYAK_') || key === 'HOST' || key === 'PORT') delete env[key];
  return env;
}

/** Runs `src/index.ts` in a child process with `env`; resolves when it has logged "ready" (rejects with its output if it exits first). */
export async function spawnServer(env: Record<string, string> = {}, options: { waitReady?: boolean } = {}): Promise<SpawnedServer> {
  const port = await freePort();
  const child = spawn(process.execPath, entryArgs(), {
    cwd: ROOT,
    env: { ...baseEnv(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const server: SpawnedServer = {
    url: `http://127.0.0.1:${port}`, port, child, exited,
    output: () => out,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
  if (options.waitReady === false) return server;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
    const onData = (): void => {
      if (out.includes('"msg":"ready"')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${out}`));
    });
  });
  return server;
}
