import path from 'node:path';
import { FIXTURES, type LabelledQuestion, readJsonLines } from '../eval/dev-set';
import { freePort } from '../server/free-port';
import { SERVER_NODE_FLAGS } from '../server/runtime-flags';
import { BENCH_SERVERS, type BenchServerName } from './bench-servers';
import { freshQuestions, repeatedQuestions } from './fresh-questions';
import { type ChildServer, startChild } from './http-bench';
import { alternatingSlices, type LoadPlan } from './http-slices';

/** The dev set: seeds for fresh questions, and the repeated mix itself. */
export function benchQuestions(): { seeds: LabelledQuestion[]; fresh: () => () => string; repeated: () => () => string } {
  const seeds = readJsonLines<LabelledQuestion>(path.join(FIXTURES, 'dev-set.jsonl'));
  return { seeds, fresh: () => freshQuestions(seeds), repeated: () => repeatedQuestions(seeds.map((s) => s.q)) };
}

/** Starts a benchmark server in its own process, with the server's Node flags. */
export async function startBenchServer(name: BenchServerName, nodeArgs: readonly string[] = []): Promise<ChildServer> {
  const server = BENCH_SERVERS[name];
  const port = await freePort();
  return startChild(server.script, server.args(port), server.env(port), port, [...SERVER_NODE_FLAGS, ...nodeArgs]);
}

/**
 * A quick alternating comparison while developing:
 * `node dist/bench/compare-servers.js <slices> <seconds> echo:fresh sahayak:fresh …`
 * (the first plan is the reference the others are divided by).
 */
async function main(): Promise<void> {
  const [slices, seconds, ...specs] = process.argv.slice(2);
  const q = benchQuestions();
  const servers: ChildServer[] = [];
  const plans: LoadPlan[] = [];
  try {
    for (const spec of specs) {
      const [name, traffic = 'fresh'] = spec.split(':');
      const server = await startBenchServer(name as BenchServerName);
      servers.push(server);
      plans.push({ name: spec, server, next: traffic === 'fresh' ? q.fresh() : q.repeated() });
    }
    const figures = await alternatingSlices(plans, Number(slices), Number(seconds), 2);
    const ref = figures[specs[0]];
    for (const spec of specs) {
      const f = figures[spec];
      const r = (x: number, y: number) => (x / y).toFixed(3);
      process.stdout.write(`${spec.padEnd(22)} ${String(f.requestsPerSec).padStart(8)} req/s  p50 ${String(f.p50Ms).padStart(6)} ms  cpu ${String(f.cpuUsPerTurn).padStart(5)} µs/turn  ×ref: rps ${r(f.requestsPerSec, ref.requestsPerSec)} p50 ${r(f.p50Ms, ref.p50Ms)}  non2xx ${f.non2xx + f.errors}\n`);
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`compare failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
