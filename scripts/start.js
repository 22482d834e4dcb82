#!/usr/bin/env node
/**
 * `npm start`: builds when the sources changed since the last build (as `scripts/build.js --if-stale`),
 * then runs the server in this same process, so a start with a current build costs one Node start,
 * not two. package.json runs it with the server's Node flags (src/server/runtime-flags.ts).
 */
'use strict';
const path = require('node:path');
const { run } = require('./build.js');

run(['--if-stale']).then((code) => {
  if (code !== 0) {
    process.exitCode = code;
    return;
  }
  require(path.join(__dirname, '..', 'dist', 'index.js')).main();
});
