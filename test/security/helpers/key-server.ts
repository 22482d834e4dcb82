import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';

/** How the local key server answers: with its keys, with 500, or never. */
export type KeyServerMode = 'ok' | 'error' | 'hang';

/** A local stand-in for an OpenID key endpoint: metadata at `/openid`, keys at `/keys`, and a key to sign test tokens with. */
export interface KeyServer {
  readonly base: string;
  mode: KeyServerMode;
  /** Requests it received. */
  hits: number;
  /** Signs a token with the served key (or with a key it does not serve). */
  sign(claims: JWTPayload, options?: { foreignKey?: boolean; kid?: string; expiresIn?: string | number }): Promise<string>;
  close(): Promise<void>;
}

export async function startKeyServer(extraJwk: Record<string, unknown> = {}): Promise<KeyServer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', use: 'sig', alg: 'RS256', ...extraJwk };
  const hanging: http.ServerResponse[] = [];
  const state = { mode: 'ok' as KeyServerMode, hits: 0 };
  const server = http.createServer((req, res) => {
    state.hits++;
    if (state.mode === 'hang') return void hanging.push(res);
    if (state.mode === 'error') {
      res.writeHead(500);
      return void res.end();
    }
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') return void res.end(JSON.stringify({ issuer: 'test', jwks_uri: `${base}/keys` }));
    return void res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sign = async (claims: JWTPayload, options: { foreignKey?: boolean; kid?: string; expiresIn?: string | number } = {}) => {
    const key: KeyLike = options.foreignKey ? foreign.privateKey : privateKey;
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'test-key', typ: 'JWT' })
      .setIssuedAt().setNotBefore('-1m').setExpirationTime(options.expiresIn ?? '10m').sign(key);
  };
  return Object.assign(state, {
    base, sign,
    close: () => {
      for (const res of hanging.splice(0)) res.destroy();
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  });
}
