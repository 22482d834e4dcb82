import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../server/free-port';
import { SERVER_NODE_FLAGS } from '../server/runtime-flags';
import type { BenchServer } from './bench-servers';
import { startChild } from './http-bench';
import { FILE_CHECKER } from './file-checker-modules';

/** How long the server and the command line take to start, and what they load. */
export interface StartupFigures {
  /** `firstAnswerMs`: spawn to the first message's reply received (posted the moment the server listens). */
  readonly server: { reportedMs: number[]; medianReportedMs: number; wallMs: number[]; medianWallMs: number; firstAnswerMs: number[]; medianFirstAnswerMs: number; modules: number; loadsFileChecker: boolean };
  readonly cli: { runsMs: number[]; medianMs: number; modules: number; loadsFileChecker: boolean };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeRun(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve(Math.round(Number(process.hrtime.bigint() - t0) / 1e5) / 10) : reject(new Error(`${args.join(' ')}: exit ${code}`))));
  });
}

/** Posts one message (replies in the response body) and resolves when its reply has arrived; throws unless 200. */
async function askOnce(url: string): Promise<void> {
  const activity = { type: 'message', id: 'startup-1', text: 'otp nahi aa raha', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', from: { id: 'startup-user' }, recipient: { id: 'bot' }, conversation: { id: 'startup-conversation' } };
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`first message: HTTP ${res.status}`);
}

/** What `sahayak ask` loads for one question (run in its own process). */
function cliModules(cli: string): Promise<{ modules: number; loadsFileChecker: boolean }> {
  const script = `const {main}=require(${JSON.stringify(cli)});const sink={write(){return true},once(){},on(){}};` +
    'main(["ask","otp nahi aa raha"],{stdin:process.stdin,stdout:sink,stderr:process.stderr}).then(()=>{const m=Object.keys(require.cache);' +
    'process.stdout.write(JSON.stringify({modules:m.length,loadsFileChecker:m.some((x)=>' + FILE_CHECKER.toString() + '.test(x))}))})';
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (c) => (out += c));
    child.once('exit', () => {
      try {
        resolve(JSON.parse(out));
      } catch (err) {
        reject(err);
      }
    });
  });
}

/**
 * Starts the server `runs` times (spawn to listening; then one message posted at once, spawn to its
 * reply) and runs `sahayak ask` for one question `runs` times. The modules are counted after the first message.
 */
export async function benchStartup(server: BenchServer, cli: string, runs = 5): Promise<StartupFigures> {
  const reported: number[] = [];
  const wall: number[] = [];
  const firstAnswer: number[] = [];
  let loaded = { modules: 0, fileChecker: true };
  const out = path.join(os.tmpdir(), `sahayak-modules-${process.pid}.json`);
  for (let i = 0; i < runs; i++) {
    const port = await freePort();
    const child = await startChild(server.script, server.args(port), { ...server.env(port), SAHAYAK_MODULES_OUT: out }, port, [...SERVER_NODE_FLAGS, '--require', path.join(__dirname, 'startup-hook.js')]);
    const listening = process.hrtime.bigint();
    await askOnce(child.url);
    firstAnswer.push(Math.round((child.wallStartupMs + Number(process.hrtime.bigint() - listening) / 1e6) * 10) / 10);
    reported.push(child.reportedStartupMs);
    wall.push(child.wallStartupMs);
    if (i === 0) {
      process.kill(child.pid, 'SIGUSR1');
      for (let t = 0; t < 50 && !fs.existsSync(out); t++) await new Promise((r) => setTimeout(r, 100));
      if (fs.existsSync(out)) loaded = JSON.parse(fs.readFileSync(out, 'utf8'));
      fs.rmSync(out, { force: true });
    }
    await child.stop();
  }
  const cliRuns: number[] = [];
  for (let i = 0; i < runs; i++) cliRuns.push(await timeRun([cli, 'ask', 'otp nahi aa raha']));
  const modules = await cliModules(cli);
  return {
    server: { reportedMs: reported, medianReportedMs: median(reported), wallMs: wall, medianWallMs: median(wall), firstAnswerMs: firstAnswer, medianFirstAnswerMs: median(firstAnswer), modules: loaded.modules, loadsFileChecker: loaded.fileChecker },
    cli: { runsMs: cliRuns, medianMs: median(cliRuns), ...modules },
  };
}
