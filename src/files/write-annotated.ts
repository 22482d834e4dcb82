import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RowResult } from '../domain/bulk-upload';

/**
 * What we write into `Status` for a row without errors. Not "SUCCESS": whether the email or mobile is already
 * registered can't be known offline, so we never claim a row will succeed (the summary says why).
 */
export const STATUS_NO_ERRORS = 'NO ERRORS FOUND';
/** What the portal writes for a rejected row. */
export const STATUS_FAILED = 'FAILED';

/** A row of the original sheet, by 1-based column (index 0 unused), with its line number. */
export interface OriginalRow {
  readonly line: number;
  readonly values: readonly unknown[];
}

function plain(value: unknown): ExcelJS.CellValue {
  if (value === undefined) return null;
  return value as ExcelJS.CellValue;
}

/**
 * Writes the sheet back with `Status` and `Error Details` (errors joined by ", " as the portal does)
 * in the 1-based columns `statusCol` and `statusCol + 1`. Returns the .xlsx bytes (built in memory).
 */
export async function writeAnnotatedXlsx(
  rows: readonly OriginalRow[], results: ReadonlyMap<number, RowResult>, headerLine: number | undefined, statusCol: number,
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => { out.on('end', resolve); out.on('error', reject); });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('Sheet1');
  for (const row of rows) {
    const values: ExcelJS.CellValue[] = [];
    for (let i = 1; i < row.values.length; i++) values[i] = plain(row.values[i]);
    if (row.line === headerLine) {
      values[statusCol] = 'Status';
      values[statusCol + 1] = 'Error Details';
    } else {
      const result = results.get(row.line);
      if (result) {
        values[statusCol] = result.valid ? STATUS_NO_ERRORS : STATUS_FAILED;
        values[statusCol + 1] = result.valid ? '' : result.errorDetails;
      }
    }
    const target = ws.getRow(row.line);
    target.values = values;
    target.commit();
  }
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
