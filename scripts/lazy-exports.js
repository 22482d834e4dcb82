#!/usr/bin/env node
/**
 * Writes src/server/lazy-exports-map.json: for each module named in TARGETS (package indexes that only
 * re-export, and heavy packages used inside functions only), every export name and the module file
 * (and key) that defines it, as found by loading the installed packages in full. The server
 * (src/server/lazy-exports.ts) then hands out an object of getters for such a module, so only the
 * files whose exports are read get loaded. A test runs this script with --check: the committed
 * file must match the installed packages (run it again after a dependency update).
 *
 *   node scripts/lazy-exports.js [--check]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'src', 'server', 'lazy-exports-map.json');
/** `package` (its main file, at any depth of node_modules) or `package:file inside it`. */
const TARGETS = [
  'botbuilder', 'botbuilder-core', 'botframework-connector', 'botbuilder-stdlib', 'botframework-streaming',
  'botbuilder:lib/streaming/index.js', 'botframework-connector:lib/auth/index.js', 'botbuilder-stdlib:lib/azureCoreHttpCompat.js',
  'restify:lib/plugins/index.js',
  '@azure/msal-node', 'axios', 'node-fetch', 'jsonwebtoken', 'https-proxy-agent',
  'uuid', '@azure/core-rest-pipeline', '@azure/core-client', '@azure/core-http-compat', '@typespec/ts-http-runtime', '@azure/core-util',
];
/** What loads every target: the packages in full, then the server's own modules. */
const ENTRIES = ['botbuilder', 'restify', 'botframework-connector', '@azure/msal-node'];

const rel = (file) => path.relative(ROOT, file).split(path.sep).join('/');
const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');

function isTarget(file) {
  const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\/(.*)$/.exec(rel(file));
  if (!m) return undefined;
  for (const t of TARGETS) {
    const [pkg, sub] = t.split(':');
    if (m[2] !== pkg) continue;
    if (sub ? m[3] === sub : require.resolve(path.join(ROOT, m[1])) === file) return { pkg: m[1] };
  }
  return undefined;
}

/** Where export `k` (value `v`) of `target` comes from: [file, key], [file, null] for a whole module, or nested names. */
function sourceOf(target, k, v, files, targets) {
  const others = files.filter((f) => f !== target);
  if (isObject(v)) {
    const whole = others.find((f) => require.cache[f].exports === v);
    if (whole) return [rel(whole), null];
  }
  if (isObject(v) && Object.getPrototypeOf(v) === Object.prototype) {
    const names = {};
    for (const [sk, sv] of Object.entries(v)) {
      const f = isObject(sv) && others.find((o) => require.cache[o].exports === sv);
      if (f) names[sk] = [rel(f), null];
    }
    if (Object.keys(names).length === Object.keys(v).length && Object.keys(names).length > 0) return { names };
  }
  // A file defining the export: a plain property (TypeScript's output) first, else a getter (esbuild's), never an index.
  let byGetter;
  for (const f of others) {
    if (targets.has(f)) continue;
    const e = require.cache[f].exports;
    const d = isObject(e) ? Object.getOwnPropertyDescriptor(e, k) : undefined;
    if (d && 'value' in d && d.value === v) return [rel(f), k];
    if (!byGetter && d && d.get && !/\/index\.c?js$/.test(f) && f.startsWith(path.dirname(target)) && e[k] === v) byGetter = f;
  }
  if (byGetter) return [rel(byGetter), k];
  // A file's default export re-exported under a name (uuid's `v4` is `./v4.js`'s default).
  const byDefault = isObject(v) && others.find((f) => !targets.has(f) && f.startsWith(path.dirname(target)) && isObject(require.cache[f].exports) && require.cache[f].exports.default === v);
  return byDefault ? [rel(byDefault), 'default'] : [rel(target), k];
}

function generate() {
  for (const e of ENTRIES) require(require.resolve(e, { paths: [ROOT] }));
  require(path.join(ROOT, 'dist', 'index.js'));
  const files = Object.keys(require.cache);
  const targets = new Map(files.map((f) => [f, isTarget(f)]).filter(([, t]) => t));
  const out = {};
  for (const [file, { pkg }] of [...targets].sort(([a], [b]) => rel(a).localeCompare(rel(b)))) {
    const exported = require.cache[file].exports;
    const names = {};
    for (const k of Object.keys(exported)) if (k !== '__esModule') names[k] = sourceOf(file, k, exported[k], files, targets);
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, pkg, 'package.json'), 'utf8')).version;
    out[rel(file)] = { package: `${pkg}/package.json`, version, esModule: exported.__esModule === true, callable: typeof exported === 'function', names };
  }
  return out;
}

/** In a server process with the lazy modules: the exports answering one message reads (`file#name`, in order). */
function recordTurn() {
  const dist = path.join(ROOT, 'dist');
  const script = `
const { startApp } = require(${JSON.stringify(path.join(dist, 'index.js'))});
const { loadConfig } = require(${JSON.stringify(path.join(dist, 'config.js'))});
const { exportsRead } = require(${JSON.stringify(path.join(dist, 'server', 'lazy-exports.js'))});
const insights = require('node:path').join(require('node:os').tmpdir(), 'sahayak-lazy-exports-' + process.pid + '.jsonl');
startApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SAHAYAK_INSIGHTS_FILE: insights })).then(async (app) => {
  const before = exportsRead().length;
  const body = { type: 'message', text: 'otp nahi aa raha', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } };
  const res = await fetch(app.url + '/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const read = exportsRead().slice(before);
  await app.stop(100);
  require('node:fs').rmSync(insights, { force: true });
  process.stdout.write(JSON.stringify({ status: res.status, read }));
  process.exit(0);
});`;
  const run = require('node:child_process').spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const out = JSON.parse(run.stdout || '{}');
  if (out.status !== 200) throw new Error(`recording a message failed (${out.status}): ${run.stderr}`);
  return [...new Set(out.read)];
}

const modules = generate();
const current = fs.existsSync(OUT) ? JSON.parse(fs.readFileSync(OUT, 'utf8')) : undefined;
if (process.argv.includes('--check')) {
  const same = current !== undefined && JSON.stringify(current.modules) === JSON.stringify(modules);
  if (!same) console.error('src/server/lazy-exports-map.json does not match the installed packages: run npm run build && node scripts/lazy-exports.js');
  process.exitCode = same ? 0 : 1;
} else {
  // The server reads the map from dist/ (tsc copies it there): the message is recorded with the new map.
  const write = (data) => {
    const text = `${JSON.stringify(data, null, 1)}\n`;
    fs.writeFileSync(OUT, text);
    fs.mkdirSync(path.join(ROOT, 'dist', 'server'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'dist', 'server', 'lazy-exports-map.json'), text);
  };
  write({ modules, turn: [] });
  write({ modules, turn: recordTurn() });
  console.log(`wrote ${rel(OUT)} (${Object.keys(modules).length} modules, ${JSON.parse(fs.readFileSync(OUT, 'utf8')).turn.length} exports a message reads)`);
}
