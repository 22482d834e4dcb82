import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { CLIENT_CACHE_LIMITS, ReusingBotFrameworkAuthentication } from '../../src/bot/reused-clients';
import { APP_ID, type BotFrameworkStandIn, startBotFrameworkStandIn } from '../helpers/bot-framework-standin';
import { message, post, startTestApp, type TestApp } from '../server/helpers/http-app';

/**
 * The turn's clients (connector, user token) are made once and reused, with the app's real
 * credentials: tested against a local token endpoint and a connector stand-in that checks
 * the bearer token every call carries.
 */
const BOTFRAMEWORK_SCOPE = 'https://api.botframework.com/.default';

let bf: BotFrameworkStandIn;
let dir: string;
beforeAll(async () => {
  bf = await startBotFrameworkStandIn();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-clients-'));
});
afterAll(async () => {
  await bf.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A message as Teams sends it with normal delivery: the bot answers through the connector. */
function channelMessage(text: string, serviceUrl: string): Record<string, unknown> {
  const m = message(text, { serviceUrl });
  delete m.deliveryMode;
  return m;
}

describe('over HTTP, with an app id and password', () => {
  let app: TestApp;
  const serviceA = () => `${bf.channelUrl}/amer/`;
  const serviceB = () => `${bf.channelUrl}/emea/`;
  beforeAll(async () => {
    app = await startTestApp({ ...bf.env, SAHAYAK_INSIGHTS_FILE: path.join(dir, 'insights.jsonl') });
  });
  afterAll(() => app.stop(1000));

  const send = (text: string, serviceUrl: string, token = bf.channelToken(serviceUrl)) =>
    post(app.url, channelMessage(text, serviceUrl), { authorization: `Bearer ${token}` });

  test('replies go to the connector with a token issued to the app for the Bot Framework scope, fetched once for many turns', async () => {
    const before = bf.calls.length;
    for (const q of ['otp nahi aa raha', 'how do I register', 'मेरा खाता लंबित है', 'who approves my account']) expect((await send(q, serviceA())).status).toBe(200);
    const replies = bf.calls.slice(before);
    expect(replies.length).toBeGreaterThanOrEqual(4);
    for (const call of replies) {
      expect(call.method).toBe('POST');
      expect(call.path).toMatch(/^\/amer\/v3\/conversations\/conv-\d+\/activities\/act-\d+$/);
      expect(call.body.type).toBe('message');
    }
    expect(bf.tokens).toHaveLength(1);
    expect(bf.tokens[0]).toMatchObject({ clientId: APP_ID, scope: BOTFRAMEWORK_SCOPE });
    expect(new Set(replies.map((c) => c.authorization))).toEqual(new Set([`Bearer ${bf.tokens[0].accessToken}`]));
    expect(bf.refusedTokenRequests).toBe(0);
  });

  test('a second service URL gets its own client, with the same valid token', async () => {
    const before = bf.calls.length;
    expect((await send('otp nahi aa raha', serviceB())).status).toBe(200);
    const replies = bf.calls.slice(before);
    expect(replies.length).toBeGreaterThanOrEqual(1);
    expect(replies.every((c) => c.path.startsWith('/emea/v3/conversations/'))).toBe(true);
    expect(replies.every((c) => c.authorization === `Bearer ${bf.tokens[0].accessToken}`)).toBe(true);
  });

  test('a token signed by anyone else, for another app, or for another service URL is refused with 401 and nothing is sent', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined); // botbuilder prints the keys it has when one is unknown
    const before = bf.calls.length;
    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = bf.channelToken(serviceA(), {}, privateKey);
    const otherApp = bf.channelToken(serviceA(), { aud: '00000000-0000-0000-0000-000000000bad' });
    const otherService = bf.channelToken(serviceB());
    for (const token of [forged, otherApp, otherService]) expect((await send('otp nahi aa raha', serviceA(), token)).status).toBe(401);
    expect(bf.calls.length).toBe(before);
    jest.restoreAllMocks();
  });

  test('no connection left the machine: every HTTPS host asked for was served by the stand-in', () => {
    expect(bf.httpsHosts.length).toBeGreaterThan(0);
    expect(new Set(bf.httpsHosts)).toEqual(new Set(['login.microsoftonline.com', '127.0.0.1']));
  });
});

