#!/usr/bin/env node
/**
 * Makes sure a headless browser exists for the tab tests: Debian's `chromium` (no browser download
 * by playwright). Idempotent: does nothing when the browser is there. Installs it with apt-get when
 * running as root (CI), serialised by /tmp/apt.lock; otherwise prints what to run.
 * Exit code 0 when the browser is available afterwards, 1 otherwise (0 with --soft).
 * `CHROMIUM_PATH` points at another Chromium build.
 */
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

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
  return spawnSync(cmd[0], cmd[1], { stdio: 'inherit', env, timeout: 15 * 60 * 1000 }).status === 0;
}

/** Installs chromium (and Noto fonts, for Devanagari) when missing. Returns the browser path or undefined. */
function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    console.error('chromium is missing: run  sudo apt-get install -y chromium fonts-noto-core  (or set CHROMIUM_PATH).');
    return undefined;
  }
  console.error('Installing chromium for the tab tests (apt-get)…');
  // Another process may have installed it while we waited for the lock: re-check after each step.
  const opts = ['install', '-y', '--no-install-recommends'];
  if (!apt(opts.concat('chromium', 'fonts-noto-core')) && !findChromium()) {
    apt(['update']);
    if (!apt(opts.concat('chromium', 'fonts-noto-core')) && !findChromium()) apt(opts.concat('chromium'));
  }
  return findChromium();
}

module.exports = { ensureChromium, findChromium };

if (require.main === module) {
  const path = ensureChromium();
  if (path) {
    try {
      console.log(execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20000 }).trim());
    } catch {
      console.log(path);
    }
  }
  // --soft (used by `pretest`): never block the other tests; the browser tests then fail with this message.
  process.exit(path || process.argv.includes('--soft') ? 0 : 1);
}
