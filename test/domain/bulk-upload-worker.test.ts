import path from 'node:path';
import { spawnSync } from 'node:child_process';

/** The compiled worker (npm test builds first) checks a file in its own thread with a memory limit. */
const SCRIPT = `
const ExcelJS = require('exceljs');
const { checkBufferInWorker } = require(${JSON.stringify(path.resolve(__dirname, '../../dist/files'))});
(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Users');
  ws.addRow(['Full Name', 'Email', 'Mobile Number', 'Group', 'Designation']);
  ws.addRow(['Asha Verma', 'asha@gmail.com', '98765 43210', 'Group C', 'Clerk']);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const ok = await checkBufferInWorker(buf, { fileType: 'xlsx', annotate: true });
  const starved = await checkBufferInWorker(buf, { fileType: 'xlsx', annotate: true }, { maxOldGenerationSizeMb: 1024, timeoutMs: 1 });
  console.log(JSON.stringify({ fields: ok.result.rows[0].errors.map((e) => e.field), annotated: ok.annotated.length > 0, starved: starved.result.limit }));
})();`;

describe('file checks in a worker thread', () => {
  it('checks in the worker, returns the annotated copy, and turns a time-out into a limit result', () => {
    const run = spawnSync(process.execPath, ['-e', SCRIPT], { encoding: 'utf8', cwd: path.resolve(__dirname, '../..') });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout.trim().split('\n').pop()!);
    expect(out.fields).toEqual(['Mobile Number']);
    expect(out.annotated).toBe(true);
    expect(out.starved).toEqual({ code: 'check-timeout' });
  });
});
