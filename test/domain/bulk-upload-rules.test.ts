import { type Cell, type FieldName, type Layout, type RowResult, DuplicateTracker, checkRow, PORTAL_MESSAGES } from '../../src/domain/bulk-upload';
import type { Source } from '../../src/domain/bulk-upload';

const NOW = new Date(2026, 0, 15, 12, 0, 0);
const BASE: Partial<Record<FieldName, string>> = {
  'Full Name': 'Ramesh Kumar', Email: 'ramesh@gmail.com', 'Mobile Number': '9876543210', Group: 'Group B', Designation: 'Section Officer',
};

function run(over: Partial<Record<FieldName, Cell | string>>, layout: Layout = 'current', source: Source = 'paste'): RowResult {
  const cells: Partial<Record<FieldName, Cell>> = {};
  for (const [k, v] of Object.entries({ ...BASE, ...over })) {
    cells[k as FieldName] = typeof v === 'string' ? (v === '' ? { kind: 'blank' } : { kind: 'string', text: v }) : (v as Cell);
  }
  return checkRow({ line: 2, cells }, layout, { source, now: NOW });
}
const codes = (r: RowResult) => r.errors.map((e) => `${e.field}:${e.code}`);

describe('Full Name (Java regex, full match, after trim)', () => {
  it.each([
    ['Ramesh Kumar', true], ["D'Souza Maria", true], ['Ram', true], ['  Ram Kumar  ', true], ['Ram\tKumar', true],
    ['Ram\rKumar', true], ['Ram\u000bKumar', true], ['Ram\fKumar', true],
    ['Ram\nKumar', false], ['Ram  Kumar', false], ['Ram\u00a0Kumar', false], ['R.K. Sharma', false], ['Ram Kumar.', false],
    ['Ram2', false], ['सीता देवी', false], ['Mary-Ann', false], ["Ram''Kumar", false], ["'Ram", false], ['Ram’s', false],
    ['José', false], ['Ram\u200bKumar', false], ['Ram \tKumar', false],
  ])('%j valid=%s', (name, ok) => {
    expect(run({ 'Full Name': name }).errors.some((e) => e.field === 'Full Name')).toBe(!ok);
  });
  it('gives a fix with a suggestion', () => {
    expect(run({ 'Full Name': 'R.K. Sharma' }).errors[0].fix).toEqual({ code: 'name-remove-dots', params: { suggestion: 'R K Sharma' } });
    expect(run({ 'Full Name': 'सीता देवी' }).errors[0].fix?.code).toBe('name-use-latin-letters');
    expect(run({ 'Full Name': 'Ram’s Son' }).errors[0].fix).toEqual({ code: 'name-straight-apostrophe', params: { suggestion: "Ram's Son" } });
  });
  it('csv: only letters and spaces (apostrophe rejected as a type error)', () => {
    const r = run({ 'Full Name': "D'Souza Maria" }, 'current', 'csv');
    expect(codes(r)).toEqual(['Full Name:csv-name-not-letters']);
    expect(r.errors[0].portalMessage).toBe('Invalid value for Full Name column type. Expecting string format');
  });
  it('warns about a salutation', () => {
    expect(run({ 'Full Name': 'Shri Ram Prasad' }).warnings.map((w) => w.code)).toEqual(['name-has-salutation']);
  });
  it('a number cell is a type error', () => {
    expect(codes(run({ 'Full Name': { kind: 'number', value: 5 } }, 'current', 'xlsx'))).toEqual(['Full Name:wrong-cell-type']);
  });
});

describe('Email', () => {
  it.each([
    ['a@b.co', true], ['first.last+tag@sub.domain.in', true], ['A_B-C&D*E@x-y.org', true], ['x@y.museum', true],
    ['x@y.abcdefgh', false], ['x@y', false], ['x y@gmail.com', false], ['x@gmail,com', false], ['x..y@gmail.com', false],
    ['.x@gmail.com', false], ['x@@gmail.com', false], ['x@gmail.com;y@gmail.com', false], ['xgmail.com', false], ['x@gmail.c0m', false],
    ['रमेश@gmail.com', false],
  ])('%j valid=%s', (email, ok) => {
    expect(run({ Email: email }).errors.some((e) => e.field === 'Email')).toBe(!ok);
  });
  it('fix codes', () => {
    expect(run({ Email: 'x y@gmail.com' }).errors[0].fix).toEqual({ code: 'email-remove-spaces', params: { suggestion: 'xy@gmail.com' } });
    expect(run({ Email: 'x@gmail,com' }).errors[0].fix).toEqual({ code: 'email-fix-typo', params: { suggestion: 'x@gmail.com' } });
    expect(run({ Email: 'xgmail.com' }).errors[0].fix?.code).toBe('email-missing-at');
    expect(run({ Email: 'a@b.com, c@d.com' }).errors[0].fix?.code).toBe('email-one-address');
  });
  it('warns on a domain typo (the portal accepts it)', () => {
    const r = run({ Email: 'x@gmial.com' });
    expect(r.valid).toBe(true);
    expect(r.warnings[0]).toMatchObject({ code: 'email-domain-typo', fix: { params: { suggestion: 'x@gmail.com' } } });
  });
});

