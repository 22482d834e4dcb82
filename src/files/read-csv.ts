import { delimitedRecords, type Cell } from '../domain/bulk-upload';
import type { SheetRow } from './read-xlsx';

/** Picks the CSV delimiter from the first line: tab, ";" or ",". */
export function csvDelimiter(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  if (count('\t') > 0) return '\t';
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Parses CSV text into rows (quotes, "" escapes, CRLF, multi-line quoted cells). Every cell is text,
 * as the portal's CSV reader sees it. Line numbers are 1-based record starts.
 */
export function* readCsvRows(text: string): Generator<SheetRow> {
  const src = text.replace(/^\uFEFF/, '');
  const nl = src.search(/\r|\n/);
  const delim = csvDelimiter(nl < 0 ? src : src.slice(0, nl));
  for (const record of delimitedRecords(src, delim)) yield { line: record.line, cells: record.cells.map(toTextCell) };
}

function toTextCell(text: string): Cell {
  return text === '' ? { kind: 'blank' } : { kind: 'string', text };
}
