import fs from 'node:fs';
import { FILE_CHECKER } from './file-checker-modules';

/**
 * Preloaded into a server by the start-up bench (`--require dist/bench/startup-hook.js`): on
 * SIGUSR1 it writes which modules are loaded to `SAHAYAK_MODULES_OUT` (how many, and whether the
 * file checker is among them: it should load with the first file, not at start).
 */
process.on('SIGUSR1', () => {
  const modules = Object.keys(require.cache);
  const out = process.env.SAHAYAK_MODULES_OUT;
  if (out) fs.writeFileSync(out, JSON.stringify({ modules: modules.length, fileChecker: modules.some((m) => FILE_CHECKER.test(m)) }));
});
