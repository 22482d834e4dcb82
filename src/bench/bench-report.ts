import type { AnswerBenchResult } from './answer-bench';
import type { PooledLoad } from './http-bench';

/** Sahayak's figures divided by an echo bot's. */
export interface HttpRatios {
  readonly p50: number;
  readonly p99: number;
  readonly throughput: number;
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  readonly at: string;
  readonly machine: { node: string; platform: string; cpus: number };
  readonly answers: AnswerBenchResult;
  readonly http: {
    sliceSeconds: number; slices: number; connections: number; echo: PooledLoad; echoDirect: PooledLoad; sahayak: PooledLoad; sliceRatios: readonly number[];
    /** Against the textbook echo bot (the targets). */
    ratios: HttpRatios;
    /** Against the echo bot entered as Sahayak enters the adapter (like for like, not a target). */
    directRatios: HttpRatios;
  };
  readonly startup: { reportedMs: number[]; medianReportedMs: number; wallMs: number[]; medianWallMs: number };
  readonly memory: { echoAfterLoadMb: number; afterStartMb: number; afterLoadMb: number };
  readonly directory: Record<string, unknown> | null;
  readonly check: Record<string, unknown> | null;
}

/** One target of issue 6 and how to judge it. */
export interface Target {
  readonly name: string;
  readonly target: string;
  value(r: BenchResults): string;
  pass(r: BenchResults): boolean;
}

/** The targets: HTTP p50 ≤ 1.3× echo, throughput ≥ 0.75× echo, no errors, start-up < 1 s, memory < 200 MB, answer median < 1 ms. */
export const TARGETS: readonly Target[] = [
  { name: 'HTTP turn p50 vs echo', target: '≤ 1.3×', value: (r) => `${r.http.ratios.p50}× (${r.http.sahayak.p50Ms} vs ${r.http.echo.p50Ms} ms)`, pass: (r) => r.http.ratios.p50 <= 1.3 },
  { name: 'throughput vs echo', target: '≥ 0.75×', value: (r) => `${r.http.ratios.throughput}× (${r.http.sahayak.requestsPerSec} vs ${r.http.echo.requestsPerSec} req/s)`, pass: (r) => r.http.ratios.throughput >= 0.75 },
  { name: 'errors under load', target: '0', value: (r) => `${r.http.sahayak.errors + r.http.sahayak.timeouts + r.http.sahayak.non2xx} of ${r.http.sahayak.requests}`, pass: (r) => r.http.sahayak.errors + r.http.sahayak.timeouts + r.http.sahayak.non2xx === 0 },
  { name: 'start-up (core + listen, median)', target: '< 1000 ms', value: (r) => `${r.startup.medianReportedMs} ms (process spawn to ready ${r.startup.medianWallMs} ms)`, pass: (r) => r.startup.medianReportedMs < 1000 },
  { name: 'resident memory after load', target: '< 200 MB', value: (r) => `${r.memory.afterLoadMb} MB (after start-up ${r.memory.afterStartMb} MB)`, pass: (r) => r.memory.afterLoadMb < 200 },
  { name: 'in-process answer median', target: '< 1 ms', value: (r) => `${r.answers.medianMs} ms (p99 ${r.answers.p99Ms} ms)`, pass: (r) => r.answers.medianMs < 1 },
];

const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;

/** The results as a short Markdown report (`bench-results/latest.md`). */
export function renderMarkdown(r: BenchResults, verdicts: readonly { name: string; target: string; value: string; pass: boolean }[]): string {
  const h = r.http;
  const lines = [
    `# Benchmark (${r.at})`,
    '',
    `Node ${r.machine.node}, ${r.machine.platform}, ${r.machine.cpus} CPUs. HTTP: ${h.connections} concurrent conversations, \`expectReplies\`, every server in a child process with the same Node flags, loaded in ${h.slices} alternating slices of ${h.sliceSeconds} s each (after a 3 s warm-up); latency percentiles over every response, unrounded.`,
    '',
    '## Targets',
    '',
    row(['', 'measure', 'value', 'target']),
    row(['---', '---', '---', '---']),
    ...verdicts.map((v) => row([v.pass ? 'PASS' : 'FAIL', v.name, v.value, v.target])),
    '',
    '## HTTP turn (autocannon, `POST /api/messages`)',
    '',
    row(['server', 'p50 ms', 'p90 ms', 'p99 ms', 'mean ms', 'req/s', 'requests', 'errors', 'non-2xx']),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---']),
    ...(['echo', 'echoDirect', 'sahayak'] as const).map((k) => row([k, h[k].p50Ms, h[k].p90Ms, h[k].p99Ms, h[k].meanMs, h[k].requestsPerSec, h[k].requests, h[k].errors + h[k].timeouts, h[k].non2xx])),
    row(['sahayak ÷ echo', h.ratios.p50, '', h.ratios.p99, '', h.ratios.throughput, '', '', '']),
    row(['sahayak ÷ echoDirect', h.directRatios.p50, '', h.directRatios.p99, '', h.directRatios.throughput, '', '', '']),
    '',
    '`echo` is the textbook bot (`adapter.process`): the floor the targets are judged against. `echoDirect` is the same bot entering the adapter as Sahayak does (`runTurn`, without `process`\'s zod re-checks), so the second ratio is like for like (not a target).',
    '',
    `Throughput ratio in each slice pair: ${h.sliceRatios.join(', ')}.`,
    '',
    '## Other figures',
    '',
    `- In-process answer (ask + render), ${r.answers.questions} dev-set questions × ${r.answers.timings / r.answers.questions}: median ${r.answers.medianMs} ms, p99 ${r.answers.p99Ms} ms, mean ${r.answers.meanMs} ms.`,
    `- Start-up (core + listen), runs: ${r.startup.reportedMs.join(', ')} ms; spawn to ready: ${r.startup.wallMs.join(', ')} ms.`,
    `- Resident memory: ${r.memory.afterStartMb} MB after start-up, ${r.memory.afterLoadMb} MB after the load (echo bot after load: ${r.memory.echoAfterLoadMb} MB).`,
    `- Directory lookup: ${r.directory ? JSON.stringify(r.directory) : 'bench not present (skipped)'}.`,
    `- 100,000-row file check vs exceljs read: ${r.check ? JSON.stringify(r.check) : 'bench not present or failed (skipped)'}.`,
    '',
  ];
  return lines.join('\n');
}
