import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import type { Activity } from 'botbuilder';
import { downloadAndCheck as download, uploadToUrl } from '../../src/files';
import type { FileCheckIo } from '../../src/bot/file-check-flow';
import { localFilePolicy } from '../security/helpers/local-policy';
import { FILE_DOWNLOAD_INFO } from '../../src/bot/file-check-flow';
import { cardOf, createHarness } from './bot-harness';

/** A local stand-in for Teams' file storage: serves the sent file, takes the uploaded copy. */
async function startFileServer(file: Buffer) {
  const uploads: { headers: http.IncomingHttpHeaders; body: Buffer }[] = [];
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/sheet.xlsx') return res.end(file);
    if (req.method === 'GET' && req.url === '/huge.xlsx') {
      res.setHeader('content-length', String(11 * 1024 * 1024));
      return res.end();
    }
    if (req.method === 'PUT' && req.url === '/upload') {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        uploads.push({ headers: req.headers, body: Buffer.concat(chunks) });
        res.statusCode = 201;
        res.end();
      });
      return undefined;
    }
    res.statusCode = 404;
    return res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  // The product refuses this machine's addresses: the test's own server is let through by an injected policy.
  const policy = localFilePolicy([port]);
  const io: FileCheckIo = { downloadAndCheck: (url, o) => download(url, { ...o, policy }), upload: (url, body) => uploadToUrl(url, body, policy) };
  return { base, uploads, io, policy, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function sheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Users');
  ws.addRow(['Full Name', 'Email', 'Mobile Number', 'Group', 'Designation']);
  ws.addRow(['Asha Verma', 'asha.verma@gmail.com', '9876543210', 'Group C', 'Clerk']);
  ws.addRow(['Ravi  Kumar', 'ravi@@gmail.com', '+919812345678', 'group b', 'Clerk']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function fileMessage(url: string): Partial<Activity> {
  return { type: 'message', text: '', attachments: [{ contentType: FILE_DOWNLOAD_INFO, name: 'staff.xlsx', content: { downloadUrl: url, fileType: 'xlsx', uniqueId: 'u1' } }] };
}

describe('a bulk-upload file sent to the bot in a personal chat', () => {
  let files: Awaited<ReturnType<typeof startFileServer>>;
  beforeAll(async () => {
    files = await startFileServer(await sheet());
  });
  afterAll(() => files.close());

  it('is downloaded, checked, summarised, and the checked copy is offered and uploaded on "Allow"', async () => {
    const { adapter } = createHarness(undefined, files.io);
    let consent: { name: string; content: { acceptContext: object; sizeInBytes: number } } | undefined;
    await adapter
      .send(fileMessage(`${files.base}/sheet.xlsx`))
      .assertReply((a) => {
        const card = JSON.stringify(cardOf(a));
        expect(card).toContain('Mobile Number');
        expect(card).toContain('Line 3');
      })
      .assertReply((a) => {
        const attachment = a.attachments![0];
        expect(attachment.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
        consent = attachment as never;
      });
    expect(consent!.name).toBe('staff-checked.xlsx');
    expect(consent!.content.sizeInBytes).toBeGreaterThan(0);

    const uploadInfo = { name: 'staff-checked.xlsx', uploadUrl: `${files.base}/upload`, contentUrl: 'https://example.invalid/f', uniqueId: 'x1', fileType: 'xlsx' };
    await adapter
      .send({ type: 'invoke', name: 'fileConsent/invoke', value: { type: 'fileUpload', action: 'accept', context: consent!.content.acceptContext, uploadInfo } })
      .assertReply((a) => expect(a.attachments?.[0].contentType).toBe('application/vnd.microsoft.teams.card.file.info'))
      .assertReply((a) => expect(a.type).toBe('invokeResponse'));

    expect(files.uploads).toHaveLength(1);
    expect(files.uploads[0].headers['content-range']).toMatch(/^bytes 0-\d+\/\d+$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files.uploads[0].body as never);
    const header = (wb.worksheets[0].getRow(1).values as unknown[]).map(String);
    expect(header).toEqual(expect.arrayContaining(['Status', 'Error Details']));
    expect(String(wb.worksheets[0].getRow(3).getCell(header.indexOf('Status')).value)).toBe('FAILED');
  });

  it('says the file is too large instead of downloading it all', async () => {
    const { adapter } = createHarness(undefined, files.io);
    await adapter.send(fileMessage(`${files.base}/huge.xlsx`)).assertReply((a) => {
      expect(JSON.stringify(cardOf(a))).toMatch(/10 MB/);
    });
  });

  it('says so when the download fails', async () => {
    const { adapter } = createHarness(undefined, files.io);
    await adapter.send(fileMessage(`${files.base}/missing.xlsx`)).assertReply((a) => {
      expect(a.attachments).toHaveLength(1);
      expect(cardOf(a).fallbackText.length).toBeGreaterThan(0);
    });
  });

  it.each([
    ['en', 'staff.txt', 'txt', 'Only .xlsx and .csv files can be checked'],
    ['hi', 'staff.txt', '', 'केवल .xlsx और .csv फ़ाइलें जाँची जा सकती हैं'],
    ['en', 'staff.pdf', 'pdf', 'Only .xlsx and .csv files can be checked'],
  ])('a %s user sending %s (file type "%s") gets the CLI\'s "only .xlsx and .csv" message, and nothing is downloaded', async (lang, name, fileType, message) => {
    const fetched: string[] = [];
    const io = { downloadAndCheck: async (url: string) => { fetched.push(url); return files.io.downloadAndCheck(url, {}); }, upload: uploadToUrl };
    const { adapter } = createHarness(undefined, io);
    const activity = { type: 'message', text: '', locale: lang === 'hi' ? 'hi-IN' : 'en-IN', attachments: [{ contentType: FILE_DOWNLOAD_INFO, name, content: { downloadUrl: `${files.base}/sheet.xlsx`, fileType, uniqueId: 'u2' } }] };
    await adapter.send(activity as Partial<Activity>).assertReply((a) => {
      expect(JSON.stringify(cardOf(a))).toContain(message);
      expect(a.attachments).toHaveLength(1);
    });
    expect(fetched).toEqual([]);
  });

  it('declining the copy gets a short confirmation', async () => {
    const { adapter } = createHarness(undefined, files.io);
    await adapter
      .send({ type: 'invoke', name: 'fileConsent/invoke', value: { type: 'fileUpload', action: 'decline', context: { lang: 'hi' } } })
      .assertReply((a) => expect(cardOf(a).fallbackText).toMatch(/\p{Script=Devanagari}/u));
  });
});
