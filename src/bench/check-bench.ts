import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkFilePath } from '../files';
const XLSX_READER_OPTIONS = { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' } as const;

/** The figures of one benchmark run. */
export interface CheckBenchResult {
  readonly rows: number;
  readonly fileBytes: number;
  /** exceljs streaming read of the same file, every cell touched (best of the runs). */
  readonly readMs: number;
  /** Full check: read + every rule + duplicates (best of the runs). */
  readonly checkMs: number;
  readonly ratio: number;
  readonly rowsWithErrors: number;
  /** Peak resident set size of the process (MB). */
  readonly peakRssMb: number;
}

const GROUPS = ['Group A', 'Group B', 'Group C', 'Group D', 'Contractual Staff', 'Others', 'group b'];

/** Writes a current-layout sheet of `rows` generated rows (some with typical mistakes). */
export async function writeBenchSheet(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['Full Name', 'Email', 'Mobile Number', 'Group', 'Designation', 'Gender', 'Category', 'Date of Birth',
    'Mother Tongue', 'Employee ID', 'Office Pin Code', 'External System ID', 'External System Name', 'Tags']).commit();
  for (let i = 0; i < rows; i++) {
    const bad = i % 10 === 0;
    ws.addRow([
      bad ? `R.K. Sharma${i % 3}` : `Ramesh Kumar ${String.fromCharCode(65 + (i % 26))}`,
      `user${i}@${bad ? 'gmail,com' : 'gmail.com'}`,
      bad ? `+91 ${9000000000 + i}` : String(9000000000 + i),
      GROUPS[i % GROUPS.length],
      'Section Officer',
      i % 2 ? 'Male' : 'Female',
      'General',
      `${String((i % 28) + 1).padStart(2, '0')}-0${(i % 9) + 1}-1985`,
      'Hindi',
      `EMP${i}`,
      '110001',
      `EHRMS-${i}`,
      'eHRMS',
      bad ? 'Delhi,s2' : 'Delhi Circle',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

/** exceljs's plain streaming read of the first sheet, touching every value. */
export async function plainRead(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { ...XLSX_READER_OPTIONS });
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws as unknown as AsyncIterable<{ values: unknown[] }>) cells += row.values.length;
    break;
  }
  return cells;
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await run();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
}

/** Generates a 100,000-row xlsx in a temp dir (deleted after), times exceljs's read and the full check. */
export async function runCheckBench(rows = 100_000, runs = 2): Promise<CheckBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-bench-'));
  const file = path.join(dir, 'bench.xlsx');
  try {
    await writeBenchSheet(file, rows);
    const fileBytes = fs.statSync(file).size;
    let readMs = Infinity;
    let checkMs = Infinity;
    let rowsWithErrors = 0;
    for (let i = 0; i < runs; i++) {
      const [r] = await time(() => plainRead(file));
      readMs = Math.min(readMs, r);
      const [c, outcome] = await time(() => checkFilePath(file, { maxBytes: Infinity, maxRows: Infinity }));
      checkMs = Math.min(checkMs, c);
      if (outcome.result.limit) throw new Error(`bench file not checked: ${outcome.result.limit.code}`);
      rowsWithErrors = outcome.result.rows.filter((x) => !x.valid).length;
    }
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    return { rows, fileBytes, readMs: Math.round(readMs), checkMs: Math.round(checkMs), ratio: Math.round((checkMs / readMs) * 100) / 100, rowsWithErrors, peakRssMb };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runCheckBench().then(
    (r) => {
      process.stdout.write(`${JSON.stringify(r)}\n`);
      process.stdout.write(`check ${r.checkMs} ms vs exceljs read ${r.readMs} ms (ratio ${r.ratio}), peak RSS ${r.peakRssMb} MB\n`);
    },
    (e) => {
      process.stderr.write(`check-bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
