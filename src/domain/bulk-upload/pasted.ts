import { isHeaderRow } from './headers';
import { parsePastedText } from './parse-pasted';
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
  const max = options.maxRows ?? CHAT_ROW_LIMIT;
  const session = new SheetSession({ source: 'paste', now: options.now, layout: options.layout });
  let lines: ReturnType<typeof parsePastedText>;
  try {
    lines = parsePastedText(text);
  } catch {
    lines = [];
  }
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

/** A cheap first test: rows hold an email address, or a header naming name / email / mobile columns. */
const MAY_BE_ROWS = /@|name|mail|mobile|नाम|ईमेल|मोबाइल/i;
const SEPARATOR = /[\s,;|]/;

/**
 * A cell that is one email address: `local@domain.tld` (a `mailto:` prefix included), nothing
 * around it but spaces. Read by index, not by a pattern that would try every split of a run of dots.
 */
export function isEmailCell(cell: string): boolean {
  const t = cell.trim();
  const at = t.indexOf('@');
  if (at <= 0 || t.indexOf('@', at + 1) !== -1 || SEPARATOR.test(t)) return false;
  const dot = t.indexOf('.', at + 2);
  return dot !== -1 && dot < t.length - 1;
}

/** A cell that is a phone number of about ten digits. */
function isPhoneCell(cell: string): boolean {
  const t = cell.trim();
  if (!/^[+(]?[\d०-९][\d०-९\s()\-.E+]*$/i.test(t)) return false;
  const digits = t.replace(/[^\d०-९]/g, '').length;
  return digits >= 8 && digits <= 13;
}

/**
 * True when a chat message looks like pasted bulk-upload rows: a delimited line whose cells include
 * an email address and a 10-ish-digit number, or a recognisable header row.
 */
export function looksLikePastedRows(text: string): boolean {
  if (!MAY_BE_ROWS.test(String(text ?? ''))) return false;
  try {
    const lines = String(text ?? '').split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, 50);
    for (const line of lines) {
      const delim = line.includes('\t') ? '\t' : /;/.test(line) && line.split(';').length >= 3 ? ';' : line.includes(',') ? ',' : line.includes('|') ? '|' : / {2,}/.test(line.trim()) ? / {2,}/ : null;
      if (!delim) continue;
      const cells = line.split(delim);
      if (cells.length >= 3 && cells.some(isEmailCell) && cells.some(isPhoneCell)) return true;
      if (cells.length >= 3 && isHeaderRow(cells) && cells.filter((c) => c.trim()).length >= 3) return true;
    }
    return false;
  } catch {
    return false;
  }
}
