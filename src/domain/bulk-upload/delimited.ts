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

/**
 * Splits delimited text (CSV / TSV) into records: quoted cells, "" for a quote
 * inside quotes, quoted cells spanning lines, LF / CRLF / CR line ends.
 * A final record without a line end counts; an empty final line does not.
 */
export function* delimitedRecords(text: string, delim: string, options: DelimitedOptions = {}): Generator<DelimitedRecord> {
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    const opensQuote = ch === '"' && atCellStart && (cell === '' || (options.quoteAfterSpaces === true && cell.trim() === ''));
    if (opensQuote) {
      quoted = true;
      cell = '';
      atCellStart = false;
    } else if (ch === delim) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      yield { line: start, cells };
      cells = [];
      cell = '';
      atCellStart = true;
      line++;
      start = line;
    } else {
      cell += ch;
      if (ch !== ' ' || !options.quoteAfterSpaces) atCellStart = false;
    }
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    yield { line: start, cells };
  }
}
