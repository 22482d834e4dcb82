import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { runCheck } from '../../src/cli/commands/check';
import { loadConfig } from '../../src/config';
import type { OutboundPolicy } from '../../src/files/outbound';
import { localFilePolicy } from '../security/helpers/local-policy';
import { checkFileBuffer, checkFilePath, downloadAndCheck, STATUS_FAILED, STATUS_NO_ERRORS } from '../../src/files';

const NOW = new Date(2026, 0, 15);
const HEADER = ['Full Name', 'Email', 'Mobile Number', 'Group', 'Designation', 'Gender', 'Category', 'Date of Birth',
  'Mother Tongue', 'Employee ID', 'Office Pin Code', 'External System ID', 'External System Name', 'Tags'];

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  ws.getColumn(8).numFmt = 'dd-mm-yyyy';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const GOOD = ['Ramesh Kumar', 'ramesh@gmail.com', 9876543210, 'Group B', 'Section Officer', 'Male', 'General', '15-08-1985'];

describe('xlsx files', () => {
  it('reads cells by type as the portal does (numbers, dates, formulas, scientific text)', async () => {
    const buf = await xlsx([
      HEADER,
      GOOD,
      ['Sita Devi', 'sita@gmail.com', '9.87654E+09', 'Group C', 'Clerk', 'Female', 'OBC', new Date(Date.UTC(1990, 4, 12))],
      ['Gita Devi', 'gita@gmail.com', 9876543212, { formula: 'D2', result: 'Group B' }, 'Clerk'],
      ['Mohan Lal', 'mohan@gmail.com', new Date(Date.UTC(2020, 0, 1)), 'Group C', 'Clerk'],
      [],
      ['Ramesh Kumar', 'RAMESH@gmail.com', 9876543213, 'Group B', 'Clerk'],
    ]);
    const { result } = await checkFileBuffer(buf, { fileType: 'xlsx', now: NOW });
    expect(result.limit).toBeUndefined();
    expect(result.layout).toBe('current');
    expect(result.headerFound).toBe(true);
    const byLine = Object.fromEntries(result.rows.map((r) => [r.line, r.errors.map((e) => `${e.field}:${e.code}:${e.fix?.code ?? ''}`)]));
    expect(byLine).toEqual({
      2: [],
      3: ['Mobile Number:invalid-mobile:excel-scientific-notation'],
      4: ['Group:formula-cell:replace-formula-with-value'],
      5: ['Mobile Number:invalid-mobile:mobile-date-cell'],
      7: ['Email:duplicate-email:remove-duplicate-row'],
    });
    expect(result.rows.find((r) => r.line === 3)?.warnings.map((w) => w.code)).toEqual(['dob-date-cell']);
  });

  it('writes the annotated copy: Status and Error Details after the last field, never SUCCESS', async () => {
    const buf = await xlsx([HEADER, GOOD, ['R.K. Sharma', 'rk@gmail', '+919876543211', 'group b', 'Clerk']]);
    const { result, annotated } = await checkFileBuffer(buf, { fileType: 'xlsx', annotate: true, now: NOW });
    expect(result.rows).toHaveLength(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(annotated as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect([ws.getCell(1, 15).value, ws.getCell(1, 16).value]).toEqual(['Status', 'Error Details']);
    expect(ws.getCell(2, 1).value).toBe('Ramesh Kumar');
    expect(ws.getCell(2, 3).value).toBe(9876543210);
    expect(ws.getCell(2, 15).value).toBe(STATUS_NO_ERRORS);
    expect(ws.getCell(2, 16).value ?? '').toBe('');
    expect(ws.getCell(3, 15).value).toBe(STATUS_FAILED);
    expect(String(ws.getCell(3, 16).value)).toBe(result.rows[1].errorDetails);
    expect(result.rows[1].errorDetails).toMatch(/^Invalid Full Name, The Mobile Number provided is Invalid, Invalid Group .*, Invalid Email Id, Invalid Mobile Number$/);
  });

  it('2023 layout file: checked by meaning, with the layout note', async () => {
    const buf = await xlsx([['Full Name', 'Email Id', 'Mobile Number', 'Group', 'Tags', 'External Reference ID', 'External Reference System'],
      ['New User', 'new_user01@yopmail.com', '8688586858', 'Contractual Staff', 'southwest,s2', 'USER123', 'USERABC']]);
    const { result } = await checkFileBuffer(buf, { fileType: 'xlsx', now: NOW });
    expect(result.layout).toBe('2023');
    expect(result.rows[0].errors.map((e) => e.field)).toEqual(['Tags']);
    expect(result.notes.map((n) => n.code)).toContain('layout-2023-portal-reads-current');
  });

  it('limits: size, rows, password, xls, junk, empty, no header', async () => {
    const good = await xlsx([HEADER, GOOD, GOOD, GOOD]);
    expect((await checkFileBuffer(good, { maxBytes: 100 })).result.limit?.code).toBe('file-too-large');
    expect((await checkFileBuffer(good, { maxRows: 2 })).result.limit).toEqual({ code: 'too-many-rows', params: { max: 2 } });
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600), Buffer.from('EncryptionInfo', 'utf16le')]);
    expect((await checkFileBuffer(cfb, { fileType: 'xlsx' })).result.limit?.code).toBe('password-protected');
    expect((await checkFileBuffer(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]), { fileType: 'xls' })).result.limit?.code).toBe('not-xlsx-or-csv');
    expect((await checkFileBuffer(Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]), { fileType: 'xlsx' })).result.limit?.code).toBe('unreadable-file');
    expect((await checkFileBuffer(Buffer.alloc(0))).result.limit?.code).toBe('empty-file');
    expect((await checkFileBuffer(await xlsx([['hello', 'world'], ['foo', 'bar']]))).result.limit?.code).toBe('no-header-or-wrong-columns');
  });
});

