/** The tab's JSON endpoints over real HTTP: answers, bilingual 400s, limits, headers, and no rows in logs. */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { BAD_ROWS, buildTab, startTabApp, type TabApp } from './tab-harness';

let tab: TabApp;

beforeAll(async () => {
  buildTab();
  tab = await startTabApp();
});

afterAll(async () => {
  await tab?.app.stop(1000);
});

async function call(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${tab.url}${path}`, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (page, script)
  }
  return { status: res.status, body, headers: res.headers };
}

const post = (body: NonNullable<RequestInit['body']>, type: string, query = '') =>
  call(`/api/tab/check${query}`, { method: 'POST', headers: { 'Content-Type': type }, body });

function expectBilingual400(r: { status: number; body: any }, code?: string): void {
  expect(r.status).toBe(400);
  if (code) expect(r.body.error.code).toBe(code);
  expect(r.body.error.message.en).toMatch(/[a-z]/i);
  expect(r.body.error.message.hi).toMatch(/\p{Script=Devanagari}/u);
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('GET /tab serves the page with security headers that let Teams frame it', async () => {
  const r = await call('/tab');
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toContain('text/html');
  const csp = r.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toMatch(/frame-ancestors [^;]*https:\/\/teams\.microsoft\.com/);
  expect(r.headers.get('x-frame-options')).toBeNull();
  expect(r.body).toContain('id="tab-config"');
  for (const asset of ['/tab/tab.js', '/tab/tab.css', '/tab/teams-js.min.js']) expect((await call(asset)).status).toBe(200);
});

test('GET /api/tab/contacts answers the directory lookup with both languages of every note', async () => {
  const r = await call('/api/tab/contacts?q=railways');
  expect(r.status).toBe(200);
  expect(r.body.matches[0]).toMatchObject({ organisation: 'M/o Railways', name: 'Pawan Pathak', email: 'pawankpathak.kb@karmayogi.in', mobile: '8595675447' });
  const none = await call(`/api/tab/contacts?q=${encodeURIComponent('ministry of nowhere at all')}`);
  expect(none.body.matches).toEqual([]);
  expect(none.body.fallbacks.length).toBeGreaterThan(0);
  for (const f of none.body.fallbacks) expect(f.hi).toMatch(/\p{Script=Devanagari}/u);
});

test('GET /api/tab/contacts gives one group per person, whose address a mixed-up row carries, and the caveats in both languages', async () => {
  const defence = await call(`/api/tab/contacts?q=${encodeURIComponent('रक्षा मंत्रालय')}`);
  expect(defence.body.matches).toHaveLength(5);
  expect(defence.body.groups).toHaveLength(1);
  expect(defence.body.groups[0]).toMatchObject({ name: 'Akshay Sharma', mailTo: 'Akshay Sharma', organisations: expect.arrayContaining(['D/o Military Affairs']) });
  const pawan = await call('/api/tab/contacts?q=Pawan%20Pathak');
  const bprd = pawan.body.groups[1];
  expect(bprd).toMatchObject({ name: 'Pawan Pathak', email: 'priyamvadapallavi.kb@karmayogi.in', mailTo: 'Priyamvada Pallavi' });
  expect(bprd.emailLabel.en).toContain("Priyamvada Pallavi's address");
  expect(bprd.warnings.map((w: { en: string }) => w.en).join(' ')).toContain('call 8595675447');
  expect(pawan.body.groups[0].warnings[0].hi).toContain('pavankpathak.kb@karmayogi.in');
  const home = await call(`/api/tab/contacts?q=${encodeURIComponent('गृह विभाग')}`);
  expect(home.body.notes[0].en).toContain('state governments');
  expect(home.body.notes[0].hi).toMatch(/राज्य सरकारों/);
  expect(home.body.stateLines.map((l: { en: string }) => l.en).join('\n')).toContain('ati-up@nic.in');
  const cbdt = await call('/api/tab/contacts?q=CBDT');
  expect(cbdt.body.matches).toEqual([]);
  expect(cbdt.body.groups[0].organisations).toEqual(['D/o Revenue']);
  expect(cbdt.body.suggestionGroups).toEqual([]);
});

test('bad contact queries get a bilingual 400', async () => {
  expectBilingual400(await call('/api/tab/contacts'), 'bad-query');
  expectBilingual400(await call('/api/tab/contacts?q=%20%20'), 'bad-query');
  expectBilingual400(await call(`/api/tab/contacts?q=${'a'.repeat(201)}`), 'bad-query');
});

test('POST /api/tab/check checks pasted rows sent as JSON or plain text', async () => {
  for (const r of [await post(JSON.stringify({ text: BAD_ROWS }), 'application/json'), await post(BAD_ROWS, 'text/plain')]) {
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ rows: 2, failed: 1, warned: 0 });
    expect(r.body.problems[0].line).toBe(2);
    const fields = r.body.problems[0].items.map((p: any) => p.field.en);
    expect(fields).toEqual(expect.arrayContaining(['Full Name', 'Email', 'Mobile Number', 'Group']));
    expect(r.body.problems[0].items[0].message.hi).toMatch(/\p{Script=Devanagari}/u);
  }
});

test('POST /api/tab/check checks an .xlsx or .csv file sent as bytes', async () => {
  const rows = BAD_ROWS.split('\n').map((l) => l.split('\t'));
  const x = await post(await xlsx(rows), 'application/octet-stream', '?name=staff.xlsx');
  expect(x.status).toBe(200);
  expect(x.body.problems.map((p: any) => p.line)).toEqual([2]);
  const c = await post(rows.map((r) => r.join(',')).join('\n'), 'text/csv', '?name=staff.csv');
  expect(c.status).toBe(200);
  expect(c.body.rows).toBe(2);
});

test('bad check input gets a bilingual 400, never a 5xx', async () => {
  expectBilingual400(await post('{"text": 12', 'application/json'), 'bad-body');
  expectBilingual400(await post('{"rows": "x"}', 'application/json'), 'bad-body');
  expectBilingual400(await post('', 'text/plain'), 'empty');
  expectBilingual400(await post('   \n  ', 'text/plain'), 'empty');
  expectBilingual400(await post(Buffer.from('abc'), 'application/octet-stream', '?name=staff.pdf'), 'bad-body');
  expectBilingual400(await post(Buffer.from('PK\u0003\u0004garbage'), 'application/octet-stream', '?name=staff.xlsx'));
  expectBilingual400(await post(Buffer.alloc(0), 'application/octet-stream', '?name=staff.xlsx'), 'empty');
  expectBilingual400(await post('x'.repeat(210 * 1024), 'text/plain'), 'too-large');
  expectBilingual400(await post(Buffer.alloc(1100 * 1024, 65), 'application/octet-stream', '?name=big.csv'), 'too-large');
  const many = ['Full Name,Email,Mobile Number,Group,Designation', ...Array.from({ length: 2001 }, (_, i) => `Ram Kumar,r${i}@gov.in,98765${String(i).padStart(5, '0')},Group A,Clerk`)].join('\n');
  expectBilingual400(await post(many, 'text/plain'), 'too-many-rows');
  const notFound = await call('/api/tab/nothing-here');
  expect(notFound.status).toBe(404);
  expect(notFound.body.error.message.hi).toMatch(/\p{Script=Devanagari}/u);
});

test('arbitrary bodies and content types never make the check endpoint fail with a 5xx', async () => {
  const types = ['application/json', 'text/plain', 'application/octet-stream', 'text/csv', 'application/x-www-form-urlencoded', 'multipart/form-data'];
  await fc.assert(fc.asyncProperty(fc.string({ maxLength: 400 }), fc.constantFrom(...types), fc.constantFrom('', '?name=a.csv', '?name=a.xlsx'), async (body, type, query) => {
    const r = await post(body, type, query);
    expect(r.status).toBeLessThan(500);
  }), { numRuns: 60 });
});

test('rows being checked never reach the logs', async () => {
  await post(BAD_ROWS, 'text/plain');
  await post(JSON.stringify({ text: BAD_ROWS }), 'application/json');
  await post('{"text": "Secret Person, secret@x', 'application/json');
  const logs = tab.logs();
  expect(logs.length).toBeGreaterThan(0);
  for (const secret of ['Ram Kumar', 'ram.kumar@gov', '98765 43210', 'Sita Devi', 'Secret Person', 'secret@x']) expect(logs).not.toContain(secret);
});
