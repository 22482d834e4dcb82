import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import tls from 'node:tls';

/**
 * A local stand-in for the Bot Framework's services, for tests that run with an app id and
 * password: an Entra ID token endpoint (HTTPS, as MSAL requires), the channel's OpenID keys, a
 * connector that records every call with the bearer token it carried, and the user-token service.
 * Nothing leaves the machine: every HTTPS connection this process opens goes to the login stand-in.
 */

const TLS_DIR = path.resolve(__dirname, '../fixtures/tls');
export const TEST_TLS = { key: fs.readFileSync(path.join(TLS_DIR, 'local-test.key')), cert: fs.readFileSync(path.join(TLS_DIR, 'local-test.crt')) };

export const APP_ID = '11111111-2222-3333-4444-555555555555';
export const APP_SECRET = 'local-test-secret';
export const TENANT_ID = '99999999-8888-7777-6666-555555555555';
export const CHANNEL_ISSUER = 'https://channel.local.test';

/** A call the connector (or user-token service) stand-in received. */
export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: any;
}

/** A token the login stand-in issued. */
export interface IssuedToken {
  readonly accessToken: string;
  readonly clientId: string;
  readonly scope: string;
}

const listen = (server: http.Server | https.Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

const readBody = (req: http.IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** The running stand-in. */
export interface BotFrameworkStandIn {
  /** `https://127.0.0.1:<port>/<tenant>`: the login URL (authority) the bot is given. */
  readonly loginUrl: string;
  /** `http://127.0.0.1:<port>`: the channel (OpenID keys, connector, user-token service). */
  readonly channelUrl: string;
  readonly tokens: IssuedToken[];
  /** Refused token requests (wrong client id or secret). */
  readonly refusedTokenRequests: number;
  readonly calls: RecordedCall[];
  /** Hosts the process tried to reach over HTTPS (all routed here). */
  readonly httpsHosts: string[];
  /** The bot's settings for this stand-in (botbuilder's names). */
  readonly env: Record<string, string>;
  /** A channel token for the bot, signed with the channel's key (claims override the defaults). */
  channelToken(serviceUrl: string, claims?: Record<string, unknown>, key?: crypto.KeyObject): string;
  close(): Promise<void>;
}

/** Starts the stand-in and routes this process's HTTPS connections to it (undone by `close`). */
export async function startBotFrameworkStandIn(): Promise<BotFrameworkStandIn> {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const tokens: IssuedToken[] = [];
  const calls: RecordedCall[] = [];
  const httpsHosts: string[] = [];
  let refused = 0;
  let loginPort = 0;

  const login = https.createServer(TEST_TLS, async (req, res) => {
    const url = new URL(req.url ?? '/', 'https://localhost');
    const base = `https://127.0.0.1:${loginPort}`;
    if (url.pathname === '/common/discovery/instance') {
      // Entra ID's instance discovery (MSAL asks it about any authority it does not know).
      sendJson(res, 200, {
        tenant_discovery_endpoint: `${base}/${TENANT_ID}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: `127.0.0.1:${loginPort}`, preferred_cache: `127.0.0.1:${loginPort}`, aliases: [`127.0.0.1:${loginPort}`] }],
      });
      return;
    }
    const tenant = url.pathname.split('/')[1];
    if (url.pathname.endsWith('/v2.0/.well-known/openid-configuration')) {
      sendJson(res, 200, {
        token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`, authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`, issuer: `${base}/${tenant}/v2.0`, jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
      });
      return;
    }
    if (req.method === 'POST' && url.pathname.endsWith('/oauth2/v2.0/token')) {
      const form = new URLSearchParams(await readBody(req));
      if (tenant !== TENANT_ID || form.get('client_id') !== APP_ID || form.get('client_secret') !== APP_SECRET || form.get('grant_type') !== 'client_credentials') {
        refused++;
        sendJson(res, 401, { error: 'invalid_client', error_description: 'unknown client' });
        return;
      }
      const accessToken = `at-${tokens.length + 1}-${crypto.randomBytes(6).toString('hex')}`;
      tokens.push({ accessToken, clientId: form.get('client_id')!, scope: form.get('scope') ?? '' });
      sendJson(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken });
      return;
    }
    sendJson(res, 404, { error: 'not_found' });
  });
  loginPort = await listen(login);

  const channel = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/openid') {
      sendJson(res, 200, { issuer: CHANNEL_ISSUER, jwks_uri: `http://127.0.0.1:${channelPort}/keys` });
      return;
    }
    if (url.pathname === '/keys') {
      sendJson(res, 200, { keys: [{ kty: 'RSA', use: 'sig', kid: 'channel-key', n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] });
      return;
    }
    const text = await readBody(req);
    calls.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
    if (url.pathname.includes('/api/usertoken/')) sendJson(res, 200, []);
    else sendJson(res, 200, { id: `sent-${calls.length}` });
  });
  const channelPort = await listen(channel);

  // Every HTTPS connection of this process (MSAL's instance discovery goes to login.microsoftonline.com) goes to the login stand-in.
  const previousAgent = https.globalAgent;
  class LocalAgent extends https.Agent {
    createConnection(options: http.RequestOptions): import('node:stream').Duplex {
      httpsHosts.push(String(options.host ?? options.hostname));
      return tls.connect({ host: '127.0.0.1', port: loginPort, ca: TEST_TLS.cert, checkServerIdentity: (_h, cert) => tls.checkServerIdentity('127.0.0.1', cert) });
    }
  }
  https.globalAgent = new LocalAgent({ keepAlive: false }) as https.Agent;

  const channelUrl = `http://127.0.0.1:${channelPort}`;
  return {
    loginUrl: `https://127.0.0.1:${loginPort}/${TENANT_ID}`,
    channelUrl,
    tokens,
    get refusedTokenRequests() {
      return refused;
    },
    calls,
    httpsHosts,
    env: {
      MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_SECRET, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT_ID,
      ToChannelFromBotLoginUrl: `https://127.0.0.1:${loginPort}/${TENANT_ID}`, ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER, ToBotFromChannelOpenIdMetadataUrl: `${channelUrl}/openid`, OAuthUrl: channelUrl,
    },
    channelToken(serviceUrl, claims = {}, key = privateKey) {
      const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const head = part({ alg: 'RS256', typ: 'JWT', kid: 'channel-key' });
      const body = part({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: serviceUrl, nbf: now - 10, exp: now + 600, ...claims });
      return `${head}.${body}.${crypto.sign('sha256', Buffer.from(`${head}.${body}`), key).toString('base64url')}`;
    },
    async close() {
      https.globalAgent = previousAgent;
      login.closeAllConnections();
      channel.closeAllConnections();
      await Promise.all([new Promise((r) => login.close(r)), new Promise((r) => channel.close(r))]);
    },
  };
}