describe('Mobile Number', () => {
  it.each([
    ['9876543210', true, undefined], ['+919876543210', false, 'remove-country-code'], ['+91 98765 43210', false, 'remove-country-code'],
    ['919876543210', false, 'remove-country-code'], ['09876543210', false, 'remove-leading-zero'], ['98765-43210', false, 'remove-spaces-dashes'],
    ['98765 43210', false, 'remove-spaces-dashes'], ['9.87654E+09', false, 'excel-scientific-notation'], ['987654321', false, 'mobile-ten-digits'],
    ['९८७६५४३२१०', false, 'mobile-ascii-digits'], ['9876543210, 9876543211', false, 'mobile-one-number'],
  ])('%j valid=%s fix=%s', (mobile, ok, fixCode) => {
    const r = run({ 'Mobile Number': mobile });
    const e = r.errors.find((x) => x.field === 'Mobile Number');
    expect(!e).toBe(ok);
    if (e) {
      expect(e.fix?.code).toBe(fixCode);
      expect(e.portalMessage).toBe('The Mobile Number provided is Invalid');
    }
  });
  it('xlsx: a number cell is read as text; surrounding spaces in a text cell are not trimmed', () => {
    expect(run({ 'Mobile Number': { kind: 'number', value: 9876543210 } }, 'current', 'xlsx').valid).toBe(true);
    expect(run({ 'Mobile Number': ' 9876543210' }, 'current', 'xlsx').errors[0].fix?.code).toBe('mobile-remove-spaces-around');
    expect(run({ 'Mobile Number': ' 9876543210' }, 'current', 'paste').valid).toBe(true);
  });
  it('xlsx: a date cell is an error', () => {
    const r = run({ 'Mobile Number': { kind: 'date', value: new Date(Date.UTC(2020, 0, 1)) } }, 'current', 'xlsx');
    expect(r.errors[0].fix?.code).toBe('mobile-date-cell');
  });
  it('csv: non-digits are a type error', () => {
    expect(codes(run({ 'Mobile Number': '+919876543210' }, 'current', 'csv'))).toEqual(['Mobile Number:csv-mobile-not-digits']);
  });
  it('warns when not starting 6-9', () => {
    const r = run({ 'Mobile Number': '5876543210' });
    expect(r.valid).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['mobile-not-6-9']);
  });
});

describe('Group', () => {
  it.each(['Group A', 'Group B', 'Group C', 'Group D', 'Contractual Staff', 'Others', ' Group C '])('%j accepted', (g) => {
    expect(run({ Group: g }).valid).toBe(true);
  });
  it.each([
    ['group b', 'Group B'], ['GROUP B', 'Group B'], ['Group-B', 'Group B'], ['B', 'Group B'], ['Grp. C', 'Group C'], ['समूह ग', 'Group C'],
    ['Contractual', 'Contractual Staff'], ['other', 'Others'], ['Group  B', 'Group B'],
  ])('%j → write %j', (g, suggestion) => {
    expect(run({ Group: g }).errors[0].fix).toEqual({ code: 'write-group-exactly', params: { suggestion } });
  });
  it('unknown group lists the choices', () => {
    expect(run({ Group: 'Group E' }).errors[0].fix?.code).toBe('group-choose-one');
  });
});

