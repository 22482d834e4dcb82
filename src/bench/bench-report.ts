import type { AnswerBenchResult } from './answer-bench';
import { SERVER_NODE_FLAGS } from '../server/runtime-flags';
import type { CheckFigures } from './check-bench';
import type { PlanFigures } from './http-slices';
import type { StartupFigures } from './startup-bench';

/** One loaded server's pooled figures. */
export interface HttpFigures extends PlanFigures {
  readonly startupMs: number;
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  readonly at: string;
  readonly machine: { node: string; platform: string; cpus: number; loadAverage: number[] };
  readonly answers: AnswerBenchResult;
  readonly http: { sliceSeconds: number; slices: number; connections: number; servers: Readonly<Record<string, HttpFigures>> };
  readonly startup: StartupFigures;
  readonly memory: { afterStartMb: number; afterLoadMb: number; echoAfterLoadMb: number };
  readonly check: readonly CheckFigures[];
  /** The directory lookup, in process. */
  readonly directory: { medianMs: number; p99Ms: number };
  /** The server with every file-check slot busy and the queue full (null when that bench failed). */
  readonly fileQueue: { peakRssMb?: number } | null;
}

/** A ratio to three decimals: a target is never met by rounding (1.249× is not ≥ 1.25×). */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Server `a`'s figures divided by server `b`'s. */
export function ratio(r: BenchResults, a: string, b: string): { throughput: number; p50: number; p99: number; cpu: number } {
  const x = r.http.servers[a];
  const y = r.http.servers[b];
  return {
    throughput: round3(x.requestsPerSec / y.requestsPerSec), p50: round3(x.p50Ms / Math.max(y.p50Ms, 0.001)),
    p99: round3(x.p99Ms / Math.max(y.p99Ms, 0.001)), cpu: round3(x.cpuUsPerTurn / Math.max(1, y.cpuUsPerTurn)),
  };
}

const checkAt = (r: BenchResults, kind: 'xlsx' | 'csv', rows: number): CheckFigures | undefined => r.check.find((c) => c.kind === kind && c.rows === rows);
const peak = (r: BenchResults): number => Math.max(...r.check.map((c) => c.checkPeakRssMb));
/** Memory is flat when the check of 500,000 rows peaks within this factor of the check of 100,000. */
export const FLAT_FACTOR = 1.25;

/** One target and how to judge it. */
export interface Target {
  readonly name: string;
  readonly target: string;
  value(r: BenchResults): string;
  pass(r: BenchResults): boolean;
}

const errorsOf = (f: HttpFigures): number => f.errors + f.timeouts + f.non2xx;

