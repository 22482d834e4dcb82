import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { message, post, startTestApp } from '../server/helpers/http-app';
import { tempWorklistFile } from '../helpers/temp-worklist';

/**
 * Tests never touch the real worklist: each writes to a temporary place of its own, and so does any
 * process a test spawns with the environment. (The jest global teardown also fails the run when the
 * checkout's data/ folder appears or changes.)
 */
const ROOT = path.resolve(__dirname, '../..');
const inCheckout = (p: string) => !path.relative(ROOT, path.resolve(ROOT, p)).startsWith('..');

test('the environment of spawned servers and commands points the worklist outside the checkout', () => {
  expect(process.env.SAHAYAK_INSIGHTS_FILE).toBeDefined();
  expect(inCheckout(process.env.SAHAYAK_INSIGHTS_FILE!)).toBe(false);
});

test('every worklist a test gets is a fresh file in a temporary folder', () => {
  const [a, b] = [tempWorklistFile(), tempWorklistFile()];
  expect(a).not.toBe(b);
  for (const f of [a, b]) {
    expect(inCheckout(f)).toBe(false);
    expect(path.resolve(f).startsWith(path.resolve(os.tmpdir()))).toBe(true);
  }
});

test('a test server records its turns in its own place, not in ./data', async () => {
  const had = fs.existsSync(path.join(ROOT, 'data'));
  const app = await startTestApp();
  await post(app.url, message('what is the weather on mars'));
  await app.stop(1000);
  expect(fs.existsSync(path.join(ROOT, 'data'))).toBe(had);
});
