import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import zlib from 'node:zlib';

/**
 * Generated bulk-upload sheets with every kind of fault the checker knows, in every cell type
 * a workbook can hold (text, numbers with and without formats, dates, formulas, booleans,
 * errors, rich text), for comparing checkers. Deterministic: the same seed gives the same sheet.
 */

export const CURRENT_HEADER = ['Full Name', 'Email', 'Mobile Number', 'Group', 'Designation', 'Gender', 'Category', 'Date of Birth',
  'Mother Tongue', 'Employee ID', 'Office Pin Code', 'External System ID', 'External System Name', 'Tags'];
export const HEADER_2023 = ['Full Name', 'Email Id', 'Mobile Number', 'Group', 'Tags', 'External Reference ID', 'External Reference System'];

/** A small seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Value = ExcelJS.CellValue;
type Pool = (i: number, r: () => number) => Value;

const date = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const rich = (text: string): Value => ({ richText: [{ text: text.slice(0, 3), font: { bold: true } }, { text: text.slice(3) }] });
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Per field: a good value (most rows) and faults of every kind. */
const FIELDS: readonly { good: Pool; faults: readonly Pool[] }[] = [
  { good: (i) => `Ramesh Kumar ${String.fromCharCode(65 + (i % 26))}`, faults: [
    () => 'R.K. Sharma', () => 'Sunita  Devi', () => 'सीता देवी', () => "D'Souza Maria", () => 'Ram2', () => 'Dr. Anil Kumar', () => 'Shri Anil Kumar', () => 'Mr Rakesh Verma', () => 'Mohan\nLal',
    () => 'Anil@Kumar', () => 'O’Brien Mary', () => '', () => '   ', () => 12345, () => date(1990, 1, 1), () => ({ formula: 'A1&"x"', result: 'Ram' }),
    () => true, () => ({ error: '#N/A' }), () => rich('Rich Text Name'), () => 'Asha & <Verma>', () => ' Leading Space',
  ] },
  { good: (i) => `user${i}@gmail.com`, faults: [
    () => 'rk@gmail', () => 'a b@gmail.com', (i) => `x${i}@gmial.com`, () => 'a@b.com,c@d.com', () => 'noatsign.com', () => 'user@domain..com',
    () => 98765, () => ({ formula: 'LOWER("A@B.COM")', result: 'a@b.com' }), () => '', () => 'user1@gmail.com', () => 'USER2@GMAIL.COM', () => 'रमेश@gmail.com',
  ] },
  { good: (i) => 9000000000 + i, faults: [
    () => '+91 98765 43210', () => '09876543210', () => '98765-43210', () => '9.87654E+09', () => 9.87654321e9, () => date(2020, 1, 1), () => '९८७६५४३२१०',
    () => '1234567890', () => ({ formula: '9876543210+0', result: 9876543210 }), () => '', () => 9000000001, () => '987654321', () => 9876543210.5, () => ' 9876543211 ',
  ] },
  { good: (_i, r) => pick(r, ['Group A', 'Group B', 'Group C', 'Group D', 'Contractual Staff', 'Others']), faults: [
    () => 'group b', () => 'Group E', () => 'Group A, Group B', () => ({ formula: 'D3', result: 'Group B' }), () => '', () => 4,
  ] },
  { good: () => 'Section Officer', faults: [() => '', () => 'SO@123', () => 42, () => 'Under Secretary (Admin)'] },
  { good: (_i, r) => pick(r, ['Male', 'Female', 'Others']), faults: [() => 'M', () => 'male', () => '', () => 1] },
  { good: (_i, r) => pick(r, ['General', 'OBC', 'SC', 'ST']), faults: [() => 'Gen', () => '', () => 'obc'] },
  { good: (i) => `${String((i % 28) + 1).padStart(2, '0')}-0${(i % 9) + 1}-1985`, faults: [
    () => date(1985, 8, 15), () => '1985/08/15', () => '31-02-1990', () => '15-08-2030', () => 31096, () => 31096.75, () => '', () => 'fifteen august',
    () => ({ formula: 'DATE(1985,8,15)', result: 31274 }), () => date(1899, 12, 31),
  ] },
  { good: () => 'Hindi', faults: [() => 'Klingon', () => '', () => 'hindi', () => 'हिंदी'] },
  { good: (i) => `EMP${i}`, faults: [() => 'EMP 123', () => 'x'.repeat(31), () => 12345, () => 'EMP#1', () => 1.5e21] },
  { good: () => '110001', faults: [() => 110001, () => '11001', () => 'ABCDEF', () => 110001.5, () => ''] },
  { good: (i) => `EHRMS-${i}`, faults: [() => 'ab cd', () => 778899, () => 'ID@1', () => 'x'.repeat(300)] },
  { good: () => 'eHRMS', faults: [() => '12345', () => 'x'.repeat(256), () => 'e$HRMS', () => ''] },
  { good: () => 'Delhi Circle', faults: [() => 'Delhi,s2', () => 'a;;b', () => 'Bihar Circle;Patna', () => '', () => 'tag!', () => 'a,,b', () => ' , '] },
];

