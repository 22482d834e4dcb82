/**
 * Finding 4 of issue 11: a request body is never written anywhere. `multipart/form-data` used to
 * reach restify's body parser, which wrote each part to the temp folder before any check (and never
 * removed it). Now only JSON reaches the parser of `/api/messages` (415 otherwise, before the body is
 * read), no route parses multipart or forms, and the temp folder is unchanged after every request.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { message } from '../server/helpers/http-app';
import { spawnServer, type SpawnedServer } from './helpers/spawn-server';

// The server runs in its own process with a private temp folder: other processes' files cannot make the check flaky.
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-bodies-'));

let app: SpawnedServer;
beforeAll(async () => {
  app = await spawnServer({ TMPDIR: TMP });
}, 100_000);
afterAll(() => {
  app.kill();
  fs.rmSync(TMP, { recursive: true, force: true });
});

// Node's compile cache (Node 22.1+, turned on by src/server/startup.ts) lives there too: written at start-up, never from a request.
const listing = (): string[] => fs.readdirSync(TMP).filter((name) => name !== 'node-compile-cache').sort();

/** Sends a body of `size` bytes in chunks (as a large upload does) and resolves with the status, or 'closed' if the server ended the connection first. */
function send(route: string, type: string, head: Buffer, size: number): Promise<{ status: number | 'closed'; body: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const req = http.request(`${app.url}${route}`, { method: 'POST', agent: false, headers: { 'content-type': type, 'content-length': head.length + size } });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: Date.now() - t0 }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body, ms: Date.now() - t0 }));
    });
    req.on('error', () => resolve({ status: 'closed', body: '', ms: Date.now() - t0 }));
    req.write(head);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let left = size;
    const pump = (): void => {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!req.write(chunk.subarray(0, n))) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

const BOUNDARY = '----sahayak-test-boundary';
const multipartHead = (): Buffer => Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);

describe('only JSON reaches the body parser of /api/messages', () => {
  test.each([
    ['multipart/form-data with a 20 MB file', `multipart/form-data; boundary=${BOUNDARY}`, multipartHead(), 20 * 1024 * 1024],
    ['a form', 'application/x-www-form-urlencoded', Buffer.from('type=message&text='), 1024],
    ['plain text', 'text/plain', Buffer.from('hello'), 10],
    ['CSV', 'text/csv', Buffer.from('a,b\n'), 10],
    ['bytes', 'application/octet-stream', Buffer.from(''), 4096],
    ['no content type', '', Buffer.from('{}'), 0],
  ])('%s → 415, quickly, and the temp folder is unchanged', async (_label, type, head, size) => {
    const before = listing();
    const res = await send('/api/messages', type, head, size);
    if (res.status !== 'closed') {
      expect(res.status).toBe(415);
      expect(JSON.parse(res.body)).toEqual({ error: 'unsupported-media-type', message: expect.stringMatching(/application\/json/), ref: expect.any(String) });
    }
    expect(res.ms).toBeLessThan(10_000);
    expect(listing()).toEqual(before);
    expect(before).toEqual([]);
  }, 30_000);

  test('JSON (with a charset) is still taken', async () => {
    const body = Buffer.from(JSON.stringify(message('otp not received')));
    const res = await send('/api/messages', 'application/json; charset=utf-8', body, 0);
    expect(res.status).toBe(200);
  });
});

describe('no other route writes a request body to disk', () => {
  const routes = ['/api/tab/check', '/api/tab/check?name=users.xlsx', '/api/tab/other', '/healthz', '/readyz', '/tab', '/nowhere'];
  test.each(routes)('multipart/form-data to %s leaves the temp folder unchanged', async (route) => {
    const res = await send(route, `multipart/form-data; boundary=${BOUNDARY}`, multipartHead(), 3 * 1024 * 1024);
    if (res.status !== 'closed') expect(res.status).toBeLessThan(500);
    expect(listing()).toEqual([]);
  }, 30_000);

  test('an .xlsx with its shared strings after the sheets (as Excel writes it) is checked in memory', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Users');
    ws.addRow(['Full Name', 'Email', 'Mobile Number', 'Group', 'Designation']);
    for (let i = 0; i < 200; i++) ws.addRow([`Asha Verma ${String.fromCharCode(97 + (i % 26))}`, `asha${i}@gmail.com`, '9876543210', 'Group C', 'Clerk']);
    const file = Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: true }));
    const res = await send('/api/tab/check?name=users.xlsx', 'application/octet-stream', file, 0);
    expect(res.status).toBe(200);
    expect(listing()).toEqual([]);
  }, 30_000);
});
