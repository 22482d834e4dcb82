/** One record of delimited text: its first line number (1-based) and its cells. */
export interface DelimitedRecord {
  readonly line: number;
  readonly cells: string[];
}

/** How strictly quotes are read. */
export interface DelimitedOptions {
  /** A quote after leading spaces still opens a quoted cell (text pasted by people); the portal's CSV reader is strict. */
  readonly quoteAfterSpaces?: boolean;
}

/** A quoted part's text: each "" is one quote. */
// (split and join: a global replace with hundreds of thousands of matches slows down more than linearly in V8.)
const unescapeQuotes = (quotedPart: string): string => (quotedPart.includes('""') ? quotedPart.split('""').join('"') : quotedPart);

/**
 * Splits delimited text (CSV / TSV) into records: quoted cells, "" for a quote
 * inside quotes, quoted cells spanning lines, LF / CRLF / CR line ends.
 * A final record without a line end counts; an empty final line does not.
 */
export function* delimitedRecords(text: string, delim: string, options: DelimitedOptions = {}): Generator<DelimitedRecord> {
  let cells: string[] = [];
  let cell = '';
  // Plain characters are taken as slices of the text from `run` (not one by one): a megabyte-long cell is a few strings, not a million.
  let run = 0;
  let quoted = false;
  let line = 1;
  let start = 1;
  let atCellStart = true;
  const take = (end: number): string => (end > run ? cell + text.slice(run, end) : cell);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          i++; // a quote inside quotes: unescaped with the rest of the quoted part when it ends
          continue;
        }
        cell += unescapeQuotes(text.slice(run, i));
        quoted = false;
        run = i + 1;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"' && atCellStart) {
      const sofar = take(i);
      if (sofar === '' || (options.quoteAfterSpaces === true && sofar.trim() === '')) {
        quoted = true;
        cell = '';
        run = i + 1;
        atCellStart = false;
        continue;
      }
    }
    if (ch === delim) {
      cells.push(take(i));
      cell = '';
      run = i + 1;
      atCellStart = true;
    } else if (ch === '\r' || ch === '\n') {
      cells.push(take(i));
      if (ch === '\r' && text[i + 1] === '\n') i++;
      yield { line: start, cells };
      cells = [];
      cell = '';
      run = i + 1;
      atCellStart = true;
      line++;
      start = line;
    } else if (ch !== ' ' || !options.quoteAfterSpaces) atCellStart = false;
  }
  cell = quoted ? cell + unescapeQuotes(text.slice(run)) : take(text.length);
  if (cell !== '' || cells.length) {
    cells.push(cell);
    yield { line: start, cells };
  }
}
