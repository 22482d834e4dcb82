import { type ChildServer, type LoadResult, loadTest, pool, type PooledLoad, round2 } from './http-bench';

/** One server under one kind of traffic. */
export interface LoadPlan {
  readonly name: string;
  readonly server: ChildServer;
  /** The text of the next request. */
  readonly next: () => string;
}

/** A plan's slices pooled, with the server's CPU time per answered request. */
export interface PlanFigures extends PooledLoad {
  /** Server CPU (user + system, all threads) per request, in µs. */
  readonly cpuUsPerTurn: number;
  /** Requests per second in each slice, in order. */
  readonly sliceRps: readonly number[];
}

/**
 * Loads every plan in short alternating slices (in turn, the order reversed every other round),
 * after a warm-up slice each, so that a change in the machine's speed (a shared two-core VM
 * drifts by ±20 % within a minute) falls on all alike.
 */
export async function alternatingSlices(plans: readonly LoadPlan[], slices: number, sliceSeconds: number, warmupSeconds = 3): Promise<Record<string, PlanFigures>> {
  for (const p of plans) await loadTest(p.server.url, p.next, warmupSeconds); // JIT, caches: not reported
  const runs = new Map<string, { loads: LoadResult[]; cpuMs: number }>(plans.map((p) => [p.name, { loads: [], cpuMs: 0 }]));
  for (let i = 0; i < slices; i++) {
    for (const p of i % 2 === 0 ? plans : [...plans].reverse()) {
      const before = p.server.cpuMs();
      const load = await loadTest(p.server.url, p.next, sliceSeconds);
      const run = runs.get(p.name)!;
      run.cpuMs += p.server.cpuMs() - before;
      run.loads.push(load);
    }
  }
  const out: Record<string, PlanFigures> = {};
  for (const [name, run] of runs) {
    const pooled = pool(run.loads, slices * sliceSeconds);
    out[name] = { ...pooled, cpuUsPerTurn: Math.round((run.cpuMs * 1000) / Math.max(1, pooled.requests)), sliceRps: run.loads.map((l) => round2(l.requestsPerSec)) };
  }
  return out;
}