/** One generated data row (current layout order) of typed values; `faultRate` of the fields get a fault. */
export function generatedRow(i: number, r: () => number, faultRate = 0.12): Value[] {
  return FIELDS.map((f) => (r() < faultRate ? pick(r, f.faults)(i, r) : f.good(i, r)));
}

/** The shapes a sheet can have. */
export type Shape = 'current' | '2023' | 'no-header' | 'first-last' | 'odd-header' | 'portal-output' | 'blank-rows';

/** Header and rows of a generated sheet. */
export function generatedSheet(shape: Shape, rows: number, seed: number): Value[][] {
  const r = random(seed);
  const data = Array.from({ length: rows }, (_, i) => generatedRow(i, r));
  switch (shape) {
    case 'current': return [CURRENT_HEADER, ...data];
    case '2023': return [HEADER_2023, ...data.map((d) => [d[0], d[1], d[2], d[3], d[13], d[11], d[12]])];
    case 'no-header': return data;
    case 'first-last': return [['First Name', 'Last Name', ...CURRENT_HEADER.slice(1)], ...data.map((d) => [String(d[0] ?? '').split(' ')[0], String(d[0] ?? '').split(' ').slice(1).join(' '), ...d.slice(1)])];
    case 'odd-header': return [['Email', 'Full Name (Mandatory)*', 'Mobile No', 'Group', 'Remarks', 'Gender'], ...data.map((d) => [d[1], d[0], d[2], d[3], 'note', d[5]])];
    case 'portal-output': return [[...CURRENT_HEADER, 'Status', 'Error Details'], ...data.map((d) => [...d, 'FAILED', 'Invalid Email Id'])];
    case 'blank-rows': return [[], [], CURRENT_HEADER, [' ', ''], ...data.flatMap((d, i) => (i % 7 === 0 ? [[], d] : i % 11 === 0 ? [['  ', '', ' '], d] : [d]))];
    default: return data;
  }
}

/** As Excel writes it: a whole workbook with shared strings and styles (dates and number formats kept). */
export async function workbookXlsx(rows: readonly Value[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Users');
  rows.forEach((row) => ws.addRow(row));
  ws.getColumn(8).numFmt = 'dd-mm-yyyy';
  // A mobile number shown in scientific notation, as Excel does for a long number typed in a General cell.
  ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.value === 9.87654321e9) cell.numFmt = '0.00E+00';
  }));
  ws.getColumn(11).numFmt = '000000';
  ws.getRow(1).font = { bold: true };
  wb.addWorksheet('Notes').addRow(['not', 'the', 'first', 'sheet']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** As a streaming writer writes it: shared strings or inline strings, no styles. */
export async function streamedXlsx(rows: readonly Value[][], useSharedStrings: boolean): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings, useStyles: true });
  const ws = wb.addWorksheet('Sheet1');
  rows.forEach((row) => {
    const added = ws.addRow(row);
    added.eachCell((cell) => {
      if (cell.value === 9.87654321e9) cell.numFmt = '0.00E+00';
    });
    added.commit();
  });
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

/** The same rows as CSV text (numbers and dates as a person would have typed them). */
export function csvText(rows: readonly Value[][], delim = ',', eol = '\r\n', bom = false): string {
  const text = (v: Value): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, '0')}-${String(v.getUTCMonth() + 1).padStart(2, '0')}-${v.getUTCFullYear()}`;
    if (typeof v === 'object') return 'richText' in v ? v.richText.map((t) => t.text).join('') : 'result' in v ? String(v.result ?? '') : 'error' in v ? String(v.error) : '';
    return String(v);
  };
  const quote = (s: string): string => (/["\r\n]|^\s|\s$/.test(s) || s.includes(delim) ? `"${s.replace(/"/g, '""')}"` : s);
  return (bom ? '\uFEFF' : '') + rows.map((row) => row.map((v) => quote(text(v))).join(delim)).join(eol) + eol;
}

/** A zip of the given parts, deflated by zlib (fast enough for parts of tens of megabytes). */
export function zipParts(parts: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const packed = zlib.deflateRawSync(data);
    const n = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(zlib.crc32(data) >>> 0, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(zlib.crc32(data) >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, n, packed);
    centrals.push(central, n);
    offset += head.length + n.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
