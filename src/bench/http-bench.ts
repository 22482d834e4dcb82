import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** An autocannon run: a promise of its result that also reports each response. */
interface AutocannonRun extends Promise<unknown> {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): void;
}
// autocannon ships no type declarations: only its programmatic entry point is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: object) => AutocannonRun;

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
  /** CPU time the process has used so far (user + system, every thread), in ms. */
  cpuMs(): number;
  stop(): Promise<number | null>;
}

const CLOCK_TICKS_PER_SEC = 100; // USER_HZ on Linux

function cpuOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // after "pid (comm) "
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SEC; // utime, stime
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/**
 * Spawns `node <script> [args]` with its standard output going to `logFile` (not a pipe into
 * this process, which also drives the load), and waits for the JSON `ready` line (with `startupMs`).
 */
export async function startChild(script: string, args: string[], env: NodeJS.ProcessEnv, port: number, nodeArgs: readonly string[] = [], logFile = path.join(os.tmpdir(), `sahayak-bench-${process.pid}-${port}.log`)): Promise<ChildServer> {
  const t0 = process.hrtime.bigint();
  const out = fs.openSync(logFile, 'w');
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', out, 'pipe'] });
  fs.closeSync(out);
  let errTail = '';
  child.stderr!.on('data', (c: Buffer) => (errTail = (errTail + c.toString('utf8')).slice(-600)));
  const reported = await new Promise<number>((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const onExit = (code: number | null): void => reject(new Error(`${script} exited with ${code}: ${errTail}`));
    child.once('exit', onExit);
    const poll = (): void => {
      const line = fs.readFileSync(logFile, 'utf8').split('\n').find((l) => l.includes('"msg":"ready"'));
      if (line) {
        child.off('exit', onExit);
        resolve(Number(JSON.parse(line).startupMs));
      } else if (Date.now() > deadline) reject(new Error(`${script} did not start`));
      else setTimeout(poll, 10);
    };
    poll();
  });
  const wallStartupMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return {
    pid: child.pid!, port, url: `http://127.0.0.1:${port}`, wallStartupMs: Math.round(wallStartupMs * 10) / 10, reportedStartupMs: reported,
    rssMb: () => rssOf(child.pid!),
    cpuMs: () => cpuOf(child.pid!),
    stop: () => new Promise((resolve) => {
      const done = (code: number | null): void => {
        fs.rmSync(logFile, { force: true });
        resolve(code);
      };
      if (child.exitCode !== null) return done(child.exitCode);
      child.once('exit', done);
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
  /** Every 2xx response's latency in milliseconds, unrounded (autocannon's percentiles are whole milliseconds). */
  readonly latenciesMs: readonly number[];
}

/**
 * Drives `POST /api/messages` with `expectReplies` message activities: `connections`
 * concurrent conversations (one per connection), each request's text from `nextQuestion`.
 */
export async function loadTest(url: string, nextQuestion: () => string, durationSec: number, connections = 16): Promise<LoadResult> {
  let conversations = 0;
  const latenciesMs: number[] = [];
  const run = autocannon({
    url,
    connections,
    duration: durationSec,
    requests: [{
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: any, context: any) => {
        if (context.conv === undefined) context.conv = conversations++;
        const text = nextQuestion();
        const body = JSON.stringify({
          type: 'message', text, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', locale: 'en-IN',
          from: { id: `bench-user-${context.conv}` }, recipient: { id: 'bot' }, conversation: { id: `bench-conv-${context.conv}`, conversationType: 'personal' },
        });
        return { ...req, body };
      },
    }],
  });
  run.on('response', (_client, statusCode, _bytes, ms) => {
    if (statusCode >= 200 && statusCode < 300) latenciesMs.push(ms);
  });
  const r = (await run) as any;
  return {
    p50Ms: r.latency.p50, p90Ms: r.latency.p90, p99Ms: r.latency.p99, meanMs: r.latency.average,
    requestsPerSec: r.requests.average, requests: r.requests.total, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, latenciesMs,
  };
}

/** All slices of one server pooled: req/s over the whole time, percentiles of every response's latency. */
export interface PooledLoad extends Omit<LoadResult, 'latenciesMs'> {
  readonly seconds: number;
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

export function pool(runs: readonly LoadResult[], seconds: number): PooledLoad {
  const latencies = runs.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const at = (q: number): number => round2(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  const sum = (f: (r: LoadResult) => number): number => runs.reduce((n, r) => n + f(r), 0);
  const requests = sum((r) => r.requests);
  return {
    seconds, requests, requestsPerSec: round2(requests / seconds),
    p50Ms: at(0.5), p90Ms: at(0.9), p99Ms: at(0.99), meanMs: round2(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
    errors: sum((r) => r.errors), timeouts: sum((r) => r.timeouts), non2xx: sum((r) => r.non2xx),
  };
}
