#!/usr/bin/env node
/**
 * Finds the headless browser the browser tests use (the tab page and the Agents Playground): Debian's
 * `chromium`, driven by playwright-core (which downloads no browser). When it is missing and this
 * runs as root with apt-get (a CI container), it installs `chromium` and `fonts-noto-core` (Devanagari),
 * serialised by /tmp/apt.lock; otherwise, or when that fails, it says what to run.
 *
 *   node scripts/ensure-chromium.js               find or install; prints the browser's version
 *   node scripts/ensure-chromium.js --print-path  the same, printing only the browser's path on stdout
 *   node scripts/ensure-chromium.js --soft        never fail (`pretest`: the other tests still run)
 *
 * Exit code 0 when the browser is there afterwards, 1 otherwise (0 with --soft).
 * `CHROMIUM_PATH` points at another Chromium or Chrome binary; `CHROMIUM_NO_INSTALL=1` never installs.
 */
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const INSTALL_HINT = 'sudo apt-get install -y chromium fonts-noto-core';

/** The path of a usable Chromium, or undefined. */
function findChromium() {
  return CANDIDATES.find((p) => {
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function apt(args) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const cmd = has('flock') ? ['flock', ['/tmp/apt.lock', 'apt-get', ...args]] : ['apt-get', args];
  // apt's progress goes to stderr, so that stdout stays the answer (--print-path).
  return spawnSync(cmd[0], cmd[1], { stdio: ['ignore', process.stderr, process.stderr], env, timeout: 15 * 60 * 1000 }).status === 0;
}

/** Why the browser cannot be installed here, or undefined when it can be tried. */
function cannotInstall() {
  if (process.env.CHROMIUM_NO_INSTALL === '1') return 'CHROMIUM_NO_INSTALL=1 is set';
  if (!(typeof process.getuid === 'function' && process.getuid() === 0)) return 'not running as root, so not installing it automatically';
  if (!has('apt-get')) return 'apt-get is not available on this system';
  return undefined;
}

/** The message for a machine without a browser: what was looked for, why it was not installed, what to run. */
function missingMessage(reason) {
  return [
    'Chromium is needed by the browser tests (the tab page and the Agents Playground) and was not found.',
    `  Looked for: ${CANDIDATES.join(', ')}.`,
    `  ${reason}.`,
    `  Install it with:  ${INSTALL_HINT}`,
    '  or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  ].join('\n');
}

/** Installs chromium (and Noto fonts, for Devanagari) when missing. Returns { path } or { message }. */
function ensureChromium() {
  const found = findChromium();
  if (found) return { path: found };
  const reason = cannotInstall();
  if (reason) return { message: missingMessage(reason) };
  console.error('Chromium is missing: installing Debian\'s chromium for the browser tests (apt-get)…');
  // Another process may have installed it while we waited for the lock: re-check after each step.
  const opts = ['install', '-y', '--no-install-recommends'];
  if (!apt(opts.concat('chromium', 'fonts-noto-core')) && !findChromium()) {
    apt(['update']);
    if (!apt(opts.concat('chromium', 'fonts-noto-core')) && !findChromium()) apt(opts.concat('chromium'));
  }
  const installed = findChromium();
  return installed ? { path: installed } : { message: missingMessage('apt-get could not install it (see its output above)') };
}

module.exports = { ensureChromium, findChromium };

if (require.main === module) {
  const result = ensureChromium();
  if (result.path && process.argv.includes('--print-path')) {
    console.log(result.path);
  } else if (result.path) {
    try {
      console.log(execFileSync(result.path, ['--version'], { encoding: 'utf8', timeout: 20000 }).trim());
    } catch {
      console.log(result.path);
    }
  } else {
    console.error(result.message);
  }
  // --soft (used by `pretest`): never block the other tests; the browser tests then fail with the message above.
  process.exit(result.path || process.argv.includes('--soft') ? 0 : 1);
}
