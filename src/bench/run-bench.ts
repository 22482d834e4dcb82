import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { createCore } from '../compose';
import { factRenderers } from '../present/fact-renderers';
import { TextRenderer } from '../present/text-renderer';
import { AnswerBenchResult, benchAnswers } from './answer-bench';
import { renderMarkdown, TARGETS, type BenchResults, type HttpFigures } from './bench-report';
import { BENCH_SERVERS } from './bench-servers';
import { CHECK_RUNS, runCheckBench } from './check-bench';
import { benchQuestions, startBenchServer } from './compare-servers';
import { type ChildServer } from './http-bench';
import { alternatingSlices, type LoadPlan } from './http-slices';
import { benchStartup } from './startup-bench';
import { benchDirectory } from './directory-bench';

const DIST = path.resolve(__dirname, '..');
const OUT_DIR = path.resolve(DIST, '..', 'bench-results');
/** Seconds of load per slice (argument 1), and slices per plan (argument 2). */
const SLICE_SECONDS = Number(process.argv[2] ?? 2);
const SLICES = Number(process.argv[3] ?? 12);
/** File-check sizes (BENCH_CHECK_ROWS, comma-separated). */
const CHECK_ROWS = (process.env.BENCH_CHECK_ROWS ?? '10000,100000,500000').split(',').map(Number);

const log = (line: string): void => void process.stdout.write(`${line}\n`);

/** Runs a bench script in its own process and returns its first JSON line (null when it fails). */
function runJsonChild(script: string): Promise<Record<string, unknown> | null> {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (c) => (out += c));
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      resolve(code === 0 && line ? JSON.parse(line) : null);
    });
  });
}

/**
 * What is loaded, and with which traffic. Fresh questions (generated variants in the three
 * forms, never repeated within a run) are what the targets are judged on; the repeated mix
 * (the dev set cycled) is what a reply memory serves.
 */
const PLANS = [
  ['echo', 'echo', 'fresh'], ['echoReused', 'echoReused', 'fresh'], ['agents', 'agents', 'fresh'],
  ['sahayak', 'sahayak', 'fresh'], ['sahayakRepeated', 'sahayak', 'repeated'], ['sahayakAgents', 'sahayakAgents', 'fresh'],
] as const;

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const q = benchQuestions();
  log(`bench: HTTP ${PLANS.length} plans × ${SLICES} alternating slices of ${SLICE_SECONDS} s, 16 connections; file check ${CHECK_ROWS.join(', ')} rows`);

  const core = createCore(config, { recentQuestions: 0 });
  const fresh = q.fresh();
  const warmup = Array.from({ length: 500 }, () => fresh());
  const answers: AnswerBenchResult = benchAnswers(core.assistant, Array.from({ length: 2000 }, () => fresh()), 1, new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory)), warmup);
  log(`answer (in process, ask + render, memories off, 2,000 fresh questions not seen in the warm-up): median ${answers.medianMs} ms, p99 ${answers.p99Ms} ms`);

  const servers: ChildServer[] = [];
  let http: Record<string, HttpFigures>;
  let rss: { afterStartMb: number; afterLoadMb: number; echoAfterLoadMb: number };
  try {
    const started = new Map<string, ChildServer>();
    const plans: LoadPlan[] = [];
    for (const [name, server, traffic] of PLANS) {
      const child = await startBenchServer(server);
      servers.push(child);
      started.set(name, child);
      plans.push({ name, server: child, next: traffic === 'fresh' ? q.fresh() : q.repeated() });
    }
    await new Promise((r) => setTimeout(r, 300));
    const afterStartMb = started.get('sahayak')!.rssMb();
    log('HTTP: alternating slices…');
    const figures = await alternatingSlices(plans, SLICES, SLICE_SECONDS);
    http = Object.fromEntries(PLANS.map(([name]) => [name, { ...figures[name], startupMs: started.get(name)!.reportedStartupMs }]));
    rss = { afterStartMb, afterLoadMb: started.get('sahayak')!.rssMb(), echoAfterLoadMb: started.get('echo')!.rssMb() };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  for (const [name] of PLANS) log(`${name.padEnd(16)} ${http[name].requestsPerSec} req/s, p50 ${http[name].p50Ms} ms, CPU ${http[name].cpuUsPerTurn} µs/turn, errors ${http[name].errors + http[name].timeouts + http[name].non2xx}`);

  log('start-up: server and `sahayak ask`…');
  const startup = await benchStartup(BENCH_SERVERS.sahayak, path.join(DIST, 'cli', 'sahayak.js'));
  log(`start-up: server spawn to listening median ${startup.server.medianWallMs} ms (core + listen ${startup.server.medianReportedMs} ms, first message answered at ${startup.server.medianFirstAnswerMs} ms); sahayak ask ${startup.cli.medianMs} ms, ${startup.cli.modules} modules, file checker loaded: ${startup.cli.loadsFileChecker}`);

  log(`file check: ${CHECK_ROWS.join(', ')} rows, xlsx and csv, each measure in its own process…`);
  const check = await runCheckBench(CHECK_ROWS, CHECK_RUNS, log);

  const directory = benchDirectory(config.contentDir);
  log(`directory lookup: median ${directory.medianMs} ms, p99 ${directory.p99Ms} ms`);
  log('file checks with the queue full: 24 zip bombs, then 30 large CSVs, at once (child process)…');
  const fileQueue = await runJsonChild(path.join(__dirname, 'file-queue-bench.js'));
  log(fileQueue ? `file checks with the queue full: ${JSON.stringify(fileQueue)}` : 'file checks with the queue full: failed');

  const results: BenchResults = {
    at: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}/${process.arch}`, cpus: os.cpus().length, loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10) },
    answers,
    http: { sliceSeconds: SLICE_SECONDS, slices: SLICES, connections: 16, servers: http },
    startup,
    memory: rss,
    check,
    directory,
    fileQueue,
  };
  const verdicts = TARGETS.map((t) => ({ name: t.name, target: t.target, value: t.value(results), pass: t.pass(results) }));
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'latest.json'), `${JSON.stringify({ ...results, targets: verdicts }, null, 2)}\n`);
  fs.writeFileSync(path.join(OUT_DIR, 'latest.md'), renderMarkdown(results, verdicts));
  log('');
  for (const v of verdicts) log(`${v.pass ? 'PASS' : 'FAIL'}  ${v.name}: ${v.value} (target ${v.target})`);
  log(`written: ${path.relative(process.cwd(), path.join(OUT_DIR, 'latest.json'))}, latest.md`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
