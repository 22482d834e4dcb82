import path from 'node:path';
import os from 'node:os';

const DIST = path.resolve(__dirname, '..');

/** How the benchmark starts one of its servers. */
export interface BenchServer {
  readonly script: string;
  args(port: number): string[];
  env(port: number): NodeJS.ProcessEnv;
}

const sahayakEnv = (port: number): NodeJS.ProcessEnv => ({
  HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', MicrosoftAppId: '', SAHAYAK_BLOB_CONNECTION_STRING: '',
  SAHAYAK_INSIGHTS_FILE: path.join(os.tmpdir(), `sahayak-bench-insights-${process.pid}-${port}.jsonl`),
});

/** The servers the benchmark loads: the textbook botbuilder echo bot, that echo entered as Sahayak enters the adapter, the same echo on the Agents SDK, and Sahayak. */
export const BENCH_SERVERS: Readonly<Record<string, BenchServer>> = Object.freeze({
  echo: { script: path.join(DIST, 'server', 'bench-echo', 'botbuilder-echo.js'), args: (port: number) => [String(port)], env: () => ({}) },
  echoDirect: { script: path.join(DIST, 'server', 'bench-echo', 'botbuilder-echo.js'), args: (port: number) => [String(port), 'direct'], env: () => ({}) },
  echoReused: { script: path.join(DIST, 'server', 'bench-echo', 'botbuilder-echo.js'), args: (port: number) => [String(port), 'reused'], env: () => ({}) },
  agents: { script: path.join(DIST, 'server', 'bench-echo', 'agents-echo.js'), args: (port: number) => [String(port)], env: () => ({}) },
  sahayak: { script: path.join(DIST, 'index.js'), args: () => [], env: sahayakEnv },
  sahayakAgents: { script: path.join(DIST, 'server', 'bench-echo', 'agents-sahayak.js'), args: (port: number) => [String(port)], env: sahayakEnv },
});

export type BenchServerName = string;