/** The targets of issue 17 (HTTP judged on fresh questions), and those that must keep holding. */
export const TARGETS: readonly Target[] = [
  {
    name: 'throughput vs textbook botbuilder echo (fresh questions)', target: '≥ 1.25×',
    value: (r) => `${ratio(r, 'sahayak', 'echo').throughput}× (${r.http.servers.sahayak.requestsPerSec} vs ${r.http.servers.echo.requestsPerSec} req/s)`,
    pass: (r) => ratio(r, 'sahayak', 'echo').throughput >= 1.25,
  },
  {
    name: 'HTTP p50 vs textbook botbuilder echo (fresh questions)', target: '≤ 0.9×',
    value: (r) => `${ratio(r, 'sahayak', 'echo').p50}× (${r.http.servers.sahayak.p50Ms} vs ${r.http.servers.echo.p50Ms} ms)`,
    pass: (r) => ratio(r, 'sahayak', 'echo').p50 <= 0.9,
  },
  {
    name: 'errors under load (fresh and repeated)', target: '0',
    value: (r) => `${errorsOf(r.http.servers.sahayak) + errorsOf(r.http.servers.sahayakRepeated)} of ${r.http.servers.sahayak.requests + r.http.servers.sahayakRepeated.requests}`,
    pass: (r) => errorsOf(r.http.servers.sahayak) + errorsOf(r.http.servers.sahayakRepeated) === 0,
  },
  {
    name: 'server start-up, spawn to listening (median)', target: '< 1000 ms',
    value: (r) => `${r.startup.server.medianWallMs} ms (core + listen ${r.startup.server.medianReportedMs} ms; first message answered at ${r.startup.server.medianFirstAnswerMs ?? '?'} ms; ${r.startup.server.modules} modules, file checker ${r.startup.server.loadsFileChecker ? 'loaded' : 'not loaded'})`,
    pass: (r) => r.startup.server.medianWallMs < 1000 && !r.startup.server.loadsFileChecker,
  },
  {
    name: '`sahayak ask` one question, spawn to exit (median)', target: '< 1000 ms, no file checker',
    value: (r) => `${r.startup.cli.medianMs} ms (${r.startup.cli.modules} modules, file checker ${r.startup.cli.loadsFileChecker ? 'loaded' : 'not loaded'})`,
    pass: (r) => r.startup.cli.medianMs < 1000 && !r.startup.cli.loadsFileChecker,
  },
  {
    name: 'resident memory after the load', target: '< 200 MB',
    value: (r) => `${r.memory.afterLoadMb} MB (after start-up ${r.memory.afterStartMb} MB)`, pass: (r) => r.memory.afterLoadMb < 200,
  },
  {
    name: 'in-process answer median (fresh questions)', target: '< 1 ms',
    value: (r) => `${r.answers.medianMs} ms (p99 ${r.answers.p99Ms} ms)`, pass: (r) => r.answers.medianMs < 1,
  },
  ...(['xlsx', 'csv'] as const).map((kind): Target => ({
    name: `100,000-row .${kind} check with the annotated copy vs ${kind === 'xlsx' ? 'inflate + SAX read' : 'csv-parse read'}`, target: '≤ 3×',
    value: (r) => {
      const c = checkAt(r, kind, 100_000);
      return c ? `${c.ratio}× (${c.checkMs} vs ${c.floorMs} ms; CPU ${c.cpuRatio}×)` : 'not measured';
    },
    pass: (r) => (checkAt(r, kind, 100_000)?.ratio ?? Infinity) <= 3,
  })),
  {
    name: 'file check peak memory, every size and kind', target: '< 200 MB',
    value: (r) => `${peak(r)} MB at most (${r.check.map((c) => `${c.kind} ${c.rows / 1000}k: ${c.checkPeakRssMb}`).join(', ')})`,
    pass: (r) => r.check.length > 0 && peak(r) < 200,
  },
  {
    name: 'server memory with every file-check slot busy and the queue full (zip bombs, large CSVs)', target: '< 1024 MB',
    value: (r) => (r.fileQueue?.peakRssMb !== undefined ? `${r.fileQueue.peakRssMb} MB peak` : 'not measured'),
    pass: (r) => (r.fileQueue?.peakRssMb ?? Infinity) < 1024,
  },
  {
    name: 'file check memory flat: 500,000 rows vs 100,000', target: `≤ ${FLAT_FACTOR}× (same memory)`,
    value: (r) => (['xlsx', 'csv'] as const).map((k) => {
      const [a, b] = [checkAt(r, k, 100_000), checkAt(r, k, 500_000)];
      return a && b ? `${k} ${round3(b.checkPeakRssMb / a.checkPeakRssMb)}× (${b.checkPeakRssMb} vs ${a.checkPeakRssMb} MB)` : `${k} not measured`;
    }).join('; '),
    pass: (r) => (['xlsx', 'csv'] as const).every((k) => {
      const [a, b] = [checkAt(r, k, 100_000), checkAt(r, k, 500_000)];
      return !!a && !!b && b.checkPeakRssMb <= a.checkPeakRssMb * FLAT_FACTOR;
    }),
  },
];

const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;

/** Which server each name is, for the report. */
const SERVER_TEXT: Readonly<Record<string, string>> = Object.freeze({
  echo: 'textbook botbuilder echo (`adapter.process`): the floor the targets are judged against',
  echoReused: 'botbuilder echo entered as Sahayak enters it (`processActivity`, turn clients reused)',
  agents: 'the same echo on the Microsoft 365 Agents SDK (`@microsoft/agents-hosting` on `node:http`)',
  sahayak: '**Sahayak, fresh questions**',
  sahayakRepeated: 'Sahayak, the repeated mix (dev set cycled: the reply memory answers)',
  sahayakAgents: 'Sahayak\'s answer path on the Agents SDK (measuring prototype: what a move would give)',
});