describe('optional fields (current layout)', () => {
  it.each<[FieldName, string, string | null]>([
    ['Designation', 'Asst. Engineer', 'invalid-designation'], ['Designation', 'Junior Engineer (Civil) - II', null],
    ['Gender', 'Male', null], ['Gender', 'male', 'invalid-gender'], ['Gender', 'M', 'invalid-gender'], ['Gender', 'Others', null],
    ['Category', 'OBC', null], ['Category', 'obc', 'invalid-category'], ['Category', 'Gen', 'invalid-category'], ['Category', 'EWS', null],
    ['Date of Birth', '15-08-1985', null], ['Date of Birth', '5-8-1985', null], ['Date of Birth', '15/08/1985', 'invalid-dob'],
    ['Date of Birth', '1985-08-15', 'invalid-dob'], ['Date of Birth', '31-02-1990', 'invalid-dob'], ['Date of Birth', '01-01-1960', 'invalid-dob'],
    ['Date of Birth', '01-01-2027', 'invalid-dob'], ['Date of Birth', '29-02-2000', null], ['Date of Birth', '16-01-1961', null],
    ['Mother Tongue', 'Hindi', null], ['Mother Tongue', 'Hindi/Urdu', 'invalid-mother-tongue'],
    ['Employee ID', 'EMP1001', null], ['Employee ID', 'EMP-1001', 'invalid-employee-id'], ['Employee ID', 'a'.repeat(31), 'invalid-employee-id'],
    ['Office Pin Code', '226001', null], ['Office Pin Code', '22600', 'invalid-pin-code'], ['Office Pin Code', '226 001', 'invalid-pin-code'],
    ['External System ID', 'EHRMS-1023', null], ['External System ID', 'EMP/1024', 'invalid-external-system-id'], ['External System ID', 'A--B', 'invalid-external-system-id'],
    ['External System ID', 'x'.repeat(31), 'invalid-external-system-id'],
    ['External System Name', 'eHRMS', null], ['External System Name', '123 45', null], ['External System Name', '12345', 'invalid-external-system-name'],
    ['External System Name', 'HRMS_UP', 'invalid-external-system-name'],
    ['Tags', 'Bihar Circle, Patna Division', null], ['Tags', 'southwest,s2', 'invalid-tag'], ['Tags', 'Lucknow,', 'invalid-tag'], ['Tags', 'a,,b', 'invalid-tag'],
  ])('%s %j → %s', (field, value, code) => {
    const r = run({ [field]: value });
    expect(r.errors.map((e) => e.code)).toEqual(code ? [code] : []);
    if (code) expect(r.errors[0].portalMessage).toBe(PORTAL_MESSAGES[code]);
  });
  it('employee id with a space gets both portal messages', () => {
    expect(run({ 'Employee ID': 'EMP 1' }).errors.map((e) => e.code)).toEqual(['invalid-employee-id', 'employee-id-has-spaces']);
  });
  it('xlsx date cell in Date of Birth: read as dd-mm-yyyy, with a warning', () => {
    const r = run({ 'Date of Birth': { kind: 'date', value: new Date(Date.UTC(1985, 7, 15)) } }, 'current', 'xlsx');
    expect(r.valid).toBe(true);
    expect(r.warnings[0]).toMatchObject({ code: 'dob-date-cell', params: { value: '15-08-1985' } });
  });
  it('formula cells are rejected with the portal type message', () => {
    const r = run({ Group: { kind: 'formula', text: 'A1' } }, 'current', 'xlsx');
    expect(r.errors[0]).toMatchObject({ code: 'formula-cell', portalMessage: 'Invalid value for Group Name column type. Expecting string format', fix: { code: 'replace-formula-with-value' } });
  });
  it('tags in csv are split on ;', () => {
    expect(run({ Tags: 'Bihar Circle;Patna' }, 'current', 'csv').valid).toBe(true);
  });
});

describe('required fields and Error Details', () => {
  it('missing parameters as the portal writes them', () => {
    const r = run({ Email: '', Group: '' });
    expect(codes(r)).toEqual(['Email:missing', 'Group:missing']);
    expect(r.errorDetails).toBe('Failed to process user record. Missing Parameters - [Email, Group]');
  });
  it('Designation is required in the current layout only', () => {
    expect(run({ Designation: '' }, 'current').valid).toBe(false);
    expect(run({ Designation: '' }, '2023').valid).toBe(true);
  });
  it('errors joined by ", " in the portal order, email and mobile last', () => {
    const r = run({ 'Full Name': 'R.K.', Email: 'x@y', 'Mobile Number': '123', Group: 'B' });
    expect(r.errorDetails).toBe('Invalid Full Name, The Mobile Number provided is Invalid, ' + PORTAL_MESSAGES['invalid-group'] + ', Invalid Email Id, Invalid Mobile Number');
  });
});

describe('duplicates across rows', () => {
  it('later rows with the same email (any case) or mobile fail', () => {
    const dup = new DuplicateTracker();
    const row = (line: number, email: string, mobile: string) => checkRow({
      line, cells: { 'Full Name': { kind: 'string', text: 'Ram' }, Email: { kind: 'string', text: email }, 'Mobile Number': { kind: 'string', text: mobile }, Group: { kind: 'string', text: 'Group B' } },
    }, '2023', { source: 'paste', now: NOW }, dup);
    expect(row(2, 'a@b.com', '9876543210').valid).toBe(true);
    const r3 = row(3, 'A@B.com', '9876543211');
    expect(r3.errors).toEqual([expect.objectContaining({ field: 'Email', code: 'duplicate-email', params: { firstLine: 2 } })]);
    expect(r3.errorDetails).toBe('Email id already registered');
    expect(codes(row(4, 'c@d.com', '9876543210'))).toEqual(['Mobile Number:duplicate-mobile']);
    expect(codes(row(5, 'a@b.com', '9876543210'))).toEqual(['Email:duplicate-email', 'Mobile Number:duplicate-mobile']);
  });
});
