/**
 * Finding 5 of issue 11: file checks are a bounded resource. At most SAHAYAK_FILE_CHECKS run at once and
 * SAHAYAK_FILE_QUEUE wait; beyond that the chat says "busy, try again in a minute" in the user's language
 * and the tab gets 429 with Retry-After, before its file is read. Chat and tab share the slots.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FILE_DOWNLOAD_INFO } from '../../src/bot/file-check-flow';
import { message, post, replyTexts, startTestApp, type TestApp } from '../server/helpers/http-app';
import { localFilePolicy } from './helpers/local-policy';

let held: (() => void)[] = [];
let server: http.Server;
let port = 0;
let app: TestApp;

beforeAll(async () => {
  // `/hold.csv` answers only when the test lets it: the check holding a slot meanwhile.
  server = http.createServer((req, res) => {
    held.push(() => res.end('Full Name,Email,Mobile Number,Group,Designation\nAsha Verma,asha@gmail.com,9876543210,Group C,Clerk\n'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
  app = await startTestApp({ SAHAYAK_FILE_CHECKS: '1', SAHAYAK_FILE_QUEUE: '1' }, undefined, { outbound: localFilePolicy([port]) });
});
afterAll(async () => {
  for (const release of held) release();
  await app.stop(1000);
  await new Promise<void>((r) => server.close(() => r()));
});

const fileActivity = (locale: string) => message('', {
  locale,
  attachments: [{ contentType: FILE_DOWNLOAD_INFO, name: 'staff.csv', content: { downloadUrl: `http://127.0.0.1:${port}/hold.csv`, fileType: 'csv', uniqueId: 'u1' } }],
});

const waitFor = async (ok: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(ok()).toBe(true);
};

test('one check runs, one waits, the next is told in its language to try again in a minute; the tab gets 429', async () => {
  const running = post(app.url, fileActivity('en-IN'));
  await waitFor(() => held.length === 1);
  const waiting = post(app.url, fileActivity('en-IN'));
  await new Promise((r) => setTimeout(r, 200));
  expect(held).toHaveLength(1); // the second waits for the slot, its download not started

  const refusedHi = await post(app.url, { ...fileActivity('hi-IN'), text: 'फ़ाइल जाँचें' });
  expect(refusedHi.status).toBe(200);
  expect(replyTexts(refusedHi.json).join('\n')).toMatch(/एक मिनट बाद/);
  const refusedEn = await post(app.url, fileActivity('en-IN'));
  expect(replyTexts(refusedEn.json).join('\n')).toMatch(/try again in a minute/i);

  const tab = await fetch(`${app.url}/api/tab/check?name=users.csv`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: 'Full Name,Email\nA,b@c.in\n' });
  expect(tab.status).toBe(429);
  expect(tab.headers.get('retry-after')).toBe('60');
  const body = (await tab.json()) as { error: { code: string; message: { en: string; hi: string } } };
  expect(body.error.code).toBe('busy');
  expect(body.error.message.hi).toMatch(/\p{Script=Devanagari}/u);

  held.shift()!();
  expect(replyTexts((await running).json).join('\n')).toMatch(/Mobile Number|No problems|row/i);
  await waitFor(() => held.length === 1);
  held.shift()!();
  expect((await waiting).status).toBe(200);

  // The slots are free again: the tab checks.
  const again = await fetch(`${app.url}/api/tab/check?name=users.csv`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: 'Full Name,Email,Mobile Number,Group,Designation\nAsha Verma,asha@gmail.com,9876543210,Group C,Clerk\n' });
  expect(again.status).toBe(200);
}, 60_000);
