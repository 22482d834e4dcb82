import { delimitedRecords } from './delimited';
import { toWellFormed } from '../text/normalize';
import { cellShape, isEmailShaped, isNumberToken } from './pasted-shape';

/** One parsed line of pasted text: its 1-based line number in the input and its cells (untrimmed). */
export interface PastedLine {
  readonly line: number;
  readonly cells: readonly string[];
}

/** How the cells of a pasted block are separated. */
export type Delimiter = '\t' | ',' | ';' | '|' | 'spaces' | 'words';

/** Picks the delimiter: tab if any line has one, else the commonest of ; , |, else runs of spaces, else single words. */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, 30);
  if (lines.some((l) => l.includes('\t'))) return '\t';
  const unquoted = lines.map((l) => l.replace(/"[^"]*"/g, ''));
  const score = (ch: string) => unquoted.filter((l) => l.includes(ch)).length * 1000 + unquoted.join('').split(ch).length;
  const best = ([';', ',', '|'] as const).map((d) => [d, score(d)] as const).sort((a, b) => b[1] - a[1])[0];
  if (best[1] >= 1000) {
    // a comma that only sits inside an email-less sentence is no delimiter; prefer ; when it splits every line
    return best[0];
  }
  if (unquoted.some((l) => /\S {2,}\S/.test(l))) return 'spaces';
  return 'words';
}

/** Splits a line of single-space-separated words around the email: name, email, mobile, group, the rest. */
function splitWords(line: string): string[] {
  const tokens = line.trim().split(/\s+/u);
  const at = tokens.findIndex(isEmailShaped);
  if (at < 0) return [line];
  const name = tokens.slice(0, at).join(' ');
  let i = at + 1;
  const phone: string[] = [];
  while (i < tokens.length && isNumberToken(tokens[i])) phone.push(tokens[i++]);
  const rest = tokens.slice(i);
  let group = '';
  if (rest.length >= 2 && cellShape(`${rest[0]} ${rest[1]}`) === 'group') group = rest.splice(0, 2).join(' ');
  else if (rest.length) group = rest.shift() as string;
  return [name, tokens[at], phone.join(' '), group, ...(rest.length ? [rest.join(' ')] : [])];
}

/**
 * Parses pasted rows (from Excel, CSV, a chat): CRLF, quoted cells, blank lines and a trailing empty column are handled.
 * Blank lines are dropped; line numbers stay those of the input. Never throws.
 */
export function parsePastedText(input: string, delimiter?: Delimiter): PastedLine[] {
  const text = toWellFormed(String(input ?? '')).replace(/^\uFEFF/, '');
  const delim = delimiter ?? detectDelimiter(text);
  let lines: PastedLine[];
  if (delim === 'spaces' || delim === 'words') {
    lines = text.split(/\r\n|\r|\n/).map((l, i) => ({ line: i + 1, cells: delim === 'spaces' ? l.trim().split(/ {2,}/) : splitWords(l) }));
  } else {
    lines = [...delimitedRecords(text, delim, { quoteAfterSpaces: true })].map((l) => {
      if (l.cells.length !== 1 || l.cells[0].trim() === '') return l;
      const own = detectDelimiter(l.cells[0]);
      return own === delim ? l : parsePastedText(l.cells[0], own).map((p) => ({ line: l.line, cells: p.cells }))[0] ?? l;
    });
  }
  return lines
    .map((l) => ({ line: l.line, cells: trimTrailingEmpty(l.cells) }))
    .filter((l) => l.cells.length > 0);
}

function trimTrailingEmpty(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1].trim() === '') end--;
  return cells.slice(0, end);
}