describe('csv files', () => {
  it('uses the portal csv rules (tags split on ;, names letters and spaces only)', async () => {
    const csv = `${HEADER.join(',')}\r\n"D'Souza Maria",maria@gmail.com,9876543210,Group B,Clerk,,,,,,,,,Bihar Circle;Patna\r\nRam,ram@gmail.com,+919876543211,Group B,Clerk\r\n`;
    const { result } = await checkFileBuffer(Buffer.from(csv), { fileType: 'csv', now: NOW });
    expect(result.rows.map((r) => r.errors.map((e) => e.code))).toEqual([['csv-name-not-letters'], ['csv-mobile-not-digits']]);
  });
});

describe('sahayak check (CLI)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-check-test-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const io = (input = '') => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (c) => { out += c; });
    stderr.on('data', (c) => { err += c; });
    return { io: { stdin: Readable.from([input]), stdout, stderr }, out: () => out, err: () => err };
  };

  it('--json on stdin follows the contract', async () => {
    const s = io('Full Name\tEmail Id\tMobile Number\tGroup\nRam\tram@gmail.com\t+91 9876543210\tGroup B\n');
    expect(await runCheck(['--json', '--lang', 'hi'], s.io, loadConfig())).toBe(0);
    const json = JSON.parse(s.out());
    expect(json.layout).toBe('2023');
    expect(json.rows).toEqual([{ line: 2, valid: false, errors: [expect.objectContaining({ field: 'Mobile Number', portalMessage: 'The Mobile Number provided is Invalid', message: expect.stringMatching(/मोबाइल/) })], warnings: [] }]);
  });

  it('FILE --out round trip', async () => {
    const file = path.join(tmp, 'in.xlsx');
    const out = path.join(tmp, 'checked.xlsx');
    fs.writeFileSync(file, await xlsx([HEADER, GOOD, ['Ram2', 'ram@gmail.com', 123, 'Group B', 'Clerk']]));
    const s = io();
    expect(await runCheck([file, '--json', '--out', out], s.io, loadConfig())).toBe(0);
    expect(JSON.parse(s.out()).rows.map((r: { valid: boolean }) => r.valid)).toEqual([true, false]);
    const again = await checkFilePath(out, { now: NOW });
    expect(again.result.rows.map((r) => r.valid)).toEqual([true, false]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0].getCell(3, 15).value).toBe('FAILED');
  });

  it('exit 2 with one line for bad usage and unreadable files', async () => {
    const bad = path.join(tmp, 'bad.xlsx');
    fs.writeFileSync(bad, 'not really a workbook\u0000');
    for (const args of [[bad], [path.join(tmp, 'missing.xlsx')], ['a.pdf'], ['--out', 'x.txt'], ['--lang', 'fr']]) {
      const s = io();
      await expect(runCheck(args, s.io, loadConfig())).rejects.toThrow(/./);
    }
  });
});

describe('downloadAndCheck against a local server', () => {
  let policy: OutboundPolicy;
  let slowPolicy: OutboundPolicy;
  let server: http.Server;
  let base: string;
  let good: Buffer;
  beforeAll(async () => {
    good = await xlsx([HEADER, GOOD, ['R.K. Sharma', 'rk@gmail.com', 9876543211, 'Group B', 'Clerk']]);
    server = http.createServer((req, res) => {
      if (req.url === '/good.xlsx') { res.writeHead(200, { 'content-length': good.length }); res.end(good); return; }
      if (req.url === '/redirect') { res.writeHead(302, { location: '/good.xlsx' }); res.end(); return; }
      if (req.url === '/big') { res.writeHead(200, { 'content-length': 50_000_000 }); res.write(Buffer.alloc(1000)); return; }
      if (req.url === '/big-chunked') {
        res.writeHead(200);
        for (let i = 0; i < 20; i++) res.write(Buffer.alloc(64 * 1024));
        res.end();
        return;
      }
      if (req.url === '/slow') { res.writeHead(200); res.write('a'); return; }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    // The product refuses this machine's addresses: the test's server is let through by an injected policy.
    policy = localFilePolicy([port]);
    slowPolicy = localFilePolicy([port], 300);
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('a good file: summary and annotated workbook', async () => {
    const out = await downloadAndCheck(`${base}/good.xlsx`, { policy, fileType: 'xlsx', now: NOW });
    expect(out.result.rows.map((r) => r.valid)).toEqual([true, false]);
    expect(out.annotated?.subarray(0, 2).toString()).toBe('PK');
    expect((await downloadAndCheck(`${base}/redirect`, { policy, fileType: 'xlsx', now: NOW })).result.rows).toHaveLength(2);
  });
  it('too large (declared or streamed), slow, 404', async () => {
    expect((await downloadAndCheck(`${base}/big`, { policy, maxBytes: 1_000_000 })).result.limit?.code).toBe('file-too-large');
    expect((await downloadAndCheck(`${base}/big-chunked`, { policy, maxBytes: 100_000 })).result.limit?.code).toBe('file-too-large');
    expect((await downloadAndCheck(`${base}/slow`, { policy: slowPolicy })).result.limit?.code).toBe('download-timeout');
    expect((await downloadAndCheck(`${base}/nope`, { policy })).result.limit).toEqual({ code: 'download-failed', params: { status: 404 } });
  });
});
