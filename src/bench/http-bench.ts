import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

// autocannon ships no type declarations: only its programmatic entry point is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: object) => Promise<unknown>;

/** A server started in its own process for the load test. */
export interface ChildServer {
  readonly pid: number;
  readonly port: number;
  readonly url: string;
  /** Spawn to "ready" (node start-up, module loading, content, listen). */
  readonly wallStartupMs: number;
  /** What the server reported: its own set-up until listening. */
  readonly reportedStartupMs: number;
  /** Resident memory of the process now (MB). */
  rssMb(): number;
  stop(): Promise<number | null>;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Spawns `node <script> [args]` and waits for its JSON `ready` line (with `startupMs`) on stdout. */
export async function startChild(script: string, args: string[], env: NodeJS.ProcessEnv, port: number, nodeArgs: readonly string[] = []): Promise<ChildServer> {
  const t0 = process.hrtime.bigint();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let errTail = '';
  child.stderr!.on('data', (c: Buffer) => (errTail = (errTail + c.toString('utf8')).slice(-600)));
  let buffer = '';
  const reported = await new Promise<number>((resolve, reject) => {
    let seen = false;
    const timer = setTimeout(() => reject(new Error(`${script} did not start`)), 30_000);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${buffer.slice(-400)} ${errTail}`)));
    // Keep reading (and dropping) the per-request log lines so the pipe never fills.
    child.stdout!.on('data', (chunk: Buffer) => {
      if (seen) return;
      buffer += chunk.toString('utf8');
      for (const line of buffer.split('\n')) {
        if (!line.includes('"msg":"ready"')) continue;
        seen = true;
        clearTimeout(timer);
        resolve(Number(JSON.parse(line).startupMs));
        return;
      }
    });
  });
  const wallStartupMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return {
    pid: child.pid!, port, url: `http://127.0.0.1:${port}`, wallStartupMs: Math.round(wallStartupMs * 10) / 10, reportedStartupMs: reported,
    rssMb: () => rssOf(child.pid!),
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    }),
  };
}

/** Figures of one load run. */
export interface LoadResult {
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly requestsPerSec: number;
  readonly requests: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}

/**
 * Drives `POST /api/messages` with `expectReplies` message activities: `connections`
 * concurrent conversations (one per connection), questions cycled from `questions`.
 */
export async function loadTest(url: string, questions: readonly string[], durationSec: number, connections = 16): Promise<LoadResult> {
  let next = 0;
  let conversations = 0;
  const result = await autocannon({
    url,
    connections,
    duration: durationSec,
    requests: [{
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: any, context: any) => {
        if (context.conv === undefined) context.conv = conversations++;
        const text = questions[next++ % questions.length];
        const body = JSON.stringify({
          type: 'message', text, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', locale: 'en-IN',
          from: { id: `bench-user-${context.conv}` }, recipient: { id: 'bot' }, conversation: { id: `bench-conv-${context.conv}`, conversationType: 'personal' },
        });
        return { ...req, body };
      },
    }],
  });
  const r = result as any;
  return {
    p50Ms: r.latency.p50, p90Ms: r.latency.p90, p99Ms: r.latency.p99, meanMs: r.latency.average,
    requestsPerSec: r.requests.average, requests: r.requests.total, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx,
  };
}
