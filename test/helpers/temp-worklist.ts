import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A worklist file of the test's own, in a fresh temporary folder (under the run's folder that the
 * jest global setup makes and its teardown removes): no test reaches the checkout's `data/`.
 */
export function tempWorklistFile(): string {
  const root = process.env.SAHAYAK_TEST_TMP && fs.existsSync(process.env.SAHAYAK_TEST_TMP) ? process.env.SAHAYAK_TEST_TMP : os.tmpdir();
  return path.join(fs.mkdtempSync(path.join(root, 'worklist-')), 'insights.jsonl');
}

/**
 * The text of JSON log lines without the fields the server makes up itself (time, correlation id,
 * process, host, duration): their digits could match a searched-for number by chance.
 */
export function logTextToSearch(lines: string): string {
  return lines.split('\n').filter(Boolean).map((line) => {
    try {
      const { time: _t, ref: _r, pid: _p, hostname: _h, ms: _m, startupMs: _s, ...rest } = JSON.parse(line) as Record<string, unknown>;
      return JSON.stringify(rest);
    } catch {
      return line;
    }
  }).join('\n');
}
