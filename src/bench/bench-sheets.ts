import fs from 'node:fs';
import { once } from 'node:events';
import { escapeXml, SHEET_XML, workbookParts, ZipStreamWriter } from '../files';

const GROUPS = ['Group A', 'Group B', 'Group C', 'Group D', 'Contractual Staff', 'Others', 'group b'];
const HEADER = ['Full Name', 'Email', 'Mobile Number', 'Group', 'Designation', 'Gender', 'Category', 'Date of Birth',
  'Mother Tongue', 'Employee ID', 'Office Pin Code', 'External System ID', 'External System Name', 'Tags'];

/** Row `i` of the benchmark's sheet: a ministry's staff list, one row in ten with typical mistakes. Mobile numbers are numbers. */
export function benchRow(i: number): (string | number)[] {
  const bad = i % 10 === 0;
  return [
    bad ? `R.K. Sharma${i % 3}` : `Ramesh Kumar ${String.fromCharCode(65 + (i % 26))}`,
    `user${i}@${bad ? 'gmail,com' : 'gmail.com'}`,
    bad ? `+91 ${9000000000 + i}` : 9000000000 + i,
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
  ];
}

const column = (n: number): string => String.fromCharCode(64 + n);

/** Variants for tests: the sheet's `<dimension>` (false: none; default: the true range) and its rows. */
export interface BenchXlsxOptions {
  readonly dimension?: string | false;
  readonly row?: (i: number) => (string | number)[];
}

/**
 * Writes the benchmark's .xlsx as Excel does: every text in the shared strings (written after
 * the sheet, as Excel orders them), numbers as numbers. Streamed, so any number of rows.
 */
export async function writeBenchXlsx(file: string, rows: number, options: BenchXlsxOptions = {}): Promise<void> {
  const rowOf = options.row ?? benchRow;
  const dimension = options.dimension ?? `A1:${column(HEADER.length)}${rows + 1}`;
  const out = fs.createWriteStream(file);
  const zip = new ZipStreamWriter(out);
  const strings = new Map<string, number>();
  const ref = (s: string): number => {
    let n = strings.get(s);
    if (n === undefined) strings.set(s, (n = strings.size));
    return n;
  };
  const rowXml = (line: number, values: readonly (string | number)[]): string =>
    `<row r="${line}">${values.map((v, c) => (typeof v === 'number' ? `<c r="${column(c + 1)}${line}"><v>${v}</v></c>` : `<c r="${column(c + 1)}${line}" t="s"><v>${ref(v)}</v></c>`)).join('')}</row>`;
  await zip.begin(SHEET_XML.path);
  // Excel writes the sheet's size before its rows; the checker sizes its duplicate tables by it.
  const start = dimension === false ? SHEET_XML.start : SHEET_XML.start.replace('<sheetData>', `<dimension ref="${escapeXml.attr(dimension)}"/><sheetData>`);
  let batch = start + rowXml(1, HEADER);
  for (let i = 0; i < rows; i++) {
    batch += rowXml(i + 2, rowOf(i));
    if (batch.length > 256 * 1024) {
      await zip.write(Buffer.from(batch, 'utf8'));
      batch = '';
    }
  }
  await zip.write(Buffer.from(batch + SHEET_XML.end, 'utf8'));
  await zip.endStreamed();
  await zip.begin('xl/sharedStrings.xml');
  batch = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">`;
  for (const s of strings.keys()) {
    batch += `<si><t>${escapeXml.text(s)}</t></si>`;
    if (batch.length > 256 * 1024) {
      await zip.write(Buffer.from(batch, 'utf8'));
      batch = '';
    }
  }
  await zip.write(Buffer.from(`${batch}</sst>`, 'utf8'));
  await zip.endStreamed();
  for (const [name, text] of workbookParts({ numFmts: [], sharedStrings: true })) await zip.small(name, Buffer.from(text, 'utf8'));
  await zip.finish();
  out.end();
  await once(out, 'close');
}

/** Writes the same rows as a .csv (CRLF, quotes where a cell needs them). */
export async function writeBenchCsv(file: string, rows: number): Promise<void> {
  const out = fs.createWriteStream(file);
  const cell = (v: string | number): string => (typeof v === 'string' && /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v));
  let batch = `${HEADER.join(',')}\r\n`;
  for (let i = 0; i < rows; i++) {
    batch += `${benchRow(i).map(cell).join(',')}\r\n`;
    if (batch.length > 256 * 1024) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'close');
}
