/** Debian's Chromium for the browser tests: found (or installed) by scripts/ensure-chromium.js, launched by playwright-core. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..', '..');

/** Chromium flags for a headless, offline, sandbox-less run (CI containers run as root). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The browser's path (installing it when missing, as the script does); throws with the script's explanation otherwise. */
export function ensureChromium(): string {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-chromium.js'), '--print-path'], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15 * 60 * 1000,
  });
  const found = run.stdout.trim();
  if (run.status !== 0 || !found) throw new Error(run.stderr.trim() || `scripts/ensure-chromium.js failed (exit ${run.status})`);
  return found;
}

/** Launches Chromium through playwright-core (no browser download). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
}
