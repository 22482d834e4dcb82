/*
 * Jest global setup: every test run gets its own temporary folder, and the worklist variable points
 * into it, so a server or command a test starts with the process environment (a spawned child)
 * never writes the checkout's ./data/insights.jsonl. Records what ./data held, for the teardown check.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { snapshotData } = require('./data-folder');

module.exports = async function globalSetup() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-test-'));
  process.env.SAHAYAK_TEST_TMP = tmp;
  process.env.SAHAYAK_INSIGHTS_FILE = path.join(tmp, 'insights.jsonl');
  globalThis.__SAHAYAK_DATA_BEFORE__ = snapshotData();
};
