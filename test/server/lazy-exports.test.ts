import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SERVER_NODE_FLAGS } from '../../src/server/runtime-flags';

/**
 * The lazily handed-out Bot Framework modules (src/server/lazy-exports.ts), in real Node processes
 * (npm test builds first; jest's own module loader never runs the hook).
 */
const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');

function run(script: string, env: Record<string, string> = {}): Record<string, unknown> {
  // The server's own flags (Node 24 warns that node-fetch's URL parser uses punycode; the server runs with --no-deprecation).
  const child = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as Record<string, unknown>;
}

const START = (settings: Record<string, string>): string => `
const { startApp } = require(${JSON.stringify(path.join(DIST, 'index.js'))});
const { loadConfig } = require(${JSON.stringify(path.join(DIST, 'config.js'))});
const files = () => Object.keys(require.cache);
const loaded = (name) => files().some((m) => m.includes('/node_modules/' + name + '/'));
const settings = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SAHAYAK_INSIGHTS_FILE: require('os').tmpdir() + '/sahayak-lazy-test-' + process.pid + '.jsonl', ...${JSON.stringify(settings)} };
startApp(loadConfig(settings)).then(async (app) => {`;

test('the map matches the installed packages', () => {
  const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'lazy-exports.js'), '--check'], { encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

test('at start the packages are not loaded in full; the first message loads no module and is answered', () => {
  const out = run(`${START({})}
  const atStart = files();
  const body = { type: 'message', text: 'otp nahi aa raha', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } };
  const res = await fetch(app.url + '/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const replies = (await res.json()).activities.length;
  const added = files().filter((f) => !atStart.includes(f));
  const notLoaded = ['@azure/msal-node', 'axios', 'jsonwebtoken', 'botframework-streaming/lib/protocolAdapter.js', 'restify/lib/plugins/multipartBodyParser.js'].filter((n) => !atStart.some((m) => m.includes('/node_modules/' + n)));
  await app.stop(100);
  process.stdout.write(JSON.stringify({ modules: atStart.length, status: res.status, replies, added, notLoaded, index: loaded('botbuilder/lib/index.js') }));
  process.exit(0);
});`);
  expect(out.status).toBe(200);
  expect(out.replies).toBeGreaterThan(0);
  expect(out.added).toEqual([]);
  expect(out.notLoaded).toHaveLength(5);
  expect(out.modules).toBeLessThan(800);
});

test('a lazy module gives the same values as the module itself', () => {
  const out = run(`
require(${JSON.stringify(path.join(DIST, 'server', 'startup.js'))});
const Module = require('node:module');
const differ = [];
for (const name of ['botbuilder', 'botbuilder-core', 'botframework-connector', 'restify/lib/plugins', 'jsonwebtoken']) {
  const lazy = require(name);
  const file = require.resolve(name);
  const real = new Module(file, module); // the module's own code, run once more (its leaves come from the cache)
  real.load(file);
  const keys = Object.keys(real.exports).filter((k) => k !== '__esModule');
  if (keys.join() !== Object.keys(lazy).join()) differ.push(name + ': keys');
  for (const k of keys) if (typeof real.exports[k] === 'function' && lazy[k] !== real.exports[k]) differ.push(name + '.' + k);
}
const Agent = require(require.resolve('https-proxy-agent', { paths: [require.resolve('botbuilder')] })); // a function module (v5)
const made = Agent({ host: '127.0.0.1', port: 9 });
process.stdout.write(JSON.stringify({ differ, instance: made instanceof Agent }));`);
  expect(out.differ).toEqual([]);
  expect(out.instance).toBe(true);
});

test('with MicrosoftAppId set, the token libraries are loaded before listening', () => {
  const out = run(`${START({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-secret', MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002' })}
  const names = ['@azure/msal-node', 'jsonwebtoken', 'node-fetch'];
  const atStart = names.filter(loaded);
  await app.stop(100);
  process.stdout.write(JSON.stringify({ atStart }));
  process.exit(0);
});`);
  expect(out.atStart).toEqual(['@azure/msal-node', 'jsonwebtoken', 'node-fetch']);
});
