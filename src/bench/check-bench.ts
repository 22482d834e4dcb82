import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { CLI_FILE_LIMITS, checkFileAt, fileSource } from '../files';
import { entryChunks, readZipEntries } from '../files/zip-reader';
import { writeBenchCsv, writeBenchXlsx } from './bench-sheets';

/** What one measurement process reports. */
export interface Measured {
  readonly ms: number;
  /** CPU time of the process (user + system, every thread): steadier than the clock on a shared machine. */
  readonly cpuMs: number;
  /** Peak resident memory of the whole process (MB). */
  readonly peakRssMb: number;
  readonly rows?: number;
  readonly failed?: number;
}

/** The floor for an .xlsx: inflate the shared strings and the sheet and run them through a SAX parser (saxes), nothing else. */
async function inflateAndSax(file: string): Promise<number> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const source = fileSource(handle, (await handle.stat()).size);
    const entries = await readZipEntries(source);
    let cells = 0;
    for (const name of ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) {
      const entry = entries.find((e) => e.name === name)!;
      const parser = new SaxesParser();
      parser.on('opentag', (tag) => {
        if (tag.name === 'c') cells++;
      });
      parser.on('text', () => undefined);
      parser.on('closetag', () => undefined);
      const decoder = new TextDecoder();
      for await (const chunk of entryChunks(source, entry)) parser.write(decoder.decode(chunk, { stream: true }));
    }
    return cells;
  } finally {
    await handle.close();
  }
}

/** The floor for a .csv: csv-parse's streaming read, every record taken. */
async function csvParseRead(file: string): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('csv-parse') as typeof import('csv-parse');
  let records = 0;
  for await (const _ of fs.createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }))) records++;
  return records;
}

/** The check `sahayak check FILE --out COPY.xlsx` runs: every rule, duplicates, the annotated copy written to disk as it goes. */
async function checkWithCopy(file: string): Promise<{ rows: number; failed: number }> {
  const copy = path.join(path.dirname(file), `${path.basename(file)}-checked.xlsx`);
  const out = fs.createWriteStream(copy, { highWaterMark: 1024 * 1024 });
  const summary = await checkFileAt(file, { ...CLI_FILE_LIMITS, now: new Date(2026, 0, 15) }, { annotated: out });
  out.end();
  await once(out, 'close');
  if (summary.limit) throw new Error(`not checked: ${summary.limit.code}`);
  fs.rmSync(copy, { force: true });
  return { rows: summary.rows, failed: summary.failed };
}

/** Runs one measurement in this process and prints it (the parent runs each in a fresh process, for its peak memory). */
async function measure(what: string, file: string): Promise<void> {
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let found: { rows: number; failed: number } | undefined;
  if (what === 'xlsx-floor') await inflateAndSax(file);
  else if (what === 'csv-floor') await csvParseRead(file);
  else found = await checkWithCopy(file);
  const ms = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
  const cpu = process.cpuUsage(cpu0);
  const result: Measured = { ms, cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...found };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function child(args: string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    let out = '';
    const p = spawn(process.execPath, [__filename, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    p.stdout.on('data', (c) => (out += c));
    p.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code === 0 && line) resolve(JSON.parse(line) as Measured);
      else reject(new Error(`${args.join(' ')} exited with ${code}`));
    });
  });
}

/** Runs of the check and of its floor for each figure (the best taken): three, so one slowed by other work on the machine does not decide it. */
export const CHECK_RUNS = 3;

/** One file size and kind: the floor and the check, alternating, best of `runs` each. */
export interface CheckFigures {
  readonly kind: 'xlsx' | 'csv';
  readonly rows: number;
  readonly fileMb: number;
  readonly floorMs: number;
  readonly checkMs: number;
  readonly ratio: number;
  /** The same, by CPU time (steadier on a shared machine). */
  readonly floorCpuMs: number;
  readonly checkCpuMs: number;
  readonly cpuRatio: number;
  readonly floorPeakRssMb: number;
  readonly checkPeakRssMb: number;
  readonly rowsWithErrors: number;
  readonly runs: number;
}

/** Generates the sheets (in the temp folder, deleted after) and measures every size and kind. */
export async function runCheckBench(sizes: readonly number[] = [10_000, 100_000, 500_000], runs = CHECK_RUNS, log: (line: string) => void = () => undefined): Promise<CheckFigures[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-check-bench-'));
  const out: CheckFigures[] = [];
  try {
    for (const rows of sizes) {
      for (const kind of ['xlsx', 'csv'] as const) {
        const file = path.join(dir, `bench-${rows}.${kind}`);
        await (kind === 'xlsx' ? writeBenchXlsx(file, rows) : writeBenchCsv(file, rows));
        const floors: Measured[] = [];
        const checks: Measured[] = [];
        for (let i = 0; i < runs; i++) {
          // Alternate, the order flipped every other run, so the machine's drift falls on both.
          const order = i % 2 === 0 ? ['floor', 'check'] : ['check', 'floor'];
          for (const what of order) (what === 'floor' ? floors : checks).push(await child(['measure', what === 'floor' ? `${kind}-floor` : 'check', file]));
        }
        const best = (xs: Measured[]): Measured => xs.reduce((a, b) => (b.ms < a.ms ? b : a));
        const leastCpu = (xs: Measured[]): number => Math.min(...xs.map((m) => m.cpuMs));
        const floor = best(floors);
        const check = best(checks);
        const figures: CheckFigures = {
          kind, rows, fileMb: Math.round(fs.statSync(file).size / 1048576 * 10) / 10, floorMs: floor.ms, checkMs: check.ms,
          ratio: Math.round((check.ms / floor.ms) * 1000) / 1000,
          floorCpuMs: leastCpu(floors), checkCpuMs: leastCpu(checks), cpuRatio: Math.round((leastCpu(checks) / leastCpu(floors)) * 1000) / 1000, floorPeakRssMb: Math.max(...floors.map((m) => m.peakRssMb)),
          checkPeakRssMb: Math.max(...checks.map((m) => m.peakRssMb)), rowsWithErrors: check.failed ?? 0, runs,
        };
        log(`file check ${kind} ${rows} rows: check ${figures.checkMs} ms vs floor ${figures.floorMs} ms (×${figures.ratio}), peak ${figures.checkPeakRssMb} MB`);
        out.push(figures);
        fs.rmSync(file, { force: true });
      }
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  // `measure WHAT FILE` is one child's run; otherwise every argument is a size (none: the default sizes).
  const run = args[0] === 'measure'
    ? measure(args[1], args[2])
    : runCheckBench(args.length ? args.map(Number) : undefined, CHECK_RUNS, (l) => process.stdout.write(`${l}\n`)).then((r) => void process.stdout.write(`${JSON.stringify(r)}\n`));
  run.catch((e) => {
    process.stderr.write(`check-bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
