import path from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * In a real Node process (npm test builds first): the server starts without loading the modules
 * its dependencies only need on paths it never takes, and such a module still works when used.
 */
const DIST = path.resolve(__dirname, '../../dist');
const SCRIPT = `
const { startApp } = require(${JSON.stringify(path.join(DIST, 'index.js'))});
const { loadConfig } = require(${JSON.stringify(path.join(DIST, 'config.js'))});
const loaded = (name) => Object.keys(require.cache).some((m) => m.includes('/node_modules/' + name + '/'));
startApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SAHAYAK_INSIGHTS_FILE: require('os').tmpdir() + '/sahayak-startup-test.jsonl' })).then(async (app) => {
  const names = ['@azure/identity', 'spdy', 'http-signature', 'formidable', 'fs-extra'];
  const atStart = names.filter(loaded);
  const res = await fetch(app.url + '/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'otp nahi aa raha', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } }) });
  const used = { identity: typeof require('@azure/identity').DefaultAzureCredential, fsExtra: typeof require('fs-extra').pathExists, keys: Object.keys(require('fs-extra')).includes('readJson') };
  await app.stop(100);
  process.stdout.write(JSON.stringify({ atStart, status: res.status, used, loadedAfterUse: names.filter(loaded) }));
  process.exit(0);
});`;

test('optional modules load on first use, not at start; the server answers; a used module works', () => {
  const run = spawnSync(process.execPath, ['-e', SCRIPT], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  const out = JSON.parse(run.stdout);
  expect(out.atStart).toEqual([]);
  expect(out.status).toBe(200);
  expect(out.used).toEqual({ identity: 'function', fsExtra: 'function', keys: true });
  expect(out.loadedAfterUse).toEqual(expect.arrayContaining(['@azure/identity', 'fs-extra']));
});
