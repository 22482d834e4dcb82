/**
 * `npm run playground` end to end: the script starts the bot and the Microsoft 365 Agents Playground
 * (offline), and Chromium drives the playground's chat as a developer would: a greeting, a question
 * in Hindi, a card button, a directory search. What is checked is what the page shows. Expected
 * texts come from the repository's content, so a rewording of an answer does not break the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { ensureChromium, launchChromium } from '../helpers/chromium';
import { freePort } from '../../src/server/free-port';

const ROOT = path.resolve(__dirname, '..', '..');
const TURN_MS = 45_000;

interface AnswerFile { en: { title: string }; hi: { title: string } }
const answer = (topic: string): AnswerFile => JSON.parse(fs.readFileSync(path.join(ROOT, 'content', 'answers', `${topic}.json`), 'utf8'));
const cardsText = (lang: string): { button: { otherLang: string } } => JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lang, 'cards.json'), 'utf8'));
const railways = (JSON.parse(fs.readFileSync(path.join(ROOT, 'content', 'directory', 'annexure.json'), 'utf8')).rows as { organisation: string; email: string; mobile: string }[])
  .find((r) => r.organisation === 'M/o Railways');

let tmp: string;
let script: ChildProcess;
let output = '';
let browser: Browser;
let page: Page;

/** Resolves when the script says both are ready; rejects with its output if it stops or stalls. */
function whenReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run playground was not ready in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    child.stdout!.on('data', () => {
      const m = /Agents Playground is ready: (http:\/\/localhost:\d+)/.exec(output);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`npm run playground exited (${code}):\n${output}`)); });
  });
}

/** The rendered Adaptive Cards in the conversation, oldest first. */
const cards = (): Locator => page.locator('.ac-adaptiveCard');

/** Waits for the number of cards to pass `before`, and returns the newest card's visible text. */
async function nextCard(before: number): Promise<string> {
  await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before, { timeout: TURN_MS });
  return (await cards().last().innerText()).replace(/\s+/g, ' ');
}

/** Types a message into the compose box and sends it; resolves with the text of the bot's card in reply. */
async function say(text: string): Promise<string> {
  const before = await cards().count();
  const box = page.locator('[data-lexical-editor="true"]').first();
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  return nextCard(before);
}

beforeAll(async () => {
  const executable = ensureChromium();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-playground-'));
  const [botPort, playgroundPort] = [await freePort(), await freePort()];
  script = spawn(process.execPath, [path.join(ROOT, 'scripts', 'playground.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(botPort),
      TEAMSAPPTESTER_PORT: String(playgroundPort),
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(tmp, 'playground.log'),
      SAHAYAK_INSIGHTS_FILE: path.join(tmp, 'insights.jsonl'), // never the checkout's data/
      LOG_LEVEL: 'warn',
      MicrosoftAppId: '',
      SAHAYAK_BLOB_CONNECTION_STRING: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: the bot and the playground are stopped with it
  });
  script.stdout!.on('data', (c) => { output += c; });
  script.stderr!.on('data', (c) => { output += c; });
  const started = Date.now();
  const url = await whenReady(script, 150_000);
  process.stderr.write(`playground test: bot and playground ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  browser = await launchChromium(executable);
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  // Offline: the playground page asks a CDN for fonts; refuse anything that is not this machine at once
  // (a name lookup that cannot succeed would otherwise hold the page for seconds).
  await context.route((u) => !['localhost', '127.0.0.1'].includes(u.hostname), (route) => route.abort('internetdisconnected'));
  page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 150_000 }); // a 9 MB client script: slow to start on a busy machine
}, 240_000);

afterAll(async () => {
  // What the page showed at the end, for a look after a failure (dist/ is build output, not checked in).
  await page?.screenshot({ path: path.join(ROOT, 'dist', 'test-artifacts', 'playground.png'), fullPage: true }).catch(() => undefined);
  await browser?.close();
  if (script?.exitCode === null) {
    const exited = new Promise((resolve) => script.once('exit', resolve));
    process.kill(-script.pid!, 'SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => { timer = setTimeout(resolve, 15_000); })]);
    clearTimeout(timer);
    if (script.exitCode === null) process.kill(-script.pid!, 'SIGKILL');
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}, 60_000);

describe('npm run playground, driven in Chromium', () => {
  test('the playground opens the personal chat, and the bot welcomes the user in both languages', async () => {
    await page.getByRole('button', { name: 'Reply in English' }).first().waitFor({ timeout: TURN_MS });
    expect(await page.getByRole('button', { name: 'हिंदी में जवाब दें' }).count()).toBeGreaterThan(0);
    expect(await cards().count()).toBeGreaterThanOrEqual(1);
  }, TURN_MS + 5_000);

  test('a greeting gets the greeting card', async () => {
    const card = await say('hello');
    expect(card).toContain(answer('greeting').en.title);
  }, TURN_MS + 5_000);

  test('a question in Hindi is answered in Hindi, with the answer card', async () => {
    const card = await say('मेरा अकाउंट अभी तक पेंडिंग है, अप्रूव नहीं हुआ');
    expect(card).toContain(answer('pending-approval').hi.title);
    expect(card).toMatch(/\p{Script=Devanagari}{3,}/u);
  }, TURN_MS + 5_000);

  test("the card's language button brings the same answer in English", async () => {
    const before = await cards().count();
    await cards().last().getByRole('button', { name: cardsText('hi').button.otherLang }).click();
    const card = await nextCard(before);
    expect(card).toContain(answer('pending-approval').en.title);
    expect(card).not.toContain(answer('pending-approval').hi.title);
  }, TURN_MS + 5_000);

  test('a directory search shows the published contact for the ministry', async () => {
    expect(railways).toBeDefined();
    const card = await say('who is the KB representative for the Ministry of Railways?');
    expect(card).toContain('Railways');
    expect(card).toContain(railways!.email);
    expect(card).toContain(railways!.mobile);
  }, TURN_MS + 5_000);
});
