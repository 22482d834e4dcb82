import type { Cell } from '../domain/bulk-upload';
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
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let fresh = true;
  const emit = (): SheetRow => ({ line: start, cells: cells.map(toTextCell) });
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') { cell += '"'; i++; } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && fresh) { quoted = true; fresh = false; continue; }
    if (ch === delim) { cells.push(cell); cell = ''; fresh = true; continue; }
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      yield emit();
      cells = []; cell = ''; fresh = true; line++; start = line;
      continue;
    }
    cell += ch;
    fresh = false;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    yield emit();
  }
}

function toTextCell(text: string): Cell {
  return text === '' ? { kind: 'blank' } : { kind: 'string', text };
}
