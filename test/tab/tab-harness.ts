/** Shared set-up of the tab tests: the real server on a free port, the browser build, Debian's chromium. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { ensureChromium, launchChromium } from '../helpers/chromium';
import { loadConfig } from '../../src/config';
import { startApp, type RunningApp } from '../../src/index';
import { tempWorklistFile } from '../helpers/temp-worklist';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The browser helpers live in test/helpers/chromium.ts; re-exported for the browser tests that import them from here. */
export { CHROMIUM_ARGS, ensureChromium, launchChromium } from '../helpers/chromium';

/** Compiles the browser code (`src/tab` → `dist/tab/tab.js`), as `npm run build` does. */
export function buildTab(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'src', 'tab', 'tsconfig.json')], {
    cwd: ROOT, stdio: 'inherit', timeout: 120_000,
  });
}

/** A started app plus everything it logged (to prove rows are never logged). */
export interface TabApp {
  readonly app: RunningApp;
  readonly url: string;
  readonly logs: () => string;
}

/** Starts the real server (bot, tab routes, logger) on 127.0.0.1 and a free port. */
export async function startTabApp(): Promise<TabApp> {
  let logged = '';
  const sink = new Writable({ write(chunk, _enc, cb) { logged += String(chunk); cb(); } });
  const logger = pino({ level: 'debug' }, sink);
  const app = await startApp({ ...loadConfig({ SAHAYAK_INSIGHTS_FILE: tempWorklistFile() }), port: 0, host: '127.0.0.1' }, { logger });
  return { app, url: app.url, logs: () => logged };
}

/** What a browser test file works with: the running app, chromium, and a fresh page per test. */
export interface TabBrowser {
  readonly tab: TabApp;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * Registers the hooks of a browser test file: starts the app and chromium once, opens a new
 * page (with `contextOptions`) before each test and closes it after. Read the fields inside tests.
 */
export function useTabBrowser(contextOptions: BrowserContextOptions): TabBrowser {
  const env = {} as { tab: TabApp; browser: Browser; page: Page };
  beforeAll(async () => {
    const executable = ensureChromium();
    buildTab();
    env.tab = await startTabApp();
    env.browser = await launchChromium(executable);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.tab?.app.stop(1000);
  });
  beforeEach(async () => {
    env.page = await (await env.browser.newContext(contextOptions)).newPage();
  });
  afterEach(async () => {
    await env.page?.context().close();
  });
  return env;
}

/** Rows with several problems: a dotted name, a bad email, +91 mobile, lower-case group; and a clean row. */
export const BAD_ROWS = [
  'Full Name\tEmail\tMobile Number\tGroup\tDesignation',
  'Ram Kumar.\tram.kumar@gov\t+91 98765 43210\tgroup a\tSection Officer',
  'Sita Devi\tsita.devi@gov.in\t9876501234\tGroup B\tAssistant',
].join('\n');
