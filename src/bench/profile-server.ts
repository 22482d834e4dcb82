import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES, type LabelledQuestion, readJsonLines } from '../eval/dev-set';
import { freePort } from '../server/free-port';
import { SERVER_NODE_FLAGS } from '../server/runtime-flags';
import { callersInto, summarizeProfile } from './cpu-profile';
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
  const file = 'load.cpuprofile';
  const env = { ...server.env(port), SAHAYAK_PROFILE_OUT: path.join(dir, file) };
  const child = await startChild(server.script, server.args(port), env, port, [...SERVER_NODE_FLAGS, '--require', path.join(__dirname, 'profile-hook.js')]);
  await loadTest(child.url, next, 3); // warm-up, not in the profile
  const cpu0 = child.cpuMs();
  process.kill(child.pid, 'SIGUSR2');
  const load = await loadTest(child.url, next, seconds);
  process.kill(child.pid, 'SIGUSR2');
  const cpuMs = child.cpuMs() - cpu0;
  for (let i = 0; i < 100 && !fs.existsSync(path.join(dir, file)); i++) await new Promise((r) => setTimeout(r, 100));
  await child.stop();
  if (!fs.existsSync(path.join(dir, file))) throw new Error('no profile written');
  const summary = summarizeProfile(path.join(dir, file));
  const callers = (process.env.PROFILE_CALLERS ?? '').split(',').filter(Boolean).map((owner) => [owner, callersInto(path.join(dir, file), owner)] as const);
  fs.rmSync(dir, { recursive: true, force: true });
  const requests = load.requests;
  const perTurn = (ms: number): string => `${Math.round((ms * 1000) / requests)} µs`;
  process.stdout.write(`${name} (${traffic}): ${requests} requests in ${seconds} s after a 3 s warm-up, ${load.requestsPerSec} req/s, p50 ${load.p50Ms} ms, server CPU ${Math.round((cpuMs * 1000) / requests)} µs per turn\n`);
  process.stdout.write(`samples in the profile (the load only): ${Math.round(summary.totalMs)} ms\n\nby owner (self time)\n`);
  for (const o of summary.byOwner.slice(0, 25)) process.stdout.write(`  ${o.share.toFixed(1).padStart(5)} %  ${o.owner}\n`);
  process.stdout.write('\nby function (self time)\n');
  for (const f of summary.bySelf.slice(0, 30)) process.stdout.write(`  ${f.share.toFixed(1).padStart(5)} %  ${f.fn}\n`);
  for (const [owner, list] of callers) {
    process.stdout.write(`\ncalls into ${owner}, by caller\n`);
    for (const c of list.slice(0, 12)) process.stdout.write(`  ${String(c.ms).padStart(6)} ms  ${c.caller}\n`);
  }
  for (const probe of (process.env.PROFILE_PROBES ?? '').split(',').filter(Boolean)) {
    process.stdout.write(`total in /${probe}/: ${summary.totalOf((fn) => new RegExp(probe).test(fn))} ms (${perTurn(summary.totalOf((fn) => new RegExp(probe).test(fn)))} per measured turn)\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`profile failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
