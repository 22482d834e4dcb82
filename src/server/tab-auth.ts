import type { createLocalJWKSet, JSONWebKeySet } from 'jose';

/** jose is loaded with the first token to check (a server without an app id never needs it; start-up stays small). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jose = (): typeof import('jose') => require('jose') as typeof import('jose');
import type { Request, Response } from 'restify';
import type { AppConfig } from '../config';
import type { I18n } from '../i18n';

/** Limits of fetching the tenant's signing keys (the same rules as the bot's, see bot-signing-keys.ts). */
export const TAB_KEY_LIMITS = Object.freeze({ timeoutMs: 3000, refreshMs: 24 * 3600_000, cooldownMs: 30_000, unknownKeyMs: 5 * 60_000 });

/** Seconds a client is asked to wait when the keys cannot be had. */
const RETRY_SECONDS = 30;

/** The tenant's signing keys: fetched with a time limit, one fetch at a time, the last good set kept when a refresh fails. */
class TenantKeys {
  private keys?: ReturnType<typeof createLocalJWKSet>;
  private kids = new Set<string>();
  private fetchedAt = 0;
  private failedAt = -Infinity;
  private loading?: Promise<void>;

  constructor(private readonly url: string, private readonly limits = TAB_KEY_LIMITS) {}

  /** The key set for a token with this key id; undefined when no keys were ever had (and none can be fetched now). */
  async forKid(kid: string | undefined): Promise<ReturnType<typeof createLocalJWKSet> | undefined> {
    if (!this.keys || Date.now() - this.fetchedAt > this.limits.refreshMs) await this.refresh();
    if (this.keys && kid && !this.kids.has(kid) && Date.now() - this.fetchedAt > this.limits.unknownKeyMs) await this.refresh();
    return this.keys;
  }

  private refresh(): Promise<void> {
    if (Date.now() - this.failedAt < this.limits.cooldownMs) return Promise.resolve();
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    try {
      const res = await fetch(this.url, { signal: AbortSignal.timeout(this.limits.timeoutMs), redirect: 'error' });
      if (!res.ok) throw new Error(`status ${res.status}`);
      const jwks = (await res.json()) as JSONWebKeySet;
      if (!Array.isArray(jwks?.keys)) throw new Error('no keys');
      this.keys = jose().createLocalJWKSet(jwks);
      this.kids = new Set(jwks.keys.map((k) => String(k.kid ?? '')));
      this.fetchedAt = Date.now();
    } catch {
      this.failedAt = Date.now();
    }
  }
}

/** What a token check decided. */
export type TabAuthResult = { readonly ok: true } | { readonly ok: false; readonly status: 401 | 503 };

/**
 * Checks the Microsoft Entra ID token the tab got through Teams single sign-on
 * (`authentication.getAuthToken`): signature from the tenant's keys, audience (the app id or its
 * Application ID URI), issuer of the tenant (v1 and v2 forms), expiry.
 */
export function tabTokenChecker(config: Pick<AppConfig, 'microsoftAppTenantId' | 'tabAudiences' | 'tabKeysUrl'>, limits = TAB_KEY_LIMITS) {
  const tenant = config.microsoftAppTenantId;
  const issuer = [`https://sts.windows.net/${tenant}/`, `https://login.microsoftonline.com/${tenant}/v2.0`];
  const keys = new TenantKeys(config.tabKeysUrl, limits);
  return async (authorization: string | undefined): Promise<TabAuthResult> => {
    const token = /^Bearer ([A-Za-z0-9_.~+/=-]{1,8192})$/.exec(authorization ?? '')?.[1];
    if (!token || token.split('.').length !== 3) return { ok: false, status: 401 };
    let kid: string | undefined;
    try {
      kid = (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as { kid?: unknown }).kid as string | undefined;
    } catch {
      return { ok: false, status: 401 };
    }
    const set = await keys.forKid(typeof kid === 'string' ? kid : undefined);
    if (!set) return { ok: false, status: 503 };
    try {
      const { payload } = await jose().jwtVerify(token, set, { audience: [...config.tabAudiences], issuer, algorithms: ['RS256'], clockTolerance: 300, requiredClaims: ['exp'] });
      return payload.tid === undefined || payload.tid === tenant ? { ok: true } : { ok: false, status: 401 };
    } catch {
      return { ok: false, status: 401 };
    }
  };
}

/**
 * The `/api/tab/*` guard: with `MicrosoftAppId` set, a request without a valid token for the app gets 401
 * (or 503 with Retry-After when the keys cannot be had), with a bilingual JSON error, before its body is
 * read. Undefined without credentials: the tab stays open for local use, as the bot does.
 */
export function tabAuth(config: AppConfig, i18n: I18n): ((req: Request, res: Response, next: (ok?: boolean) => void) => void) | undefined {
  if (!config.microsoftAppId) return undefined;
  const check = tabTokenChecker(config);
  const refuse = (res: Response, status: 401 | 503): void => {
    const key = status === 503 ? 'security:signinUnavailable' : 'security:unauthorized';
    const body = JSON.stringify({ error: { code: status === 503 ? 'signin-unavailable' : 'unauthorized', message: { en: i18n.t(key, { lng: 'en' }), hi: i18n.t(key, { lng: 'hi' }) } } });
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' };
    if (status === 503) headers['Retry-After'] = String(RETRY_SECONDS);
    else headers['WWW-Authenticate'] = 'Bearer';
    res.writeHead(status, headers);
    res.end(body);
  };
  return (req, res, next) => {
    check(req.headers.authorization).then(
      (result) => {
        if (result.ok) return next();
        refuse(res, result.status);
        return next(false);
      },
      () => {
        refuse(res, 401);
        next(false);
      },
    );
  };
}
