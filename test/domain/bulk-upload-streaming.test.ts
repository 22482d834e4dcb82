import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CheckResult } from '../../src/domain/bulk-upload';
import { bufferSource, checkFileAt, checkFileBuffer, checkFilePath, limitResult, STATUS_FAILED, STATUS_NO_ERRORS } from '../../src/files';
import { readZipEntries } from '../../src/files/zip-reader';
import { csvText, generatedSheet, type Shape, streamedXlsx, workbookXlsx, zipParts } from '../helpers/fault-sheets';
import { referenceCheck } from '../helpers/reference-checker';

/**
 * The streamed checker gives exactly the results the checker gave when it read whole files
 * through exceljs (test/helpers/reference-checker.ts), on generated sheets with every fault
 * kind in every cell type, in every sheet shape, from three kinds of writer; and its annotated
 * copy, checked again, gives the same rows.
 */
const NOW = new Date(2026, 0, 15);
const SHAPES: Shape[] = ['current', '2023', 'no-header', 'first-last', 'odd-header', 'portal-output', 'blank-rows'];
const WRITERS = ['workbook', 'shared strings', 'inline strings'] as const;
const seen = new Set<string>();

function record(result: CheckResult): void {
  for (const r of result.rows) for (const p of [...r.errors, ...r.warnings]) seen.add(p.code);
}

/** The annotated copy opens in exceljs, and each checked row says FAILED or NO ERRORS FOUND as its result says. */
async function statusColumn(annotated: Buffer, result: CheckResult): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(annotated as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  for (const r of result.rows.slice(0, 200)) {
    const found: unknown[] = [];
    ws.getRow(r.line).eachCell((c) => {
      if (c.value === STATUS_FAILED || c.value === STATUS_NO_ERRORS) found.push(c.value);
    });
    expect(found.slice(-1)).toEqual([r.valid ? STATUS_NO_ERRORS : STATUS_FAILED]);
  }
}

describe('xlsx: streamed results are the results of the checker as it was', () => {
  test.each(SHAPES.flatMap((shape, s) => WRITERS.map((writer, w) => [shape, writer, 100 + s * 10 + w] as const)))('%s sheet, %s', async (shape, writer, seed) => {
    const rows = generatedSheet(shape, 300, seed);
    const buf = writer === 'workbook' ? await workbookXlsx(rows) : await streamedXlsx(rows, writer === 'shared strings');
    const expected = await referenceCheck(buf, 'xlsx', NOW);
    const { result, annotated } = await checkFileBuffer(buf, { fileType: 'xlsx', now: NOW, annotate: true });
    expect(result).toEqual(expected);
    expect(result.rows.length).toBeGreaterThan(250);
    record(result);
    const again = await checkFileBuffer(annotated!, { fileType: 'xlsx', now: NOW });
    expect(again.result.rows).toEqual(result.rows);
    await statusColumn(annotated!, result);
  });
});

