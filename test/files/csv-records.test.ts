/** The streaming CSV splitter: records and their line numbers, however the text is cut into pieces, in time linear in its size. */
import { CsvRecords } from '../../src/files/read-csv';

function records(pieces: readonly string[]): { line: number; cells: string[] }[] {
  const r = new CsvRecords();
  return [...pieces.flatMap((p) => r.push(p)), ...r.end()];
}

/** Every way of cutting `text` into two pieces gives the same records as the whole. */
function sameWhateverTheCut(text: string): void {
  const whole = records([text]);
  for (let i = 0; i <= text.length; i++) expect(records([text.slice(0, i), text.slice(i)])).toEqual(whole);
}

describe('CsvRecords', () => {
  test.each([
    ['quoted cells over several lines keep the line where each record starts', 'Name,Note\n"Asha","two\nlines"\nRavi,x\n', [[1, ['Name', 'Note']], [2, ['Asha', 'two\nlines']], [4, ['Ravi', 'x']]]],
    ['"" is a quote inside a quoted cell', 'a,b\n"say ""hi""",2\n', [[1, ['a', 'b']], [2, ['say "hi"', '2']]]],
    ['CRLF and CR end records; a last record without a line end counts', 'a;b\r\n1;2\r3;4', [[1, ['a', 'b']], [2, ['1', '2']], [3, ['3', '4']]]],
    ['a byte-order mark is not part of the first cell', '\uFEFFa\tb\n1\t2\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
  ] as const)('%s', (_name, text, expected) => {
    expect(records([text]).map((r) => [r.line, r.cells])).toEqual(expected);
    sameWhateverTheCut(text);
  });

  test('a first line of a million characters arriving in small pieces, and a quoted cell of many quotes, are read whole (the linear-time test in test/security times such input)', () => {
    const cell = `"${'""a'.repeat(300_000)}"`;
    const text = `${cell},Email\n${cell},x@gmail.com\n`;
    const pieces = text.match(/[^]{1,4096}/g)!;
    const out = records(pieces);
    expect(out.map((r) => [r.line, r.cells[0].length, r.cells[1]])).toEqual([[1, 600_000, 'Email'], [2, 600_000, 'x@gmail.com']]);
  });
});
