/**
 * Finding 3 of issue 11 (and the redirect timer of finding 8): the server never fetches from or sends to
 * a place an input chose. A sent file's `downloadUrl` and a file-consent `uploadUrl` must be HTTPS to an
 * allowed host (Teams' SharePoint hosts), every resolved address must be public (checked before the
 * connection, after every redirect), and redirects share one time limit. Over real HTTP against the
 * real server; a local file server counts every connection it gets.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { loadConfig } from '../../src/config';
import { filePolicy, nonPublicAddress } from '../../src/files/outbound';
import { FILE_DOWNLOAD_INFO } from '../../src/bot/file-check-flow';
import { message, post, replyTexts, startTestApp, type TestApp } from '../server/helpers/http-app';
import { localFilePolicy } from './helpers/local-policy';

interface FileServer {
  readonly port: number;
  readonly base: string;
  connections: number;
  readonly uploads: Buffer[];
  close(): Promise<void>;
}

/** A file server on this machine: `/sheet.xlsx`, `/upload` (PUT), `/to?url=` (302 there), `/slow?n=` (a chain of slow redirects). */
async function startFileServer(sheet: Buffer): Promise<FileServer> {
  const state = { connections: 0, uploads: [] as Buffer[] };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/sheet.xlsx') return res.end(sheet);
    if (url.pathname === '/to') {
      res.writeHead(302, { location: url.searchParams.get('url') ?? '/' });
      return res.end();
    }
    if (url.pathname === '/slow') {
      const n = Number(url.searchParams.get('n'));
      return setTimeout(() => {
        res.writeHead(302, { location: n > 0 ? `/slow?n=${n - 1}` : '/sheet.xlsx' });
        res.end();
      }, 600);
    }
    if (req.method === 'PUT' && url.pathname === '/upload') {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        state.uploads.push(Buffer.concat(chunks));
        res.writeHead(201);
        res.end();
      });
      return undefined;
    }
    res.writeHead(404);
    return res.end();
  });
  server.on('connection', () => state.connections++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, { port, base: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) });
}

async function sheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Users');
  ws.addRow(['Full Name', 'Email', 'Mobile Number', 'Group', 'Designation']);
  ws.addRow(['Asha Verma', 'asha.verma@gmail.com', '98765 43210', 'Group C', 'Clerk']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const fileActivity = (downloadUrl: string) => message('', {
  attachments: [{ contentType: FILE_DOWNLOAD_INFO, name: 'staff.xlsx', content: { downloadUrl, fileType: 'xlsx', uniqueId: 'u1' } }],
});

const consentActivity = (downloadUrl: string, uploadUrl: string) => message('', {
  type: 'invoke', name: 'fileConsent/invoke',
  value: { type: 'fileUpload', action: 'accept', context: { downloadUrl, fileType: 'xlsx', name: 'staff.xlsx', lang: 'en' }, uploadInfo: { name: 'staff-checked.xlsx', uploadUrl, contentUrl: 'https://contoso-my.sharepoint.com/f', uniqueId: 'x1', fileType: 'xlsx' } },
});

let files: FileServer;
let other: FileServer;
beforeAll(async () => {
  files = await startFileServer(await sheet());
  other = await startFileServer(await sheet());
});
afterAll(async () => {
  await files.close();
  await other.close();
});

describe('the product policy (no injection): nothing on this machine or its network is fetched', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop(1000));

  const targets = (): string[] => [
    `${files.base}/sheet.xlsx`,
    `https://127.0.0.1:${files.port}/sheet.xlsx`,
    `http://localhost:${files.port}/sheet.xlsx`,
    `https://[::1]:${files.port}/sheet.xlsx`,
    `http://2130706433:${files.port}/sheet.xlsx`,
    'http://10.0.0.7/sheet.xlsx',
    'https://10.0.0.7/sheet.xlsx',
    'http://169.254.169.254/latest/meta-data/',
    'https://contoso.example.com/sheet.xlsx',
    'file:///etc/passwd',
  ];
  test('a sent file at any of these is refused with the bilingual "could not download", never requested', async () => {
    for (const url of targets()) {
      const res = await post(app.url, fileActivity(url));
      expect(res.status).toBe(200);
      expect(replyTexts(res.json).join('\n')).toMatch(/couldn't download the file/i);
    }
    expect(files.connections).toBe(0);
  });

  test('the checked copy is never uploaded to an address the invoke names', async () => {
    const res = await post(app.url, consentActivity('https://contoso-my.sharepoint.com/personal/x/sheet.xlsx', `${files.base}/upload`));
    expect(res.status).toBe(200);
    const res2 = await post(app.url, consentActivity(`${files.base}/sheet.xlsx`, `${files.base}/upload`));
    expect(res2.status).toBe(200);
    expect(files.connections).toBe(0);
    expect(files.uploads).toHaveLength(0);
  });
});