describe('csv: streamed results are the results of the checker as it was', () => {
  const variants = [
    { delim: ',', eol: '\r\n', bom: false }, { delim: ';', eol: '\n', bom: true }, { delim: '\t', eol: '\r', bom: false }, { delim: ',', eol: '\n', bom: true },
  ];
  test.each(SHAPES.flatMap((shape, s) => variants.map((v, i) => [shape, JSON.stringify(v), v, 500 + s * 10 + i] as const)))('%s sheet, %s', async (shape, _name, v, seed) => {
    const buf = Buffer.from(csvText(generatedSheet(shape, 300, seed), v.delim, v.eol, v.bom), 'utf8');
    const expected = await referenceCheck(buf, 'csv', NOW);
    const { result, annotated } = await checkFileBuffer(buf, { fileType: 'csv', now: NOW, annotate: true });
    expect(result).toEqual(expected);
    record(result);
    // (A blank first line makes ',' the delimiter, as it always has: then no header is found, in both.)
    if (!result.limit) await statusColumn(annotated!, result); // (checked again it would be an .xlsx: the portal's csv rules would no longer apply)
  });

  test('records split anywhere: quoted cells across lines, "" inside quotes, CRLF split between pieces, a last line without an end', async () => {
    const text = 'Full Name,Email,Mobile Number,Group\r\n"Ram\r\nLal",ram@gmail.com,9876543210,Group B\r\n"Say ""hi""",a@b.com,9876543211,Group C\r\nx"y,b@c.com,9876543212,"Group\nD"\r\n\r\nlast,c@d.com,9876543213,Group A';
    const expected = await referenceCheck(Buffer.from(text), 'csv', NOW);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-csv-'));
    try {
      const file = path.join(dir, 'rows.csv');
      fs.writeFileSync(file, text);
      expect((await checkFilePath(file, { now: NOW })).result).toEqual(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(expected.rows.map((r) => r.line)).toEqual([2, 4, 5, 8]);
  });
});

describe('the comparison covers every fault kind', () => {
  test('every error and warning code was found in the generated sheets (but the one for a check that throws)', () => {
    const locales = JSON.parse(fs.readFileSync(path.join(__dirname, '../../locales/en/checker.json'), 'utf8')) as { error: object; warning: object };
    const codes = [...Object.keys(locales.error), ...Object.keys(locales.warning)].filter((c) => c !== 'unreadable-value');
    expect(codes.filter((c) => !seen.has(c))).toEqual([]);
  });
});

describe('large and odd inputs', () => {
  test('no header, thousands of rows without a well-formed email or mobile before one has them: the same results (a second pass)', async () => {
    const bad = Array.from({ length: 6000 }, (_, i) => `Ram ${i},not-an-email,12,Group B`);
    const buf = Buffer.from([...bad, 'Sita,sita@gmail.com,9876543210,Group C', ...bad.slice(0, 50)].join('\n'));
    const expected = await referenceCheck(buf, 'csv', NOW);
    const streamed = [] as number[];
    const summary = await checkFileAt(writeTemp('odd.csv', buf), { now: NOW }, { row: (r) => void streamed.push(r.line) });
    expect(summary.rows).toBe(expected.rows.length);
    expect(streamed).toEqual(expected.rows.map((r) => r.line));
    const allBad = Buffer.from(bad.join('\n'));
    expect((await checkFileBuffer(allBad, { now: NOW })).result).toEqual(await referenceCheck(allBad, 'csv', NOW));
  });

  test('row limits give the same limit', async () => {
    const buf = await workbookXlsx(generatedSheet('current', 120, 7));
    expect((await checkFileBuffer(buf, { now: NOW, maxRows: 100 })).result).toEqual(await referenceCheck(buf, 'xlsx', NOW, 100));
  });
});

let tmp: string | undefined;
function writeTemp(name: string, buf: Buffer): string {
  tmp ??= fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-stream-'));
  const file = path.join(tmp, name);
  fs.writeFileSync(file, buf);
  return file;
}
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('hostile workbooks', () => {
  const zipOf = async (parts: Record<string, string | Buffer>): Promise<Buffer> => zipParts(parts);
  const sheet = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>';

  test('shared strings that inflate far past any sheet (a zip bomb) stop the check as too complex, without taking the memory', async () => {
    const huge = `<sst>${'<si><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></si>'.repeat(1_000_000)}</sst>`;
    const buf = await zipOf({ 'xl/sharedStrings.xml': huge, 'xl/worksheets/sheet1.xml': sheet });
    expect(buf.length).toBeLessThan(1_000_000);
    const before = process.memoryUsage().rss;
    expect((await checkFileBuffer(buf, { now: NOW, maxRows: 1000 })).result.limit).toEqual({ code: 'file-too-complex' });
    expect(process.memoryUsage().rss - before).toBeLessThan(120 * 1024 * 1024);
  });

  test('a truncated archive, a broken sheet and a sheet that is not XML are unreadable', async () => {
    const good = await workbookXlsx(generatedSheet('current', 20, 3));
    const cut = good.subarray(0, Math.floor(good.length * 0.6));
    const broken = Buffer.from(good);
    const sheetEntry = (await readZipEntries(bufferSource(good))).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    broken.fill(0x55, sheetEntry.offset + 80, sheetEntry.offset + 80 + 32); // inside the sheet's data
    const notXml = await zipOf({ 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></wrong></worksheet>' });
    for (const buf of [cut, broken, notXml]) expect((await checkFileBuffer(buf, { fileType: 'xlsx', now: NOW })).result).toEqual(limitResult('unreadable-file'));
    // The old reader says the same of the first and the last; the damaged sheet made it hang (until the worker's time limit).
    for (const buf of [cut, notXml]) expect(await referenceCheck(buf, 'xlsx', NOW)).toEqual(limitResult('unreadable-file'));
  });
});
