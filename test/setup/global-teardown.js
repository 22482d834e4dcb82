/*
 * Jest global teardown: fails the run when the tests created the checkout's ./data folder or
 * changed what it held (tests must write only to their own temporary places), then removes the
 * run's temporary folder.
 */
const fs = require('node:fs');
const { DATA_DIR, snapshotData } = require('./data-folder');

module.exports = async function globalTeardown() {
  const before = globalThis.__SAHAYAK_DATA_BEFORE__;
  const after = snapshotData();
  const tmp = process.env.SAHAYAK_TEST_TMP;
  if (tmp && tmp.includes('sahayak-test-')) fs.rmSync(tmp, { recursive: true, force: true });
  if (before === undefined) return;
  if (after !== null && before === null) {
    throw new Error(`the tests created ${DATA_DIR} (${Object.keys(after).join(', ') || 'empty'}): a test wrote outside its temporary folder`);
  }
  if (after !== null && JSON.stringify(after) !== JSON.stringify(before)) {
    throw new Error(`the tests changed ${DATA_DIR}: a test wrote into the checkout's own data files`);
  }
};
