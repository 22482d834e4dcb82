import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell } from '../domain/bulk-upload';
import { reorderXlsxForStreaming } from './zip-order';

/** One sheet row: its 1-based row number and its cells by position (0 = column A). */
export interface SheetRow {
  readonly line: number;
  readonly cells: Cell[];
  /** The raw exceljs values (1-based), kept only when an annotated copy is wanted. */
  readonly values?: unknown[];
}

/** The reader options used by the checker (and by the benchmark's plain read, for a fair comparison). */
export const XLSX_READER_OPTIONS = Object.freeze({
  sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
} as const);

const BLANK: Cell = Object.freeze({ kind: 'blank' });

/** Converts an exceljs cell value into the checker's cell (what Apache POI would see). */
export function toCell(value: unknown, numFmt?: string): Cell {
  if (value === null || value === undefined || value === '') return BLANK;
  switch (typeof value) {
    case 'string': return { kind: 'string', text: value };
    case 'number': return numFmt ? { kind: 'number', value, numFmt } : { kind: 'number', value };
    case 'boolean': return { kind: 'boolean', value };
    default: break;
  }
  if (value instanceof Date) return { kind: 'date', value };
  const v = value as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) return { kind: 'formula', text: String(v.formula ?? v.sharedFormula ?? '') };
  if ('error' in v) return { kind: 'error', text: String(v.error) };
  if (Array.isArray(v.richText)) return { kind: 'string', text: (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('') };
  if ('text' in v) return { kind: 'string', text: String(v.text ?? '') };
  return { kind: 'string', text: String(value) };
}

type RowLike = { number: number; values: unknown[] | Record<string, unknown>; getCell(i: number): { numFmt?: string } };

/**
 * Streams the rows of the first worksheet of an in-memory .xlsx (streaming parse, nothing written to disk).
 * Throws on a corrupt file (the caller turns that into 'unreadable-file').
 */
export async function* readXlsxRows(buf: Buffer, keepValues = false): AsyncGenerator<SheetRow> {
  const input = Readable.from([reorderXlsxForStreaming(buf)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { ...XLSX_READER_OPTIONS });
  for await (const worksheet of reader) {
    for await (const r of worksheet as unknown as AsyncIterable<RowLike>) {
      const values = Array.isArray(r.values) ? r.values : [];
      const cells: Cell[] = new Array(Math.max(0, values.length - 1));
      for (let i = 1; i < values.length; i++) {
        const v = values[i];
        cells[i - 1] = typeof v === 'number' ? toCell(v, r.getCell(i).numFmt) : toCell(v);
      }
      for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = BLANK;
      yield keepValues ? { line: r.number, cells, values } : { line: r.number, cells };
    }
    break; // the portal reads the first sheet only
  }
}
