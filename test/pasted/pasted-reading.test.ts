import { cellShape, checkPastedText, isRowShaped, readPastedRows, READING_LIMITS } from '../../src/domain/bulk-upload';
import { GOOD_ROW } from './faulty-rows';

/** The one decision "is this pasted rows?", by shape: table tests of each verdict. */
describe('cellShape', () => {
  it.each([
    ['', 'blank'], ['  ', 'blank'],
    ['suresh@nic', 'email'], ['a＠b.in', 'email'], ['mailto:a@b.in', 'email'],
    ['9811223344', 'phone'], ['+91 98112 23344', 'phone'], ['98112', 'phone'], ['9.81122E+09', 'phone'], ['९८११२२३३४४', 'phone'], ['1234', 'text'],
    ['12-05-1990', 'date'], ['1990-05-12', 'date'], ['31/02/1990', 'date'],
    ['Group B', 'group'], ['group b', 'group'], ['Grp-C', 'group'], ['Contractual Staff', 'group'], ['समूह ख', 'group'],
    ['Male', 'gender'], ['M', 'gender'], ['महिला', 'gender'],
    ['OBC', 'category'], ['Gen', 'category'],
    ['Suresh Yadav', 'name'], ["D'Souza", 'name'], ['सुरेश यादव', 'name'], ['S. K. Verma', 'name'],
    ['how do i register on the portal please help me', 'text'], ['EMP1234', 'text'], ['x'.repeat(500), 'text'],
  ])('%j → %s', (cell, shape) => expect(cellShape(cell)).toBe(shape));
});

describe('isRowShaped', () => {
  it.each([
    [['Suresh Yadav', 'suresh@nic', '9811223344', 'Group B'], false, true],
    [['Suresh Yadav', '', '98112', 'group b'], false, true],
    [['Suresh Yadav', 'suresh@nic.in', 'hello'], false, true],
    [['Suresh Yadav', 'suresh@nic'], true, true],
    [['Suresh Yadav', 'suresh@nic'], false, false],
    [['I am Group B', 'male', 'what training'], false, false],
    [['Hello', 'my OTP 123456 is not coming', 'please help'], false, false],
    [['my email is a@b.com', 'phone 9876543210', 'cannot login'], false, false],
  ])('%j (tabs: %s) → %s', (cells, tabs, expected) => expect(isRowShaped(cells, tabs)).toBe(expected));
});

const row = (...cells: string[]) => cells.join('\t');

describe('readPastedRows', () => {
  it.each([
    ['a faulty row from a sheet', row('Suresh Yadav', 'suresh.yadav@nic', '9811223344', 'Group B')],
    ['a row with a five-digit mobile', row('Suresh Yadav', 'suresh.yadav@nic.in', '98112', 'Group B')],
    ['a row without an email', row('Suresh Yadav', '', '9811223344', 'Group B')],
    ['a row starting with an empty cell', row('', 'suresh@nic.in', '9811223344', 'Group B')],
    ['the current layout', GOOD_ROW.join('\t')],
    ['comma-separated', 'Suresh Yadav, suresh@nic, 98112, group b'],
    ['semicolons', 'Suresh Yadav;suresh@nic.in;9811223344;Group B'],
    ['runs of spaces', 'Suresh Yadav    suresh@nic    98112    Group B'],
    ['single spaces, one row', 'Suresh Yadav suresh@nic 98112 23344 Group B'],
    ['single spaces, no mobile', 'Suresh Yadav suresh@nic.in Group B'],
    ['a header alone', 'Full Name\tEmail\tMobile Number\tGroup'],
    ['a header and rows', 'Name,Email,Mobile\nSuresh,suresh@nic,98112'],
    ['a sentence, then rows', 'please check these\nSuresh Yadav\tsuresh@nic\t98112\tGroup B'],
  ])('%s → rows', (_name, text) => expect(readPastedRows(text).kind).toBe('rows'));

  it.each([
    ['rows flattened onto one line', 'Suresh Yadav suresh@nic.in 9811223344 Group B Asha Verma asha@nic.in 9811223345 Group C'],
    ['cells glued together', 'Suresh Yadavsuresh@nic.in9811223344Group B'],
    ['a header run into its row', 'Full Name Email Mobile Number Group Suresh Yadav suresh@nic.in 9811223344 Group B'],
    ['a current-layout row flattened', 'Suresh Yadav suresh@nic.in 9811223344 Group B Section Officer Male General 12-05-1990'],
    ['tabs kept, line breaks lost', `${row('Suresh Yadav', 'suresh@nic.in', '9811223344', 'Group B')}\t${row('Asha Verma', 'asha@nic.in', '9811223345', 'Group C')}`],
  ])('%s → run-together', (_name, text) => {
    expect(readPastedRows(text).kind).toBe('run-together');
    expect(checkPastedText(text).limit).toEqual({ code: 'separators-lost' });
  });

  it.each([
    ['how do I register on igot?'],
    ['my email is ramesh@gmail.com, phone 9876543210, cannot login'],
    ['I have @gov.in mail. will i get access immediately after registering or need any approval?'],
    ['Our PSU uses @bsnl.co.in email addresses. How can our employees self-register?'],
    ['My name is Kavita Rao, what about the weather'],
    ['mera email ramesh@gmail.com hai aur otp nahi aa raha'],
    ['मेरा ईमेल ramesh@gmail.com है'],
    ['Ramesh Kumar ramesh@gmail.com 9876543210 pe OTP nahi aa raha'],
    ['a@nic.in and b@gmail.com both do not work'],
    ['check my bulk upload rows'],
    [''],
  ])('%j → not rows', (text) => expect(readPastedRows(text).kind).toBe('not-rows'));

  it('decides from the first lines only, and never throws on hostile text', () => {
    const lines = Array.from({ length: READING_LIMITS.lines }, () => 'just some words here').join('\n');
    expect(readPastedRows(`${lines}\n${row('Suresh Yadav', 'suresh@nic', '98112', 'Group B')}`).kind).toBe('not-rows');
    for (const hostile of ['@'.repeat(100_000), `${'a@'.repeat(50_000)}9`, '\t'.repeat(100_000), `${'9 '.repeat(50_000)}`, '"'.repeat(100_000), `a${' '.repeat(100_000)}b`]) {
      expect(() => readPastedRows(hostile)).not.toThrow();
    }
  });
});
