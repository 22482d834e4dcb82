#!/usr/bin/env node
/**
 * Times `npm start` as a user meets it: from running the command to the server's "ready" line,
 * then stops it (SIGTERM, the server drains and exits). Runs it N times (default 5) on a free port
 * and prints each time and the median. The first run includes a build when the sources changed.
 * On Linux it also prints the CPU time the command's processes used until ready (npm, the build
 * check, the server), which depends far less than the wall-clock time on what else the machine runs.
 *
 *   node scripts/time-start.js [runs]
 */
'use strict';
const { spawn } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');

const fs = require('node:fs');

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

/** CPU milliseconds (user + system) used so far by the processes of a process group (Linux /proc), or undefined. */
function groupCpuMs(pgid) {
  try {
    const tick = 100; // USER_HZ on Linux
    let total = 0;
    for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let stat;
      try { stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8'); } catch { continue; }
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on
      if (Number(f[2]) !== pgid) continue; // 5th field: process group
      total += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]); // utime stime cutime cstime
    }
    return (total * 1000) / tick;
  } catch {
    return undefined;
  }
}

/** One `npm start`: milliseconds from spawn to the ready line, and the CPU milliseconds used until then. */
async function timeOnce() {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(NPM, ['start', '--silent'], { cwd: ROOT, env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  const result = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 120 s:\n${out}`)), 120_000);
    const onData = (chunk) => {
      out += chunk;
      if (out.includes('iGOT Sahayak is ready')) {
        clearTimeout(timer);
        resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, cpuMs: groupCpuMs(child.pid) });
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
  return result;
}

async function main() {
  const runs = Math.max(1, Number(process.argv[2] ?? 5));
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const { ms, cpuMs } = await timeOnce();
    times.push(ms);
    if (cpuMs !== undefined) cpu.push(cpuMs);
    console.log(`npm start #${i + 1}: ready in ${(ms / 1000).toFixed(2)} s${cpuMs === undefined ? '' : ` (CPU ${(cpuMs / 1000).toFixed(2)} s)`}`);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const load = fs.existsSync('/proc/loadavg') ? `, load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}` : '';
  console.log(`median ${(median(times) / 1000).toFixed(2)} s${cpu.length ? `, CPU ${(median(cpu) / 1000).toFixed(2)} s` : ''} over ${runs} run(s) (Node ${process.version}${load})`);
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
