#!/usr/bin/env node
/**
 * Builds `dist/` (the server, CLI and tab code) with TypeScript, and records what it built from.
 *
 *   node scripts/build.js               always build (`npm run build`)
 *   node scripts/build.js --if-stale    build only when the sources changed since the last build
 *                                       (`npm test`, `npm run playground`; `npm start` calls it in-process)
 *   node scripts/build.js --on-install  the same, run by `npm install` / `npm ci`; without TypeScript
 *                                       installed (`--omit=dev`) it says so and leaves dist/ as it is
 *
 * "Changed" means the content of any file under src/, either tsconfig, or the TypeScript version
 * differs from the last successful build (a fingerprint in dist/.build-stamp.json). Content, not
 * modification times, so a checkout or a `touch` does not force a build, and an edit always does.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp.json');
const PROJECTS = ['tsconfig.json', path.join('src', 'tab', 'tsconfig.json')];
/** Files a complete build leaves behind (one per project). */
const OUTPUTS = [path.join(DIST, 'index.js'), path.join(DIST, 'tab', 'tab.js')];

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

function typescriptVersion(root = ROOT) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'typescript', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** A hash of everything the build reads (under `root`: src/, both tsconfigs, the TypeScript version). */
function fingerprint(root = ROOT) {
  const hash = crypto.createHash('sha256');
  hash.update(`typescript ${typescriptVersion(root) ?? 'none'}\0`);
  const inputs = [...filesUnder(path.join(root, 'src')), ...PROJECTS.map((p) => path.join(root, p))];
  for (const file of inputs.map((f) => path.relative(root, f).split(path.sep).join('/')).sort()) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when dist/ was built from exactly the current sources. */
function isCurrent(print) {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    return stamp.fingerprint === print && OUTPUTS.every((f) => fs.existsSync(f));
  } catch {
    return false;
  }
}

function tsc(project) {
  const bin = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, '-p', path.join(ROOT, project)], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

/** Compiles both projects (side by side: two processes) and writes the stamp. Resolves to success. */
async function build(print) {
  const started = Date.now();
  fs.rmSync(STAMP, { force: true }); // a failed or interrupted build is never taken for a current one
  const results = await Promise.all(PROJECTS.map(tsc));
  if (!results.every(Boolean)) return false;
  fs.mkdirSync(DIST, { recursive: true });
  fs.writeFileSync(STAMP, `${JSON.stringify({ fingerprint: print, typescript: typescriptVersion(), builtAt: new Date().toISOString() }, null, 2)}\n`);
  console.error(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

async function main(argv) {
  const ifStale = argv.includes('--if-stale') || argv.includes('--on-install');
  if (!typescriptVersion()) {
    if (argv.includes('--on-install')) {
      console.error('build: TypeScript is not installed (a production install?): dist/ is left as it is; run `npm run build` where the dev dependencies are installed.');
      return 0;
    }
    if (ifStale && OUTPUTS.every((f) => fs.existsSync(f))) return 0; // a deployed build without its sources' tools
    console.error('build: TypeScript is not installed: run `npm install` (with the dev dependencies) first.');
    return 1;
  }
  const print = fingerprint();
  if (ifStale && isCurrent(print)) return 0;
  if (ifStale) console.error(fs.existsSync(STAMP) ? 'build: the sources changed since the last build: building…' : 'build: no build yet: building dist/…');
  return (await build(print)) ? 0 : 1;
}

module.exports = { fingerprint, isCurrent, run: main };

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
