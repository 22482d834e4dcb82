import { message, post, replyTexts, startTestApp, TestApp } from '../server/helpers/http-app';
import { Azurite, startAzurite } from './azurite';

const DEVANAGARI = /[\u0900-\u097F]/;
const NOTE_EN = /could not save your language choice/;
const NOTE_HI = /सहेज नहीं पाया/;
const TIMINGS = { timeoutMs: 1500, cooldownMs: 1000 };

let azurite: Azurite;
let one: TestApp;
let two: TestApp;

beforeAll(async () => {
  azurite = await startAzurite();
  const env = { SAHAYAK_BLOB_CONNECTION_STRING: azurite.connectionString, SAHAYAK_BLOB_CONTAINER: 'shared-state-test' };
  [one, two] = await Promise.all([startTestApp(env, TIMINGS), startTestApp(env, TIMINGS)]);
}, 30_000);
afterAll(async () => {
  await Promise.all([one?.stop(1000), two?.stop(1000)]);
  await azurite?.stop();
});

const as = (user: string, text: string, extra: Record<string, unknown> = {}) => message(text, { from: { id: user }, ...extra });

test('both instances use the blob store and are ready', async () => {
  expect(one.store.kind).toBe('blob');
  expect(one.port).not.toBe(two.port);
  expect((await fetch(`${one.url}/readyz`)).status).toBe(200);
  expect((await fetch(`${two.url}/readyz`)).status).toBe(200);
});

test('a language saved through one instance is used by the other', async () => {
  const before = await post(two.url, as('user-shared', 'how do i register on igot'));
  expect(replyTexts(before.json).join('\n')).not.toMatch(DEVANAGARI);

  const saved = await post(one.url, as('user-shared', 'Hindi me batao'));
  expect(saved.status).toBe(200);
  expect(replyTexts(saved.json).join('\n')).not.toMatch(NOTE_HI);

  const after = await post(two.url, as('user-shared', 'how do i register on igot'));
  expect(replyTexts(after.json).join('\n')).toMatch(DEVANAGARI);
});

test('simultaneous language changes for one user on both instances all save (eTag retry), none lost', async () => {
  const requests = Array.from({ length: 12 }, (_, i) => post(i % 2 ? one.url : two.url, as('user-race', i % 2 ? 'Hindi me batao' : 'reply in English')));
  const results = await Promise.all(requests);
  for (const res of results) {
    expect(res.status).toBe(200);
    const text = replyTexts(res.json).join('\n');
    expect(text).not.toMatch(NOTE_EN);
    expect(text).not.toMatch(NOTE_HI);
  }
});

test('with the store down answers still flow, the user is told the preference was not saved, readiness fails; then it recovers', async () => {
  await azurite.stop();
  const t0 = Date.now();
  const answer = await post(one.url, as('user-down', 'otp not received'));
  expect(answer.status).toBe(200);
  expect(replyTexts(answer.json).join('\n')).toMatch(/OTP/i);

  const save = await post(one.url, as('user-down', 'Hindi me batao'));
  expect(save.status).toBe(200);
  const texts = replyTexts(save.json);
  expect(texts.length).toBeGreaterThanOrEqual(2);
  expect(texts[texts.length - 1]).toMatch(NOTE_HI);
  const saveEn = await post(two.url, as('user-down', 'reply in English'));
  expect(replyTexts(saveEn.json).join('\n')).toMatch(NOTE_EN);
  expect(Date.now() - t0).toBeLessThan(3 * TIMINGS.timeoutMs + 2000);

  expect((await fetch(`${one.url}/readyz`)).status).toBe(503);
  expect((await fetch(`${one.url}/healthz`)).status).toBe(200);
  expect(one.logs.some((l) => l.includes('state store unreachable'))).toBe(true);

  // The store comes back (empty: in-memory emulator) on the same port: readiness and saving recover.
  azurite = await startAzurite(azurite.port);
  expect((await fetch(`${one.url}/readyz`)).status).toBe(200);
  const again = await post(one.url, as('user-down', 'Hindi me batao'));
  expect(replyTexts(again.json).join('\n')).not.toMatch(NOTE_HI);
}, 30_000);
