import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { PassThrough } from 'node:stream';
import { runInsights } from '../../src/cli/commands/insights';
import { loadConfig } from '../../src/config';
import { startApp, type RunningApp } from '../../src/index';
import { createLogger } from '../../src/server/logger';
import { message, post } from '../server/helpers/http-app';
import { logTextToSearch } from '../helpers/temp-worklist';
import { ALL_SECRETS, PERSONAL_TURNS } from './personal-turns';

/**
 * Done when: after chat turns holding names, dates of birth and the written forms of emails and
 * mobiles, neither the worklist nor the logs contain any of them (searched in the files themselves).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-privacy-'));
const worklist = path.join(dir, 'insights.jsonl');
const logFile = path.join(dir, 'server.log');
let app: RunningApp;

beforeAll(async () => {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'trace', SAHAYAK_INSIGHTS_FILE: worklist });
  app = await startApp(config, { logger: createLogger('trace', pino.destination({ dest: logFile, sync: true })) });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('no name, date of birth, email or mobile of any chat turn reaches the worklist or the logs', async () => {
  for (const turn of PERSONAL_TURNS) {
    const res = await post(app.url, message(turn.text, { locale: /[\u0900-\u097F]/.test(turn.text) ? 'hi-IN' : 'en-IN' }));
    expect(res.status).toBe(200);
  }
  await app.stop(1000);
  const stored = fs.readFileSync(worklist, 'utf8');
  const logged = logTextToSearch(fs.readFileSync(logFile, 'utf8'));
  expect(logged).toContain('"msg":"request"');
  const found = ALL_SECRETS.filter((s) => stored.includes(s) || logged.includes(s));
  expect(found).toEqual([]);

  const stdout = new PassThrough();
  let shown = '';
  stdout.on('data', (c) => (shown += c));
  await runInsights([], { stdin: new PassThrough(), stdout, stderr: new PassThrough() }, loadConfig({ SAHAYAK_INSIGHTS_FILE: worklist }));
  expect(ALL_SECRETS.filter((s) => shown.includes(s))).toEqual([]);
});
