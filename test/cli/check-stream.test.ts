import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { Activity } from 'botbuilder';
import { writeBenchCsv } from '../../src/bench/bench-sheets';
import { FILE_DOWNLOAD_INFO } from '../../src/bot/file-check-flow';
import { runCheck, toContractJson } from '../../src/cli/commands/check';
import { loadConfig } from '../../src/config';
import { CLI_FILE_LIMITS, checkFilePath, downloadAndCheck, FILE_LIMITS, uploadToUrl } from '../../src/files';
import { createI18n } from '../../src/i18n';
import type { Translate } from '../../src/present/row-check-messages';
import { renderRowCheckText } from '../../src/present/row-check-text';
import { tabError } from '../../src/server/tab-api';
import { cardText } from '../cards/card-text';
import { createHarness } from '../bot/bot-harness';
import { csvText, generatedSheet, workbookXlsx } from '../helpers/fault-sheets';
import { localFilePolicy } from '../security/helpers/local-policy';

/**
 * `sahayak check FILE` streams: its text and JSON are exactly what the whole-file checker
 * printed, it takes sheets far past the chat's 50,000 rows, and the bot and the tab say,
 * in both languages, to use the command line or split the sheet when they are past theirs.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-cli-stream-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function io() {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  return { io: { stdin: Readable.from(['']), stdout, stderr: new PassThrough() }, out: () => out };
}

const translator = (lang: 'en' | 'hi'): Translate => createI18n(loadConfig().localesDir).getFixedT(lang) as unknown as Translate;

describe('sahayak check FILE prints what the whole-file checker printed', () => {
  test.each([['xlsx', 'en'], ['xlsx', 'hi'], ['csv', 'en']] as const)('%s, %s: text and --json', async (kind, lang) => {
    const rows = generatedSheet('current', 400, 42);
    const file = path.join(dir, `sheet-${lang}.${kind}`);
    fs.writeFileSync(file, kind === 'xlsx' ? await workbookXlsx(rows) : Buffer.from(csvText(rows)));
    const { result } = await checkFilePath(file, { now: new Date() });
    const t = translator(lang);
    const text = io();
    expect(await runCheck([file, '--lang', lang], text.io, loadConfig())).toBe(0);
    expect(text.out()).toBe(`${renderRowCheckText(result, lang, t, { maxRowsShown: Infinity })}\n`);
    const json = io();
    expect(await runCheck([file, '--json', '--lang', lang], json.io, loadConfig())).toBe(0);
    expect(json.out()).toBe(`${JSON.stringify(toContractJson(result, t))}\n`);
  });

  test('a sheet past the chat limit (60,000 rows) is checked whole, and --out writes the annotated copy', async () => {
    expect(CLI_FILE_LIMITS.maxRows).toBeGreaterThanOrEqual(1_000_000);
    const file = path.join(dir, 'big.csv');
    await writeBenchCsv(file, 60_000);
    expect((await checkFilePath(file)).result.limit).toEqual({ code: 'too-many-rows', params: { max: FILE_LIMITS.maxRows } });
    const out = path.join(dir, 'big-checked.xlsx');
    const s = io();
    expect(await runCheck([file, '--json', '--out', out], s.io, loadConfig())).toBe(0);
    const parsed = JSON.parse(s.out());
    expect(parsed.rows).toHaveLength(60_000);
    expect(parsed.rows.filter((r: { valid: boolean }) => !r.valid)).toHaveLength(13_714);
    expect(fs.existsSync(out)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  }, 120_000);

  test('a limit leaves no annotated copy behind, not even a partial one', async () => {
    const file = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(file, 'PK\u0003\u0004 not a workbook');
    const out = path.join(dir, 'bad-checked.xlsx');
    await expect(runCheck([file, '--out', out], io().io, loadConfig())).rejects.toThrow(/./);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('bad-checked'))).toEqual([]);
  });
});

describe('past the bot\'s and the tab\'s row limits: use the command line, or split the sheet (both languages)', () => {
  test('the tab says so in English and Hindi', () => {
    const e = tabError(createI18n(loadConfig().localesDir), 'too-many-rows', { max: 2000 });
    expect(e.message.en).toMatch(/2000/);
    for (const text of [e.message.en, e.message.hi]) expect(text).toContain('sahayak check');
    expect(e.message.hi).toMatch(/\p{Script=Devanagari}/u);
  });

  test('the bot says so for a file of more than 50,000 rows, in the user\'s language', async () => {
    const body = fs.readFileSync(await (async () => {
      const file = path.join(dir, 'bot-big.csv');
      await writeBenchCsv(file, FILE_LIMITS.maxRows + 1);
      return file;
    })());
    const server = http.createServer((_req, res) => res.end(body));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}/staff.csv`;
    // The product refuses this machine's addresses: the test's own server is let through by an injected policy.
    const policy = localFilePolicy([port]);
    try {
      for (const [text, expected] of [['', /command line.*50000 rows|50000 rows.*command line/s], ['यह फ़ाइल जाँचें', /कमांड लाइन/]] as const) {
        const { adapter } = createHarness(undefined, { downloadAndCheck: (u, o) => downloadAndCheck(u, { ...o, policy }), upload: (u, b) => uploadToUrl(u, b, policy) });
        const message: Partial<Activity> = { type: 'message', text, attachments: [{ contentType: FILE_DOWNLOAD_INFO, name: 'staff.csv', content: { downloadUrl: url, fileType: 'csv' } }] };
        let said = '';
        await adapter.send(message).assertReply((a) => {
          said = cardText((a as Activity).attachments?.[0]?.content);
        });
        expect(said).toMatch(expected);
        expect(said).toContain('sahayak check');
      }
    } finally {
      await new Promise((r) => server.close(r));
    }
  }, 120_000);
});
