import { message, post, startTestApp, TestApp } from '../server/helpers/http-app';

/** A well-formed but unsigned JWT claiming to come from the Bot Framework. */
function forgedToken(): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${part({ iss: 'https://api.botframework.com', aud: '00000000-0000-0000-0000-000000000001', exp: now + 600, nbf: now - 10, serviceurl: 'http://127.0.0.1:9/' })}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

describe('authentication with MicrosoftAppId set', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa' });
  });
  afterAll(() => app.stop(1000));

  test('a request without an Authorization header gets 401 and no reply', async () => {
    const res = await post(app.url, message('otp not received'));
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('OTP');
    expect(res.json).toEqual({ error: 'unauthorized', ref: expect.stringMatching(/^[0-9a-f]{12}$/) });
  });

  test('a refused request is logged once as a warning with its correlation id, not as a server error', async () => {
    const res = await post(app.url, message('otp not received'), { authorization: 'Bearer garbage' });
    const lines = app.logs.filter((l) => l.includes(res.json.ref) && !l.includes('"msg":"request"'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 40, msg: 'request refused', status: 401 });
  });

  test('a garbage bearer token gets 401', async () => {
    for (const auth of ['Bearer garbage', 'Bearer ', 'Basic dXNlcjpwYXNz', `Bearer ${'a'.repeat(5000)}`]) {
      const res = await post(app.url, message('otp not received'), { authorization: auth });
      expect(res.status).toBe(401);
    }
  });

  test('a well-formed but forged token is refused (never a turn)', async () => {
    // Checking its signature needs the Bot Framework's OpenID keys from the internet: online this is 401;
    // offline (as here) they cannot be fetched and the request is refused with 503 (never 500). Either way no reply.
    const res = await post(app.url, message('otp not received'), { authorization: `Bearer ${forgedToken()}` });
    expect([401, 503]).toContain(res.status);
    expect(res.json?.activities).toBeUndefined();
  });

  test('health endpoints stay open for the platform probes', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  test('says once at start-up that auth is on, and does not warn it is off', () => {
    const ready = app.logs.filter((l) => l.includes('"msg":"ready"'));
    expect(ready).toHaveLength(1);
    expect(ready[0]).toContain('"auth":"on"');
    expect(app.logs.join('')).not.toContain('authentication is OFF');
  });
});

describe('without MicrosoftAppId (local use)', () => {
  test('runs open and says so in exactly one log line', async () => {
    const app = await startTestApp();
    try {
      const res = await post(app.url, message('otp not received'));
      expect(res.status).toBe(200);
      expect(app.logs.filter((l) => l.includes('authentication is OFF'))).toHaveLength(1);
    } finally {
      await app.stop(1000);
    }
  });
});
