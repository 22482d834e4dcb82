import fc from 'fast-check';
import { CHAT_ROW_LIMIT, SheetSession, checkPastedText, looksLikePastedRows, parsePastedText, type Cell } from '../../src/domain/bulk-upload';

const NOW = new Date(2026, 0, 15);
const ROW = ['Ramesh Kumar', 'ramesh@gmail.com', '9876543210', 'Group B'];

describe('pasted input shapes', () => {
  it.each([
    ['tabs from Excel', `${ROW.join('\t')}\n`],
    ['CRLF + trailing empty column', `${ROW.join('\t')}\t\r\n`],
    ['CSV', `${ROW.join(',')}\n`],
    ['CSV with quoted cells', `"Ramesh Kumar","ramesh@gmail.com","9876543210","Group B"\n`],
    ['semicolons', `${ROW.join(';')}\n`],
    ['runs of spaces', `${ROW.join('   ')}\n`],
    ['single spaces', `${ROW.join(' ')}\n`],
    ['blank lines around', `\n\n${ROW.join('\t')}\n\n`],
  ])('%s → one valid row', (_name, text) => {
    const r = checkPastedText(text, { now: NOW });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].errors).toEqual([]);
    expect(r.headerFound).toBe(false);
    expect(r.layoutAssumed).toBe(true);
  });
  it('keeps input line numbers across blank lines; quoted cells may hold the delimiter and quotes', () => {
    const lines = parsePastedText('a,b\r\n\r\n"x, ""y""",z\n');
    expect(lines).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 3, cells: ['x, "y"', 'z'] }]);
  });
  it('reads by header name with aliases, in any order', () => {
    const text = 'Mobile No.\tName\tEmail Id\tGroup\tExternal Reference ID\n9876543210\tRam Kumar\tram@gmail.com\tGroup C\tEMP/1\n';
    const r = checkPastedText(text, { now: NOW });
    expect(r.headerFound).toBe(true);
    expect(r.layout).toBe('2023');
    expect(r.rows[0].line).toBe(2);
    expect(r.rows[0].errors.map((e) => e.field)).toEqual(['External System ID']);
  });
  it('a header with Designation means the current layout', () => {
    const r = checkPastedText('Full Name,Email,Mobile Number,Group,Designation\nRam,ram@gmail.com,9876543210,Group C,\n', { now: NOW });
    expect(r.layout).toBe('current');
    expect(r.rows[0].errors.map((e) => `${e.field}:${e.code}`)).toEqual(['Designation:missing']);
    expect(r.notes.map((n) => n.code)).toContain('registration-unknown-offline');
  });
  it('without a header: 2023 for four columns (with the layout note), current when column 5 is a designation', () => {
    const a = checkPastedText(`${ROW.join('\t')}\n`, { now: NOW });
    expect(a.layout).toBe('2023');
    expect(a.notes.map((n) => n.code)).toEqual(['registration-unknown-offline', 'layout-2023-portal-reads-current', 'layout-assumed-2023']);
    const b = checkPastedText(`${[...ROW, 'Section Officer', 'Male', 'General'].join('\t')}\n`, { now: NOW });
    expect(b.layout).toBe('current');
    expect(b.notes.map((n) => n.code)).toContain('layout-assumed-current');
    const c = checkPastedText(`${[...ROW, 'southwest,north', 'USER123', 'USERABC'].join('\t')}\n`, { now: NOW });
    expect(c.layout).toBe('2023');
  });
  it('First Name / Last Name headers are joined', () => {
    const r = checkPastedText('First Name\tLast Name\tEmail Id\tMobile Number\tGroup\nRamesh\tKumar\tr@gmail.com\t9876543210\tGroup B\n', { now: NOW });
    expect(r.rows[0].errors).toEqual([]);
    expect(r.notes.map((n) => n.code)).toContain('first-last-name-columns');
  });
  it('duplicates across pasted rows: later rows fail', () => {
    const text = [ROW, ['Sita Devi', 'RAMESH@gmail.com', '9876543211', 'Group C'], ['Gita Devi', 'gita@gmail.com', '9876543210', 'Group C']].map((r) => r.join('\t')).join('\n');
    const r = checkPastedText(text, { now: NOW });
    expect(r.rows.map((x) => x.errors.map((e) => e.code))).toEqual([[], ['duplicate-email'], ['duplicate-mobile']]);
  });
  it(`more than ${CHAT_ROW_LIMIT} rows in chat: too-many-rows-for-chat`, () => {
    const text = Array.from({ length: CHAT_ROW_LIMIT + 1 }, (_, i) => `Ram\tr${i}@gmail.com\t${9000000000 + i}\tGroup B`).join('\n');
    const r = checkPastedText(text);
    expect(r.limit).toEqual({ code: 'too-many-rows-for-chat', params: { count: 201, max: 200 } });
    expect(checkPastedText(text, { maxRows: Infinity }).rows).toHaveLength(201);
  });
  it('empty input: no rows', () => {
    expect(checkPastedText('\n\n').notes.map((n) => n.code)).toContain('no-rows');
  });
});