describe('addresses are checked after resolution, and after every redirect', () => {
  test('an allowed host name that resolves to loopback or a private address is refused before connecting', async () => {
    const resolveTo = (address: string) => filePolicy(['*.sharepoint.com'], { lookup: (_h, cb) => cb(null, [{ address, family: address.includes(':') ? 6 : 4 }]) });
    for (const address of ['127.0.0.1', '10.1.2.3', '169.254.169.254', '::1', '::ffff:127.0.0.1']) {
      const app = await startTestApp({}, undefined, { outbound: resolveTo(address) });
      try {
        const res = await post(app.url, fileActivity(`https://contoso-my.sharepoint.com:443/personal/x/sheet.xlsx`));
        expect(replyTexts(res.json).join('\n')).toMatch(/couldn't download the file/i);
      } finally {
        await app.stop(1000);
      }
    }
    expect(files.connections).toBe(0);
  });

  test('through an injected policy for this test\'s server: a redirect elsewhere on this machine, to a private or a metadata address, is refused', async () => {
    const app = await startTestApp({}, undefined, { outbound: localFilePolicy([files.port]) });
    try {
      for (const target of [`${other.base}/sheet.xlsx`, `http://localhost:${files.port}/sheet.xlsx`, 'http://10.0.0.7/sheet.xlsx', 'http://169.254.169.254/latest/meta-data/']) {
        const res = await post(app.url, fileActivity(`${files.base}/to?url=${encodeURIComponent(target)}`));
        expect(replyTexts(res.json).join('\n')).toMatch(/couldn't download the file/i);
      }
      expect(other.connections).toBe(0);
    } finally {
      await app.stop(1000);
    }
  });

  test('a real download, check and upload work through the injected policy', async () => {
    const app = await startTestApp({}, undefined, { outbound: localFilePolicy([files.port]) });
    try {
      const res = await post(app.url, fileActivity(`${files.base}/to?url=${encodeURIComponent('/sheet.xlsx')}`));
      const text = replyTexts(res.json).join('\n');
      expect(text).toMatch(/Mobile Number/);
      expect(JSON.stringify(res.json)).toContain('application/vnd.microsoft.teams.card.file.consent');
      const uploaded = await post(app.url, consentActivity(`${files.base}/sheet.xlsx`, `${files.base}/upload`));
      expect(uploaded.status).toBe(200);
      expect(files.uploads).toHaveLength(1);
    } finally {
      await app.stop(1000);
    }
  });

  test('redirects share one time limit: a chain of slow redirects ends at the limit, not at each hop', async () => {
    const app = await startTestApp({}, undefined, { outbound: localFilePolicy([files.port], 1500) });
    try {
      const t0 = Date.now();
      const res = await post(app.url, fileActivity(`${files.base}/slow?n=3`));
      const took = Date.now() - t0;
      expect(replyTexts(res.json).join('\n')).toMatch(/took too long/i);
      expect(took).toBeLessThan(2300); // four hops of 600 ms each would have been 2.4 s and succeeded
    } finally {
      await app.stop(1000);
    }
  });
});

describe('the address rule and open mode', () => {
  test.each(['127.0.0.1', '127.255.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '168.63.129.16', '::1', '::', 'fe80::1', 'fd00:ec2::254', '::ffff:10.0.0.1', '64:ff9b::a00:1'])('%s is not public', (address) => {
    expect(nonPublicAddress(address)).toBeDefined();
  });
  test.each(['13.107.136.9', '52.104.0.1', '2603:1036::1'])('%s is public', (address) => {
    expect(nonPublicAddress(address)).toBeUndefined();
  });

  test('without credentials the server listens on 127.0.0.1 unless HOST says otherwise; with them on every interface', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ MicrosoftAppId: 'x' }).host).toBe('0.0.0.0');
    expect(loadConfig({}).fileHosts).toEqual(['*.sharepoint.com']);
  });
});
