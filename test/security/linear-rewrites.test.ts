/**
 * The patterns rewritten for linear time (issue 11, finding 1) give the same answers as the
 * backtracking ones they replace: each is compared with the old pattern on random text made
 * of the characters it cares about.
 */
import fc from 'fast-check';
import { delimitedRecords } from '../../src/domain/bulk-upload/delimited';
import { trimChar } from '../../src/domain/bulk-upload/fields';
import { headerKey } from '../../src/domain/bulk-upload/headers';
import { cleanText, MAX_MARK_RUN } from '../../src/domain/text/normalize';
import { maskEmailsAndNumbers } from '../../src/domain/text/personal-data';

const textOf = (chars: string[], maxLength = 40) => fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(''));
const RUNS = { numRuns: 3000 };

/** The splitter as it was (one character at a time), the reference for the slice-based one. */
function* oldDelimitedRecords(text: string, delim: string, options: { quoteAfterSpaces?: boolean } = {}) {
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

test('delimitedRecords reads every text as the character-by-character splitter did', () => {
  fc.assert(fc.property(textOf(['a', 'b', ' ', '"', ',', '\t', '\n', '\r', ';']), fc.constantFrom(',', '\t', ';'), fc.boolean(), (text, delim, spaces) => {
    expect([...delimitedRecords(text, delim, { quoteAfterSpaces: spaces })]).toEqual([...oldDelimitedRecords(text, delim, { quoteAfterSpaces: spaces })]);
  }), RUNS);
});

test('the email mask finds the same addresses as the pattern without the look-behind', () => {
  const OLD = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
  fc.assert(fc.property(textOf(['a', '9', '@', '.', '-', '+', ' ', 'क', '_']), (text) => {
    expect(maskEmailsAndNumbers(text)).toBe(text.replace(OLD, '[email]').replace(/\+?[\d०-९(][\d०-९\s().-]*[\d०-९]/gu, (m) => (m.replace(/[^\d०-९]/g, '').length >= 10 || (/^\+\s*9\s*1/.test(m) && m.replace(/[^\d०-९]/g, '').length >= 7) ? '[number]' : m)));
  }), RUNS);
});

test('trimChar strips exactly what /^x+|x+$/g did', () => {
  fc.assert(fc.property(textOf(["'", 'a', ' ', '.']), fc.constantFrom("'", '.'), (text, ch) => {
    const re = new RegExp(`^\\${ch}+|\\${ch}+$`, 'g');
    expect(trimChar(text, ch)).toBe(text.replace(re, ''));
  }), RUNS);
});

test('headerKey drops parenthesised notes as before (without nesting)', () => {
  const OLD = (text: string) => text.replace(/\((?:[^)]*)\)/g, '');
  fc.assert(fc.property(textOf(['a', 'b', ' ', '(', ')', '*']), (text) => {
    if (/\([^)]*\(/.test(text)) return; // nested or unclosed "(": the new pattern reads the innermost pair
    expect(headerKey(text)).toBe(headerKey(OLD(text)));
  }), RUNS);
  expect(headerKey('Email (mandatory)')).toBe('email');
  expect(headerKey('Mobile Number *')).toBe('mobilenumber');
});

test('cleanText keeps at most MAX_MARK_RUN combining marks in a row, and ordinary text as it was', () => {
  const long = `a${'\u0301'.repeat(100)}b`;
  expect([...cleanText(long).normalize('NFD')].filter((c) => c === '\u0301')).toHaveLength(MAX_MARK_RUN);
  expect(cleanText('क़ानून नहीं मिला, OTP')).toBe('क़ानून नहीं मिला, OTP'.normalize('NFC'));
});