describe('looksLikePastedRows', () => {
  it.each([
    ['Ramesh Kumar\tramesh@gmail.com\t9876543210\tGroup B', true],
    ['Ramesh Kumar, ramesh@gmail.com, +91 98765 43210, Group B', true],
    ['Full Name\tEmail Id\tMobile Number\tGroup', true],
    ['Name, Email, Mobile, Group', true],
    ['my email is ramesh@gmail.com, phone 9876543210, cannot login', false],
    ['how do I register on igot?', false],
    ['मेरा ईमेल ramesh@gmail.com है', false],
    ['', false],
  ])('%j → %s', (text, expected) => expect(looksLikePastedRows(text)).toBe(expected));
});

describe('property: never throws, every data row gets a result', () => {
  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const r = checkPastedText(text, { now: NOW, maxRows: Infinity });
      const data = parsePastedText(text).filter((l) => l.cells.some((c) => c.trim() !== ''));
      expect(r.rows.length).toBe(data.length - (r.headerFound ? 1 : 0));
      looksLikePastedRows(text);
    }), { numRuns: 400 });
  });
  const cellArb: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant({ kind: 'blank' } as Cell),
    fc.string({ unit: 'grapheme', maxLength: 30 }).map((text) => ({ kind: 'string', text }) as Cell),
    fc.constantFrom('Ram Kumar', 'a@b.com', '9876543210', 'Group B', '+91 98765', '01-01-1990', 'x,y').map((text) => ({ kind: 'string', text }) as Cell),
    fc.double().map((value) => ({ kind: 'number', value }) as Cell),
    fc.date().map((value) => ({ kind: 'date', value }) as Cell),
    fc.string().map((text) => ({ kind: 'formula', text }) as Cell),
    fc.boolean().map((value) => ({ kind: 'boolean', value }) as Cell),
  );
  it('arbitrary sheets (all cell kinds, xlsx and csv rules)', () => {
    fc.assert(fc.property(fc.array(fc.array(cellArb, { maxLength: 16 }), { maxLength: 30 }), fc.constantFrom('xlsx', 'csv', 'paste' as const), (rows, source) => {
      const s = new SheetSession({ source, now: NOW, file: true });
      const results = rows.flatMap((cells, i) => s.push(i + 1, cells));
      results.push(...s.finish());
      expect(results.length).toBe(s.rowCount);
      for (const r of results) expect(r.valid).toBe(r.errors.length === 0);
      s.notes();
    }), { numRuns: 300 });
  });
});

describe('a date cell that holds no real date', () => {
  it('is read as empty text for layout detection instead of throwing (found by the property test)', () => {
    const s = new SheetSession({ source: 'xlsx', now: NOW, file: true });
    const rows = [...s.push(1, [{ kind: 'date', value: new Date(NaN) }]), ...s.finish()];
    expect(rows.every((r) => typeof r.valid === 'boolean')).toBe(true);
  });
});