/** The results as Markdown (`bench-results/latest.md`). */
export function renderMarkdown(r: BenchResults, verdicts: readonly { name: string; target: string; value: string; pass: boolean }[]): string {
  const h = r.http;
  const names = Object.keys(h.servers);
  const vs = (a: string, b: string): string => {
    const x = ratio(r, a, b);
    return `${x.throughput}× throughput, ${x.p50}× p50, ${x.cpu}× CPU per turn`;
  };
  return [
    `# Benchmark (${r.at})`,
    '',
    `Node ${r.machine.node}, ${r.machine.platform}, ${r.machine.cpus} CPUs, load average ${r.machine.loadAverage.join(' / ')} at the end. HTTP: ${h.connections} concurrent conversations, \`expectReplies\`, every server in its own process with the server's Node flags (\`${SERVER_NODE_FLAGS.join(' ')}\`), loaded in **${h.slices} alternating slices of ${h.sliceSeconds} s each per server** (in turn, the order reversed every other round, after a 3 s warm-up each), ${names.length} servers in the same run; latency percentiles over every response, unrounded; CPU per turn from each server's own CPU time.`,
    '',
    '**Fresh questions** are generated variants of the dev set\'s questions in their own form (English, Hindi, romanized Hindi: an opening, an ending, a typo, lower case), none repeated within the run, so no memory answers them; **the repeated mix** cycles the dev set, which the reply memory answers after the first round. The targets are judged on fresh questions.',
    '',
    '## Targets',
    '',
    row(['', 'measure', 'value', 'target']),
    row(['---', '---', '---', '---']),
    ...verdicts.map((v) => row([v.pass ? 'PASS' : 'FAIL', v.name, v.value, v.target])),
    '',
    '## HTTP turn (autocannon, `POST /api/messages`)',
    '',
    row(['server', 'p50 ms', 'p90 ms', 'p99 ms', 'req/s', 'CPU µs/turn', 'requests', 'errors']),
    row(['---', '---', '---', '---', '---', '---', '---', '---']),
    ...names.map((k) => row([`${k}: ${SERVER_TEXT[k] ?? k}`, h.servers[k].p50Ms, h.servers[k].p90Ms, h.servers[k].p99Ms, h.servers[k].requestsPerSec, h.servers[k].cpuUsPerTurn, h.servers[k].requests, errorsOf(h.servers[k])])),
    '',
    `- Sahayak (fresh) ÷ textbook botbuilder echo: ${vs('sahayak', 'echo')}.`,
    `- Sahayak (fresh) ÷ Agents SDK echo: ${vs('sahayak', 'agents')}.`,
    `- Sahayak (fresh) ÷ botbuilder echo entered as Sahayak enters it: ${vs('sahayak', 'echoReused')} (what Sahayak's own work costs on this stack).`,
    `- Sahayak (repeated) ÷ textbook botbuilder echo: ${vs('sahayakRepeated', 'echo')}.`,
    `- Sahayak's answer path on the Agents SDK ÷ textbook botbuilder echo: ${vs('sahayakAgents', 'echo')}; ÷ Sahayak on botbuilder: ${vs('sahayakAgents', 'sahayak')}.`,
    `- Requests per second in each slice, Sahayak fresh: ${h.servers.sahayak.sliceRps.join(', ')}; textbook echo: ${h.servers.echo.sliceRps.join(', ')}.`,
    '',
    '## File check (`sahayak check FILE --out COPY.xlsx`: every rule, duplicates, the annotated copy written to disk as it goes)',
    '',
    `Each figure is the best of ${r.check[0]?.runs ?? 0} runs, the check and its floor alternating, each in a fresh process (peak memory is that process's own). Floors: for .xlsx, inflating the shared strings and the sheet and running them through a SAX parser (saxes) with no work per element; for .csv, csv-parse's streaming read.`,
    '',
    row(['kind', 'rows', 'file MB', 'check ms', 'floor ms', 'ratio', 'CPU ratio', 'check peak MB', 'floor peak MB', 'rows with errors']),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---']),
    ...r.check.map((c) => row([c.kind, c.rows, c.fileMb, c.checkMs, c.floorMs, c.ratio, c.cpuRatio, c.checkPeakRssMb, c.floorPeakRssMb, c.rowsWithErrors])),
    '',
    '## Other figures',
    '',
    `- In-process answer (ask + render), ${r.answers.questions} fresh questions, memories off: median ${r.answers.medianMs} ms, p99 ${r.answers.p99Ms} ms, mean ${r.answers.meanMs} ms.`,
    `- Server start-up, spawn to listening: ${r.startup.server.wallMs.join(', ')} ms; core + listen: ${r.startup.server.reportedMs.join(', ')} ms; spawn to the first message's reply: ${(r.startup.server.firstAnswerMs ?? []).join(', ')} ms.`,
    `- \`sahayak ask\` one question: ${r.startup.cli.runsMs.join(', ')} ms.`,
    `- Directory lookup (in process): median ${r.directory.medianMs} ms, p99 ${r.directory.p99Ms} ms.`,
    `- Resident memory: Sahayak ${r.memory.afterStartMb} MB after start-up, ${r.memory.afterLoadMb} MB after the load (textbook echo after the load: ${r.memory.echoAfterLoadMb} MB).`,
    '',
  ].join('\n');
}