describe('ReusingBotFrameworkAuthentication', () => {
  const auth = () => new ReusingBotFrameworkAuthentication({ ...bf.env });
  const activity = (serviceUrl: string): Activity => ({ type: 'message', channelId: 'msteams', serviceUrl, conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }) as Activity;
  const authenticate = (a: ReusingBotFrameworkAuthentication, serviceUrl: string) => a.authenticateRequest(activity(serviceUrl), `Bearer ${bf.channelToken(serviceUrl)}`);

  test('one connector client per service URL and audience, across requests; one user-token client per app id', async () => {
    const a = auth();
    const url = `${bf.channelUrl}/amer/`;
    const first = await authenticate(a, url);
    const second = await authenticate(a, url);
    const client = await first.connectorFactory!.create(url, first.audience);
    expect(await second.connectorFactory!.create(url, second.audience)).toBe(client);
    const other = await (await authenticate(a, `${bf.channelUrl}/emea/`)).connectorFactory!.create(`${bf.channelUrl}/emea/`, first.audience);
    expect(other).not.toBe(client);
    expect(await a.createUserTokenClient(first.claimsIdentity)).toBe(await a.createUserTokenClient(second.claimsIdentity));
    expect(a.keptClients).toEqual({ connectors: 2, userTokens: 1 });
  });

  test('a client for another audience carries credentials for that audience, and its calls carry a token for it', async () => {
    const a = auth();
    const url = `${bf.channelUrl}/skills/`;
    const { claimsIdentity, connectorFactory } = await authenticate(a, url);
    const skill = await connectorFactory!.create(url, 'api://other-bot');
    expect(skill).not.toBe(await connectorFactory!.create(url));
    const before = bf.calls.length;
    await skill.conversations.sendToConversation('c1', { type: 'message', text: 'hi' } as Activity);
    const issued = bf.tokens.find((t) => t.scope === 'api://other-bot/.default');
    expect(issued).toBeDefined();
    expect(bf.calls.slice(before)).toEqual([expect.objectContaining({ path: '/skills/v3/conversations/c1/activities', authorization: `Bearer ${issued!.accessToken}` })]);
    expect(claimsIdentity.getClaimValue('aud')).toBe(APP_ID);
  });

  test('the kept user-token client calls the OAuth service with a Bot Framework token', async () => {
    const a = auth();
    const { claimsIdentity } = await authenticate(a, `${bf.channelUrl}/amer/`);
    const before = bf.calls.length;
    await (await a.createUserTokenClient(claimsIdentity)).getTokenStatus('user-1', 'msteams', '');
    const [call] = bf.calls.slice(before);
    expect(call.path).toBe('/api/usertoken/GetTokenStatus');
    expect(bf.tokens.find((t) => `Bearer ${t.accessToken}` === call.authorization)?.scope).toBe(BOTFRAMEWORK_SCOPE);
  });

  test('hostile service URLs cannot grow the cache past its bound (auth off: any URL is accepted)', async () => {
    const open = new ReusingBotFrameworkAuthentication({});
    for (let i = 0; i < CLIENT_CACHE_LIMITS.connectors + 20; i++) {
      const url = `http://127.0.0.1:9/${i}/`;
      const r = await open.authenticateRequest(activity(url), '');
      await r.connectorFactory!.create(url, r.audience);
    }
    expect(open.keptClients.connectors).toBe(CLIENT_CACHE_LIMITS.connectors);
  });

  test('a client that could not be made is not kept: the next request tries again', async () => {
    const a = new ReusingBotFrameworkAuthentication({ ...bf.env });
    const url = `${bf.channelUrl}/amer/`;
    const r = await authenticate(a, url);
    const failing = { create: () => Promise.reject(new Error('no credentials')) };
    const reusing = (a as unknown as { reusing(c: unknown, f: unknown): { create(u: string): Promise<unknown> } }).reusing(r.claimsIdentity, failing);
    await expect(reusing.create(url)).rejects.toThrow('no credentials');
    await new Promise((resolve) => setImmediate(resolve));
    expect(a.keptClients.connectors).toBe(0);
  });
});
