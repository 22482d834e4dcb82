import { isHeaderRow } from './headers';
import { readingLines, readPastedRows, type PastedReading } from './pasted-reading';
import { SheetSession } from './sheet-session';
import type { Cell, CheckResult, Layout, RowResult } from './types';

/** Most rows checked from one chat message; more gets 'too-many-rows-for-chat'. */
export const CHAT_ROW_LIMIT = 200;

/** Options for checking pasted text. */
export interface PastedOptions {
  /** Row limit (default CHAT_ROW_LIMIT; Infinity for the CLI). */
  readonly maxRows?: number;
  readonly now?: Date;
  readonly layout?: Layout;
}

function toCell(text: string): Cell {
  return text.trim() === '' ? { kind: 'blank' } : { kind: 'string', text };
}

/**
 * Checks rows pasted as text (tab- or comma-separated, header or not). Never throws.
 * Each data row gets a result; nothing here says a row will succeed.
 */
export function checkPastedText(text: string, options: PastedOptions = {}): CheckResult {
  return checkPastedReading(readPastedRows(text), options);
}

/**
 * Checks what {@link readPastedRows} read. Rows whose separators were lost are not guessed at:
 * the result carries the limit `separators-lost` (send the file, or paste from the sheet).
 */
export function checkPastedReading(reading: PastedReading, options: PastedOptions = {}): CheckResult {
  const max = options.maxRows ?? CHAT_ROW_LIMIT;
  const session = new SheetSession({ source: 'paste', now: options.now, layout: options.layout });
  if (reading.kind === 'run-together') {
    return { layout: session.layout, layoutAssumed: true, headerFound: false, rows: [], notes: [], limit: { code: 'separators-lost' } };
  }
  const lines = readingLines(reading);
  const dataCount = lines.length - (lines.length && isHeaderRow(lines[0].cells) ? 1 : 0);
  if (dataCount > max) {
    return {
      layout: session.layout, layoutAssumed: true, headerFound: dataCount < lines.length, rows: [], notes: [],
      limit: { code: 'too-many-rows-for-chat', params: { count: dataCount, max } },
    };
  }
  const rows: RowResult[] = [];
  for (const l of lines) rows.push(...session.push(l.line, l.cells.map(toCell)));
  rows.push(...session.finish());
  const notes = session.notes();
  if (!rows.length) notes.push({ code: 'no-rows' });
  return { layout: session.layout, layoutAssumed: session.layoutAssumed, headerFound: session.headerFound, rows, notes };
}
/** The shared "is this pasted rows" test, also where callers first found it. */
export { looksLikePastedRows } from './pasted-reading';
