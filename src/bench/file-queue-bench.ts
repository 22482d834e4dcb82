/**
 * Peak memory of the server with every file-check slot busy and the queue full (issue 11): many small zip
 * bombs and many large CSVs sent to the tab at once, the server's resident memory sampled meanwhile.
 * Self-contained: `node dist/bench/file-queue-bench.js` prints one JSON line (run-bench includes it).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { freePort } from '../server/free-port';
import { SERVER_NODE_FLAGS } from '../server/runtime-flags';
import { startChild } from './http-bench';

/** An .xlsx of a few tens of KB whose one cell inflates to `chars` characters. */
async function zipBomb(chars: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Users');
  ws.addRow(['Full Name', 'Email', 'Mobile Number', 'Group', 'Designation']);
  ws.addRow(['a'.repeat(chars), 'asha@gmail.com', '9876543210', 'Group C', 'Clerk']);
  return Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: true }));
}

/** A CSV of about `bytes` bytes of rows (the tab's file limit is 1 MB). */
function bigCsv(bytes: number): Buffer {
  const row = 'Asha Verma,asha.verma@gmail.com,9876543210,Group C,Clerk,Female,General,01-01-1990,Hindi,E1,110001,X-1,HRMS,Delhi\n';
  return Buffer.from(`Full Name,Email,Mobile Number,Group,Designation,Gender,Category,Date of Birth,Mother Tongue,Employee ID,Office Pin Code,External System ID,External System Name,Tags\n${row.repeat(Math.floor(bytes / row.length))}`);
}

function rssMb(pid: number): number {
  try {
    return Math.round(Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) / 1024);
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const port = await freePort();
  const server = await startChild(path.resolve(__dirname, '..', 'index.js'), [], { HOST: '127.0.0.1', LOG_LEVEL: 'info', PORT: String(port), MicrosoftAppId: '' }, port, SERVER_NODE_FLAGS);
  let peak = rssMb(server.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 50);
  const send = async (name: string, body: Buffer): Promise<number> => {
    try {
      const res = await fetch(`${server.url}/api/tab/check?name=${name}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  };
  const tally = (statuses: number[]) => statuses.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
  const bomb = await zipBomb(40_000_000);
  const t0 = Date.now();
  const bombs = tally(await Promise.all(Array.from({ length: 24 }, () => send('bomb.xlsx', bomb))));
  const bombsMs = Date.now() - t0;
  const csv = bigCsv(1000 * 1024);
  const t1 = Date.now();
  const csvs = tally(await Promise.all(Array.from({ length: 30 }, () => send('big.csv', csv))));
  const csvsMs = Date.now() - t1;
  clearInterval(sampler);
  const idle = rssMb(server.pid);
  await server.stop();
  process.stdout.write(`${JSON.stringify({ peakRssMb: peak, afterMb: idle, zipBombs: { sent: 24, bytes: bomb.length, statuses: bombs, ms: bombsMs }, largeCsvs: { sent: 30, bytes: csv.length, statuses: csvs, ms: csvsMs } })}\n`);
}

main().catch((err) => {
  process.stderr.write(`file-queue bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
