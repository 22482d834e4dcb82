#!/usr/bin/env node
/**
 * `npm run playground`: the bot and the Microsoft 365 Agents Playground (a local Teams-like chat
 * client, offline) wired together. Builds when the sources changed, starts the bot on 127.0.0.1,
 * waits until it is ready, then starts the playground against it and opens it in the browser.
 * Ctrl-C (or SIGTERM) stops both; if either stops on its own, the other is stopped too.
 *
 * Environment (all optional):
 *   PORT                         the bot's port (default 3978)
 *   HOST                         the bot's address (default 127.0.0.1: nothing outside this machine)
 *   TEAMSAPPTESTER_PORT          the playground's port (default 56150, as the Agents Toolkit uses)
 *   TEAMSAPPTESTER_BROWSER=none  do not open a browser (print the address only)
 *   M365_AGENTS_PLAYGROUND_LOGFILE  the playground's log (default devTools/m365agentsplayground.log)
 * Every other variable (MicrosoftAppId, LOG_LEVEL, SAHAYAK_*) reaches the bot as with `npm start`.
 */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const READY = 'iGOT Sahayak is ready';
const PLAYGROUND_CLI = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/** Starts a child and resolves once `marker` appears on its output (rejects if it exits first or times out). */
function startAndWait(name, args, env, marker, timeoutMs) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let seen = '';
  const forward = (stream, target) => stream.on('data', (chunk) => {
    target.write(chunk);
    if (seen.length < 64 * 1024) seen += chunk;
  });
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} was not ready within ${timeoutMs / 1000} s`)), timeoutMs);
    const check = () => {
      if (seen.includes(marker)) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`${name} stopped before it was ready (${signal ?? `exit ${code}`})`)); });
  });
  return { child, ready };
}

async function main() {
  if (!fs.existsSync(PLAYGROUND_CLI)) {
    console.error('The Microsoft 365 Agents Playground is not installed: run `npm install` (it is a dev dependency).');
    return 1;
  }
  const build = spawnSync(process.execPath, [path.join(__dirname, 'build.js'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;

  const port = process.env.PORT || '3978';
  const host = process.env.HOST || '127.0.0.1';
  const playgroundPort = process.env.TEAMSAPPTESTER_PORT || '56150';
  const endpoint = `http://127.0.0.1:${port}/api/messages`;
  const { SERVER_NODE_FLAGS } = require(path.join(ROOT, 'dist', 'server', 'runtime-flags.js'));

  const bot = startAndWait('the bot', [...SERVER_NODE_FLAGS, path.join(ROOT, 'dist', 'index.js')], { ...process.env, PORT: port, HOST: host }, READY, 60_000);
  const children = [bot.child];
  let stopping = false;
  const stopAll = (signal = 'SIGTERM') => {
    stopping = true;
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill(signal);
  };
  process.once('SIGINT', () => stopAll());
  process.once('SIGTERM', () => stopAll());
  try {
    await bot.ready;
    const logFile = process.env.M365_AGENTS_PLAYGROUND_LOGFILE || path.join(ROOT, 'devTools', 'm365agentsplayground.log');
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const playground = startAndWait('the playground', [PLAYGROUND_CLI, 'start', '--app-endpoint', endpoint, '--channel-id', 'msteams', '--port', playgroundPort, '--disable-telemetry'],
      { ...process.env, M365_AGENTS_PLAYGROUND_LOGFILE: logFile, TEAMSAPPTESTER_PORT: playgroundPort }, 'Listening on', 60_000);
    children.push(playground.child);
    await playground.ready;
    console.log(`Agents Playground is ready: http://localhost:${playgroundPort} (chatting with the bot at ${endpoint}; Ctrl-C stops both)`);
  } catch (err) {
    console.error(err.message);
    stopAll();
    return 1;
  }
  // Either one stopping ends the session: stop the other and pass on the first exit code.
  const code = await Promise.race(children.map((c) => new Promise((resolve) => c.once('exit', (exitCode) => resolve(exitCode ?? 0)))));
  const wasAsked = stopping;
  stopAll();
  await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((resolve) => c.once('exit', resolve)) : undefined)));
  return wasAsked ? 0 : code || 1;
}

main().then((code) => { process.exitCode = code; });
