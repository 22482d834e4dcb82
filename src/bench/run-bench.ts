import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { createCore } from '../compose';
import { factRenderers } from '../present/fact-renderers';
import { TextRenderer } from '../present/text-renderer';
import { FIXTURES, LabelledQuestion, readJsonLines } from '../eval/dev-set';
import { AnswerBenchResult, benchAnswers } from './answer-bench';
import { ChildServer, freePort, loadTest, LoadResult, startChild } from './http-bench';
import { SERVER_NODE_FLAGS } from '../server/runtime-flags';
import { renderMarkdown, TARGETS } from './bench-report';

const DIST = path.resolve(__dirname, '..');
const OUT_DIR = path.resolve(DIST, '..', 'bench-results');
const SECONDS = Number(process.argv[2] ?? 10);

const log = (line: string): void => void process.stdout.write(`${line}\n`);

/** Runs a bench script in its own process and returns its first JSON line (null when absent or failing). */
function runJsonChild(script: string): Promise<Record<string, unknown> | null> {
  if (!fs.existsSync(script)) return Promise.resolve(null);
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

/** Directory lookup figures, when the directory bench is present. */
function directoryBench(): Record<string, unknown> | null {
  const file = path.join(__dirname, 'directory-bench.js');
  if (!fs.existsSync(file)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as { benchDirectory?: () => { medianMs: number; p99Ms: number } };
  return mod.benchDirectory ? { ...mod.benchDirectory() } : null;
}

/** One load run of one server. */
interface Measured {
  readonly server: Omit<ChildServer, 'rssMb' | 'stop'>;
  readonly load: LoadResult;
  readonly rssAfterStartMb: number;
  readonly rssAfterLoadMb: number;
}

/** Rounds per server (alternating echo and sahayak). */
const ROUNDS = 3;

/** The run with the median throughput. */
function medianRun(runs: readonly Measured[]): Measured {
  return [...runs].sort((a, b) => a.load.requestsPerSec - b.load.requestsPerSec)[Math.floor(runs.length / 2)];
}

async function measureServer(label: string, script: string, args: string[], env: NodeJS.ProcessEnv, questions: string[]): Promise<Measured> {
  const port = await freePort();
  const server = await startChild(script, [...args, String(port)], { ...env, PORT: String(port) }, port, SERVER_NODE_FLAGS);
  await new Promise((r) => setTimeout(r, 300));
  const rssAfterStartMb = server.rssMb();
  await loadTest(server.url, questions, 2); // warm-up (JIT, caches), not reported
  const load = await loadTest(server.url, questions, SECONDS);
  const rssAfterLoadMb = server.rssMb();
  await server.stop();
  log(`${label}: p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.requestsPerSec} req/s, errors ${load.errors}, non-2xx ${load.non2xx}; RSS ${rssAfterStartMb} → ${rssAfterLoadMb} MB`);
  const { pid, port: p, url, wallStartupMs, reportedStartupMs } = server;
  return { server: { pid, port: p, url, wallStartupMs, reportedStartupMs }, load, rssAfterStartMb, rssAfterLoadMb };
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const questions = readJsonLines<LabelledQuestion>(path.join(FIXTURES, 'dev-set.jsonl')).map((q) => q.q);
  log(`bench: ${questions.length} dev-set questions, HTTP ${SECONDS} s per server, 16 connections`);

  const core = createCore(config, { understandingCacheSize: 0 });
  const answers: AnswerBenchResult = benchAnswers(core.assistant, questions, 5, new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory)));
  log(`answer (in process, ask + render, matcher cache off): median ${answers.medianMs} ms, p99 ${answers.p99Ms} ms over ${answers.timings} timings`);

  const botEnv = { HOST: '127.0.0.1', LOG_LEVEL: 'info', MicrosoftAppId: '', SAHAYAK_BLOB_CONNECTION_STRING: '' };
  // Alternate the two servers for a few rounds and keep each one's median run: one run on a
  // shared two-core machine is noisy, and alternating spreads the noise over both.
  const echoRuns: Measured[] = [];
  const botRuns: Measured[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    echoRuns.push(await measureServer(`echo bot (round ${round})`, path.join(__dirname, 'echo-bot.js'), [], {}, questions));
    botRuns.push(await measureServer(`sahayak (round ${round})`, path.join(DIST, 'index.js'), [], botEnv, questions));
  }
  const echo = medianRun(echoRuns);
  const bot = medianRun(botRuns);
  const worstBotRssMb = Math.max(...botRuns.map((r) => r.rssAfterLoadMb));

  const startups: number[] = [];
  const wallStartups: number[] = [];
  for (let i = 0; i < 3; i++) {
    const port = await freePort();
    const s = await startChild(path.join(DIST, 'index.js'), [], { ...botEnv, PORT: String(port) }, port, SERVER_NODE_FLAGS);
    startups.push(s.reportedStartupMs);
    wallStartups.push(s.wallStartupMs);
    await s.stop();
  }
  startups.push(bot.server.reportedStartupMs);
  wallStartups.push(bot.server.wallStartupMs);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  const directory = directoryBench();
  log(directory ? `directory lookup: ${JSON.stringify(directory)}` : 'directory lookup: bench not present (skipped)');
  log('file check: 100,000 rows vs exceljs read (child process)…');
  const check = await runJsonChild(path.join(__dirname, 'check-bench.js'));
  log(check ? `file check: ${JSON.stringify(check)}` : 'file check: bench not present or failed (skipped)');

  const results = {
    at: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}/${process.arch}`, cpus: require('node:os').cpus().length },
    answers,
    http: {
      seconds: SECONDS, connections: 16, rounds: ROUNDS, echo: echo.load, sahayak: bot.load,
      requestsPerSecByRound: { echo: echoRuns.map((r) => r.load.requestsPerSec), sahayak: botRuns.map((r) => r.load.requestsPerSec) },
      ratios: {
        p50: Math.round((bot.load.p50Ms / Math.max(echo.load.p50Ms, 0.001)) * 100) / 100,
        p99: Math.round((bot.load.p99Ms / Math.max(echo.load.p99Ms, 0.001)) * 100) / 100,
        throughput: Math.round((bot.load.requestsPerSec / echo.load.requestsPerSec) * 100) / 100,
      },
    },
    startup: { reportedMs: startups, medianReportedMs: median(startups), wallMs: wallStartups, medianWallMs: median(wallStartups) },
    memory: { echoAfterLoadMb: echo.rssAfterLoadMb, afterStartMb: bot.rssAfterStartMb, afterLoadMb: worstBotRssMb },
    directory,
    check,
  };
  const verdicts = TARGETS.map((t) => ({ ...t, value: t.value(results), pass: t.pass(results) }));
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'latest.json'), `${JSON.stringify({ ...results, targets: verdicts.map(({ name, value, pass, target }) => ({ name, value, target, pass })) }, null, 2)}\n`);
  fs.writeFileSync(path.join(OUT_DIR, 'latest.md'), renderMarkdown(results, verdicts));
  log('');
  for (const v of verdicts) log(`${v.pass ? 'PASS' : 'FAIL'}  ${v.name}: ${v.value} (target ${v.target})`);
  log(`written: ${path.relative(process.cwd(), path.join(OUT_DIR, 'latest.json'))}, latest.md`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
