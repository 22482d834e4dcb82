import type { Parser as HtmlParser } from 'htmlparser2';

/** htmlparser2 is loaded with the first HTML paste (start-up stays small). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const htmlParser = (): typeof HtmlParser => (require('htmlparser2') as typeof import('htmlparser2')).Parser;
import { readPastedRows } from './pasted-reading';

/** Limits applied before and while HTML is parsed. */
export const HTML_LIMITS = Object.freeze({
  /** Longer HTML is not parsed at all (a chat message's request body is at most 256 KB). */
  maxChars: 262_144,
  /** Table rows kept (enough to say "too many rows for chat" with the right count). */
  maxRows: 5_000,
  /** Characters kept per cell. */
  maxCellChars: 1_000,
  /** Widest colspan honoured. */
  maxColspan: 20,
  /**
   * Deeper nesting is not parsed: the parser keeps open elements in an array it shifts at the
   * front, so its time grows with the square of the depth (a pasted table nests about six deep).
   */
  maxDepth: 256,
});

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const LETTER = /[a-z]/iu;
const NAME_CHAR = /[a-z0-9]/iu;

/** The deepest nesting of elements the HTML can open (void elements do not nest): one pass over its characters. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (let i = html.indexOf('<'); i >= 0 && i < html.length - 1; i = html.indexOf('<', i + 1)) {
    const next = html[i + 1];
    if (next === '/') depth = Math.max(0, depth - 1);
    else if (LETTER.test(next)) {
      let j = i + 1;
      while (j < html.length && j < i + 12 && NAME_CHAR.test(html[j])) j++;
      if (VOID.has(html.slice(i + 1, j).toLowerCase())) continue;
      depth++;
      if (depth > max) max = depth;
    }
  }
  return max;
}

/** What a message's HTML holds: the rows of its tables as tab-separated text, and its text with its line breaks. */
export interface HtmlMessage {
  /** Every table row, its cells separated by tabs (a cell with a quote is quoted), one row a line; absent without a table. */
  readonly tableText?: string;
  /** The text outside tables, a line per block (paragraph, div, list item, line break). */
  readonly text: string;
}

const BLOCKS: ReadonlySet<string> = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'table']);
const HIDDEN: ReadonlySet<string> = new Set(['script', 'style', 'template', 'head', 'title', 'at']);
const MENTION = 'schema.skype.com/mention';

const SPACE = /\s/u;

/**
 * A cell as the sheet had it: a run of white space that holds a line break (the HTML source's
 * formatting) becomes one space; other runs keep their length (a double space in a name is an error
 * the check must see), with tabs and non-breaking spaces as spaces. One pass, no pattern.
 */
function cellValue(raw: string): string {
  let out = '';
  let run = '';
  let broken = false;
  const flush = (): void => {
    out += broken ? ' ' : run;
    run = '';
    broken = false;
  };
  for (const ch of raw) {
    if (SPACE.test(ch)) {
      if (ch === '\n' || ch === '\r') broken = true;
      run += ' ';
    } else {
      if (run) flush();
      out += ch;
    }
  }
  if (run) flush();
  const text = out.trim();
  return text.includes('"') ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * Reads a message's HTML (Teams sends it as a `text/html` attachment, or as the text itself) with
 * htmlparser2, a streaming parser: table rows become lines of tab-separated cells, the same cells
 * a paste from the sheet gives. Mentions, scripts and styles are left out. Returns undefined for
 * HTML over the size or nesting limit (nothing is parsed then). Never throws.
 */
export function readHtmlMessage(html: string): HtmlMessage | undefined {
  if (typeof html !== 'string' || html.length > HTML_LIMITS.maxChars || nestingDepth(html) > HTML_LIMITS.maxDepth) return undefined;
  const rows: string[][] = [];
  let row: string[] | null = null;
  let cell: string | null = null;
  let span = 1;
  let tables = 0;
  let text = '';
  const open: boolean[] = [];
  const hidden = (): boolean => open.length > 0 && open[open.length - 1];
  const endCell = (): void => {
    if (cell === null) return;
    row ??= [];
    row.push(cellValue(cell), ...Array.from({ length: span - 1 }, () => ''));
    cell = null;
  };
  const endRow = (): void => {
    endCell();
    if (row && row.length && rows.length < HTML_LIMITS.maxRows) rows.push(row);
    row = null;
  };
  const Parser = htmlParser();
  const parser = new Parser({
    onopentag(name, attribs) {
      const isHidden = hidden() || HIDDEN.has(name) || String(attribs.itemtype ?? '').toLowerCase().includes(MENTION);
      open.push(isHidden);
      if (isHidden) return;
      if (name === 'table') tables++;
      if (tables > 0) {
        if (name === 'tr') endRow();
        else if (name === 'td' || name === 'th') {
          endCell();
          cell = '';
          const n = Number.parseInt(String(attribs.colspan ?? '1'), 10);
          span = Number.isInteger(n) && n > 1 ? Math.min(n, HTML_LIMITS.maxColspan) : 1;
        } else if (name === 'br' && cell !== null) cell += ' ';
      } else if (name === 'br' || BLOCKS.has(name)) text += '\n';
    },
    ontext(data) {
      if (hidden()) return;
      if (tables > 0) {
        if (cell !== null && cell.length < HTML_LIMITS.maxCellChars) cell += data.slice(0, HTML_LIMITS.maxCellChars - cell.length);
      } else text += data.replace(/\s+/gu, ' ');
    },
    onclosetag(name) {
      const wasHidden = open.pop() ?? false;
      if (wasHidden) return;
      if (tables > 0) {
        if (name === 'td' || name === 'th') endCell();
        else if (name === 'tr') endRow();
        else if (name === 'table') {
          endRow();
          tables--;
          text += '\n';
        }
      } else if (BLOCKS.has(name)) text += '\n';
    },
  }, { decodeEntities: true });
  try {
    parser.write(html);
    parser.end();
  } catch {
    return undefined;
  }
  endRow();
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
  return rows.length ? { tableText: rows.map((r) => r.join('\t')).join('\n'), text: lines } : { text: lines };
}

const TABLE_TAG = /<t(?:able|r|d)[\s>]/iu;

/**
 * The text of a chat message to read, given its plain text and its HTML (if any): the rows of a
 * pasted table when the HTML has one that reads as rows; the HTML's lines when the plain text lost
 * the separators the HTML kept; otherwise the plain text. HTML is parsed only in those two cases.
 */
export function chooseMessageText(plain: string, html: string | undefined): string {
  if (!html) return plain;
  if (TABLE_TAG.test(html)) {
    const read = readHtmlMessage(html);
    if (read?.tableText && readPastedRows(read.tableText).kind === 'rows') return read.tableText;
  }
  if (readPastedRows(plain).kind !== 'run-together') return plain;
  const read = readHtmlMessage(html);
  return read && readPastedRows(read.text).kind === 'rows' ? read.text : plain;
}
