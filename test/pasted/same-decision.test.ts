import { Readable, PassThrough } from 'node:stream';
import { runCheck } from '../../src/cli/commands/check';
import { loadConfig } from '../../src/config';
import { checkPastedText } from '../../src/domain/bulk-upload';
import { createI18n } from '../../src/i18n';
import { errorText, limitText, type Translate } from '../../src/present/row-check-messages';
import { message, post, replyTexts, startTestApp, type TestApp } from '../server/helpers/http-app';
import { FAULTY_ROWS } from './faulty-rows';

/** The chat, the tab and `sahayak check` share one reading of pasted text: the same text is checked the same way by all three. */
const t = createI18n(loadConfig({}).localesDir).getFixedT('en') as unknown as Translate;
const CASES: readonly [string, string][] = [
  ...FAULTY_ROWS.filter((c) => !/Devanagari/.test(c.kind)).map((c) => [c.kind, c.rows.map((r) => r.join('\t')).join('\n')] as [string, string]),
  ['single spaces, one row', 'Suresh Yadav suresh@nic 98112 Group B'],
  ['runs of spaces', 'Suresh Yadav    suresh@nic.in    98112    Group B'],
];
const RUN_TOGETHER = ['Suresh Yadav suresh@nic.in 9811223344 Group B Asha Verma asha@nic.in 9811223345 Group C', 'Suresh Yadavsuresh@nic.in9811223344Group B'];

async function cli(text: string): Promise<any> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  expect(await runCheck(['--json'], { stdin: Readable.from([text]), stdout, stderr: new PassThrough() }, loadConfig({}))).toBe(0);
  return JSON.parse(out);
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop(1000);
});

const tab = async (text: string) => {
  const res = await fetch(`${app.url}/api/tab/check`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
  return { status: res.status, body: await res.json() };
};

it.each(CASES)('%s: chat, tab and CLI report the same errors', async (_kind, text) => {
  const rows = checkPastedText(text, { now: new Date() }).rows;
  const expected = rows.map((r) => r.errors.map((e) => errorText(e, t)));
  const chat = replyTexts((await post(app.url, message(text))).json).join('\n');
  for (const e of expected.flat()) expect(chat).toContain(e);
  const fromCli = await cli(text);
  expect(fromCli.rows.map((r: any) => r.errors.map((e: any) => e.message))).toEqual(expected);
  const fromTab = await tab(text);
  expect(fromTab.status).toBe(200);
  expect(fromTab.body.rows).toBe(rows.length);
  expect(fromTab.body.problems.map((p: any) => [p.line, p.items.filter((i: any) => i.kind === 'error').map((i: any) => i.message.en)]))
    .toEqual(rows.filter((r) => r.errors.length || r.warnings.length).map((r) => [r.line, r.errors.map((e) => errorText(e, t))]));
});

it.each(RUN_TOGETHER)('separators lost (%j): the same bilingual answer from chat, tab and CLI', async (text) => {
  const said = limitText({ code: 'separators-lost' }, t);
  expect(replyTexts((await post(app.url, message(text))).json).join('\n')).toContain(said);
  expect((await cli(text)).limit).toEqual({ code: 'separators-lost', message: said });
  const fromTab = await tab(text);
  expect(fromTab.status).toBe(400);
  expect(fromTab.body.error.code).toBe('separators-lost');
  expect(fromTab.body.error.message.en).toBe(said);
  expect(fromTab.body.error.message.hi).toMatch(/\p{Script=Devanagari}/u);
});
