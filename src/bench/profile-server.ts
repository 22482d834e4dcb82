import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES, type LabelledQuestion, readJsonLines } from '../eval/dev-set';
import { freePort } from '../server/free-port';
import { SERVER_NODE_FLAGS } from '../server/runtime-flags';
import { summarizeProfile } from './cpu-profile';
import { freshQuestions, repeatedQuestions } from './fresh-questions';
import { loadTest, startChild } from './http-bench';
import { BENCH_SERVERS, type BenchServerName } from './bench-servers';

/**
 * `node dist/bench/profile-server.js <server> [fresh|repeated] [seconds]`: loads one of the
 * benchmark's servers with `--cpu-prof` on, and prints where its CPU time went per turn
 * (by package and by function). The evidence behind the benchmark's ratios.
 */
async function main(): Promise<void> {
  const name = (process.argv[2] ?? 'sahayak') as BenchServerName;
  const traffic = process.argv[3] ?? 'fresh';
  const seconds = Number(process.argv[4] ?? 10);
  const server = BENCH_SERVERS[name];
  if (!server) throw new Error(`unknown server ${name}: one of ${Object.keys(BENCH_SERVERS).join(', ')}`);
  const seeds = readJsonLines<LabelledQuestion>(path.join(FIXTURES, 'dev-set.jsonl'));
  const next = traffic === 'fresh' ? freshQuestions(seeds) : repeatedQuestions(seeds.map((s) => s.q));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-prof-'));
  const port = await freePort();
  const child = await startChild(server.script, server.args(port), server.env(port), port, [...SERVER_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${dir}`]);
  await loadTest(child.url, next, 2); // warm-up
  const load = await loadTest(child.url, next, seconds);
  await child.stop();
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  const summary = summarizeProfile(path.join(dir, file));
  fs.rmSync(dir, { recursive: true, force: true });
  const requests = load.requests;
  const perTurn = (ms: number): string => `${Math.round((ms * 1000) / requests)} µs`;
  process.stdout.write(`${name} (${traffic}): ${requests} requests in ${seconds} s after a 2 s warm-up, ${load.requestsPerSec} req/s, p50 ${load.p50Ms} ms\n`);
  process.stdout.write(`CPU in the profile (warm-up and start-up included): ${Math.round(summary.totalMs)} ms\n\nby owner (self time)\n`);
  for (const o of summary.byOwner.slice(0, 25)) process.stdout.write(`  ${o.share.toFixed(1).padStart(5)} %  ${o.owner}\n`);
  process.stdout.write('\nby function (self time)\n');
  for (const f of summary.bySelf.slice(0, 30)) process.stdout.write(`  ${f.share.toFixed(1).padStart(5)} %  ${f.fn}\n`);
  for (const probe of (process.env.PROFILE_PROBES ?? '').split(',').filter(Boolean)) {
    process.stdout.write(`total in /${probe}/: ${summary.totalOf((fn) => new RegExp(probe).test(fn))} ms (${perTurn(summary.totalOf((fn) => new RegExp(probe).test(fn)))} per measured turn)\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`profile failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
