/**
 * Finding 2 of issue 11: with MicrosoftAppId set, `/api/tab/*` (contacts with names, emails and mobiles;
 * the paste and file checks) needs the Microsoft Entra ID token the tab gets through Teams single sign-on.
 * Checked against a local key server with tokens this test signs: none, wrong audience, wrong tenant,
 * expired, a bad signature → 401 with a bilingual JSON error; valid (v1 and v2 issuers) → 200; keys
 * that cannot be had → 503 with Retry-After. Without credentials the tab stays open.
 */
import { message, post, startTestApp, type TestApp } from '../server/helpers/http-app';
import { startKeyServer, type KeyServer } from './helpers/key-server';

const APP_ID = '00000000-0000-0000-0000-000000000001';
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const RESOURCE = `api://sahayak.example.in/${APP_ID}`;

let keys: KeyServer;
let app: TestApp;
beforeAll(async () => {
  keys = await startKeyServer();
  app = await startTestApp({
    MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT,
    BOT_DOMAIN: 'sahayak.example.in', SAHAYAK_TAB_KEYS_URL: `${keys.base}/keys`,
  });
});
afterAll(async () => {
  await app.stop(1000);
  await keys.close();
});

const v1 = (claims: Record<string, unknown> = {}, options: Parameters<KeyServer['sign']>[1] = {}) => keys.sign({ iss: `https://sts.windows.net/${TENANT}/`, aud: RESOURCE, tid: TENANT, ver: '1.0', ...claims }, options);
const v2 = (claims: Record<string, unknown> = {}) => keys.sign({ iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, aud: APP_ID, tid: TENANT, ver: '2.0', ...claims });

async function contacts(authorization?: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${app.url}/api/tab/contacts?q=railways`, { headers: authorization ? { authorization } : {} });
  return { status: res.status, body: await res.json().catch(() => null), headers: res.headers };
}

test('a valid token (v1 for the Application ID URI, v2 for the app id) gets the contacts', async () => {
  expect((await contacts(`Bearer ${await v1()}`)).status).toBe(200);
  expect((await contacts(`Bearer ${await v2()}`)).status).toBe(200);
});

test.each([
  ['no token', async () => undefined],
  ['not a bearer token', async () => 'Basic dXNlcjpwYXNz'],
  ['garbage', async () => 'Bearer not.a.token'],
  ['the wrong audience', async () => `Bearer ${await v1({ aud: 'api://elsewhere/other-app' })}`],
  ['a Graph token', async () => `Bearer ${await v1({ aud: '00000003-0000-0000-c000-000000000000' })}`],
  ['another tenant', async () => `Bearer ${await v1({ iss: 'https://sts.windows.net/11111111-1111-1111-1111-111111111111/', tid: '11111111-1111-1111-1111-111111111111' })}`],
  ['expired', async () => `Bearer ${await v1({}, { expiresIn: Math.floor(Date.now() / 1000) - 3600 })}`],
  ['a bad signature', async () => `Bearer ${await v1({}, { foreignKey: true })}`],
  ['an unknown key', async () => `Bearer ${await v1({}, { kid: 'other' })}`],
])('%s → 401 with a bilingual error, nothing answered', async (_label, header) => {
  const res = await contacts(await header());
  expect(res.status).toBe(401);
  expect(res.body.error.code).toBe('unauthorized');
  expect(res.body.error.message.en).toMatch(/Teams/);
  expect(res.body.error.message.hi).toMatch(/\p{Script=Devanagari}/u);
  expect(JSON.stringify(res.body)).not.toMatch(/@/);
});

test('the check refuses before reading the body, and unknown tab routes too', async () => {
  const check = await fetch(`${app.url}/api/tab/check`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Full Name\tEmail\nAsha\tasha@gmail.com' });
  expect(check.status).toBe(401);
  const other = await fetch(`${app.url}/api/tab/whatever`);
  expect(other.status).toBe(401);
  const ok = await fetch(`${app.url}/api/tab/check`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${await v2()}` }, body: 'Full Name\tEmail\tMobile Number\tGroup\tDesignation\nAsha Verma\tasha@gmail.com\t9876543210\tGroup C\tClerk' });
  expect(ok.status).toBe(200);
});

test('keys that cannot be had at all: 503 with Retry-After within seconds (another server, its key endpoint down)', async () => {
  const down = await startKeyServer();
  down.mode = 'hang';
  const other = await startTestApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT, SAHAYAK_TAB_KEYS_URL: `${down.base}/keys` });
  try {
    const t0 = Date.now();
    const res = await fetch(`${other.url}/api/tab/contacts?q=railways`, { headers: { authorization: `Bearer ${await down.sign({ iss: `https://sts.windows.net/${TENANT}/`, aud: APP_ID })}` } });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(8000);
  } finally {
    await other.stop(1000);
    await down.close();
  }
}, 30_000);

test('the page itself and the health probes stay open; the bot route is unchanged', async () => {
  expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  expect([200, 503]).toContain((await fetch(`${app.url}/tab`)).status);
  expect((await post(app.url, message('otp'))).status).toBe(401);
});

test('without credentials the tab API stays open (local use)', async () => {
  const open = await startTestApp();
  try {
    expect((await fetch(`${open.url}/api/tab/contacts?q=railways`)).status).toBe(200);
  } finally {
    await open.stop(1000);
  }
});
