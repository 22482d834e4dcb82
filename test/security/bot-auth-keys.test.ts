/**
 * Finding 6 of issue 11: authentication fails closed and fast. When the Bot Framework's signing keys cannot
 * be fetched, a token is refused with 503 and Retry-After within seconds (never 500, never a hang); once
 * keys were had, the last good copy keeps verifying tokens (401 for a forged one, the turn for a valid one).
 */
import { message, post, replyTexts, startTestApp, type TestApp } from '../server/helpers/http-app';
import { startKeyServer, type KeyServer } from './helpers/key-server';

const APP_ID = '00000000-0000-0000-0000-000000000001';
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ENV = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT };
const SERVICE_URL = 'http://127.0.0.1:9/';

let keys: KeyServer;
let app: TestApp;

beforeAll(async () => {
  keys = await startKeyServer({ endorsements: ['msteams'] });
  keys.mode = 'hang';
  app = await startTestApp(ENV, undefined, { botKeySources: { channel: `${keys.base}/openid`, emulator: `${keys.base}/openid` } });
});
afterAll(async () => {
  await app.stop(1000);
  await keys.close();
});

const channelToken = (options: Parameters<KeyServer['sign']>[1] = {}) => keys.sign({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL }, options);
const activity = () => message('otp not received', { serviceUrl: SERVICE_URL });

test('the key endpoint never answers: 20 requests at once are all refused with 503 and Retry-After within seconds', async () => {
  const token = await channelToken({ foreignKey: true });
  const t0 = Date.now();
  const all = await Promise.all(Array.from({ length: 20 }, () => post(app.url, activity(), { authorization: `Bearer ${token}` })));
  const took = Date.now() - t0;
  expect(all.map((r) => r.status)).toEqual(Array(20).fill(503));
  expect(all[0].json).toEqual({ error: 'auth-unavailable', ref: expect.any(String) });
  expect(took).toBeLessThan(8000);
  expect(keys.hits).toBe(1); // one fetch for all of them, not one each
  // During the cooldown no fetch is tried: refused at once.
  const again = await post(app.url, activity(), { authorization: `Bearer ${token}` });
  expect(again.status).toBe(503);
  expect(again.ms).toBeLessThan(1000);
}, 30_000);

test('Retry-After is sent with the 503', async () => {
  const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await channelToken()}` }, body: JSON.stringify(activity()) });
  expect(res.status).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
});

describe('with keys once fetched', () => {
  let live: TestApp;
  let source: KeyServer;
  beforeAll(async () => {
    source = await startKeyServer({ endorsements: ['msteams'] });
    live = await startTestApp(ENV, undefined, { botKeySources: { channel: `${source.base}/openid`, emulator: `${source.base}/openid` } });
  });
  afterAll(async () => {
    await live.stop(1000);
    await source.close();
  });
  const sign = (options: Parameters<KeyServer['sign']>[1] = {}) => source.sign({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL }, options);

  test('a valid token runs the turn; a forged, expired, wrong-audience or unknown-key token gets 401', async () => {
    const ok = await post(live.url, activity(), { authorization: `Bearer ${await sign()}` });
    expect(ok.status).toBe(200);
    expect(replyTexts(ok.json).join('\n')).toMatch(/OTP/);
    for (const token of [
      await sign({ foreignKey: true }),
      await sign({ kid: 'no-such-key' }),
      await sign({ expiresIn: Math.floor(Date.now() / 1000) - 3600 }),
      await source.sign({ iss: 'https://api.botframework.com', aud: 'someone-else', serviceurl: SERVICE_URL }),
    ]) {
      const res = await post(live.url, activity(), { authorization: `Bearer ${token}` });
      expect(res.status).toBe(401);
    }
  });

  test('when the key endpoint then fails or hangs, the last good keys still decide: 401 or the turn, never 500', async () => {
    for (const mode of ['error', 'hang'] as const) {
      source.mode = mode;
      const forged = await post(live.url, activity(), { authorization: `Bearer ${await sign({ foreignKey: true })}` });
      expect(forged.status).toBe(401);
      const unknown = await post(live.url, activity(), { authorization: `Bearer ${await sign({ kid: 'rotated' })}` });
      expect(unknown.status).toBe(401);
      expect(unknown.ms).toBeLessThan(5000);
      const ok = await post(live.url, activity(), { authorization: `Bearer ${await sign()}` });
      expect(ok.status).toBe(200);
    }
  }, 30_000);
});
