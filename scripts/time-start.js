#!/usr/bin/env node
/**
 * Times `npm start` as a user meets it: from running the command to the server's "ready" line,
 * then stops it (SIGTERM, the server drains and exits). Runs it N times (default 5) on a free port
 * and prints each time and the median. The first run includes a build when the sources changed.
 *
 *   node scripts/time-start.js [runs]
 */
'use strict';
const { spawn } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** One `npm start`: milliseconds from spawn to the ready line. */
async function timeOnce() {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(NPM, ['start', '--silent'], { cwd: ROOT, env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  const ms = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 120 s:\n${out}`)), 120_000);
    const onData = (chunk) => {
      out += chunk;
      if (out.includes('iGOT Sahayak is ready')) {
        clearTimeout(timer);
        resolve(Number(process.hrtime.bigint() - started) / 1e6);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { out += chunk; });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`npm start exited (${code}) before it was ready:\n${out}`)); });
  });
  child.removeAllListeners('exit');
  await new Promise((resolve) => {
    child.once('exit', resolve);
    process.kill(-child.pid, 'SIGTERM'); // npm and the server it started
  });
  return ms;
}

async function main() {
  const runs = Math.max(1, Number(process.argv[2] ?? 5));
  const times = [];
  for (let i = 0; i < runs; i++) {
    const ms = await timeOnce();
    times.push(ms);
    console.log(`npm start #${i + 1}: ready in ${(ms / 1000).toFixed(2)} s`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`median ${(sorted[Math.floor((sorted.length - 1) / 2)] / 1000).toFixed(2)} s over ${runs} run(s) (Node ${process.version})`);
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
