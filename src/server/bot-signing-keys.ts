import { AuthenticationConstants } from 'botframework-connector';
// Not exported by the package's index: botbuilder 4.23.3 is its last release, so these paths stay put.
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';

/** Thrown when no signing key was ever had and none can be fetched now: the request gets 503 with Retry-After. */
export class SigningKeysUnavailable extends Error {
  readonly name = 'SigningKeysUnavailable';
  readonly statusCode = 503;
  constructor() {
    super('Bot Framework signing keys unavailable');
  }
}

/** Limits of fetching the signing keys. */
export const SIGNING_KEY_LIMITS = Object.freeze({
  /** One fetch of the metadata and then the keys, in all. */
  timeoutMs: 3000,
  /** Keys are fetched again after this long (botbuilder: 24 h). */
  refreshMs: 24 * 3600_000,
  /** After a failed fetch, the next try waits this long (requests meanwhile use the last good keys, or get 503). */
  cooldownMs: 30_000,
  /** A token with a key id not in the set makes the keys be fetched again at most this often. */
  unknownKeyMs: 5 * 60_000,
});

type Jwk = { kid?: string; n?: string; e?: string; endorsements?: string[] };
type Key = Awaited<ReturnType<OpenIdMetadata['getKey']>>;

async function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal, redirect: 'error' });
  if (!res.ok) throw new Error(`status ${res.status}`);
  return res.json();
}

/**
 * botbuilder's OpenID metadata, bounded: one fetch at a time with a time limit, the last good keys kept
 * when a refresh fails, and a cooldown after a failure. (botbuilder's own fetch has no time limit, throws
 * away nothing but also keeps nothing on failure, and fetches once per waiting request.)
 */
class BoundedOpenIdMetadata extends OpenIdMetadata {
  private fetchedAt = 0;
  private failedAt = -Infinity;
  private loading?: Promise<void>;

  constructor(private readonly source: string, private readonly limits = SIGNING_KEY_LIMITS) {
    super(source);
  }

  private get current(): Jwk[] | undefined {
    return (this as unknown as { keys?: Jwk[] }).keys;
  }

  async getKey(keyId: string): Promise<Key> {
    if (!this.current || Date.now() - this.fetchedAt > this.limits.refreshMs) await this.refresh();
    if (!this.current) throw new SigningKeysUnavailable();
    if (!this.findKeyOf(keyId) && Date.now() - this.fetchedAt > this.limits.unknownKeyMs) await this.refresh();
    return this.findKeyOf(keyId);
  }

  /** botbuilder's own look-up (a PEM from the JWK), over the keys this object holds. */
  private findKeyOf(keyId: string): Key {
    return (this as unknown as { findKey(id: string): Key }).findKey(keyId);
  }

  private refresh(): Promise<void> {
    if (Date.now() - this.failedAt < this.limits.cooldownMs) return Promise.resolve();
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    const signal = AbortSignal.timeout(this.limits.timeoutMs);
    try {
      const config = (await getJson(this.source, signal)) as { jwks_uri?: unknown };
      if (typeof config.jwks_uri !== 'string') throw new Error('no jwks_uri');
      const jwks = (await getJson(config.jwks_uri, signal)) as { keys?: unknown };
      if (!Array.isArray(jwks.keys)) throw new Error('no keys');
      (this as unknown as { keys: Jwk[] }).keys = jwks.keys as Jwk[];
      this.fetchedAt = Date.now();
    } catch {
      this.failedAt = Date.now();
    }
  }
}

/** Where the Bot Framework's metadata is fetched from (tests point both at a local server). */
export interface BotKeySources {
  readonly channel?: string;
  readonly emulator?: string;
}

/**
 * Makes botbuilder's token validation fetch its signing keys through {@link BoundedOpenIdMetadata}
 * (botbuilder keeps one metadata object per URL in a process-wide map; ours take the public URLs' places).
 */
export function boundBotSigningKeys(sources: BotKeySources = {}, limits = SIGNING_KEY_LIMITS): void {
  const cache = (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, OpenIdMetadata> }).openIdMetadataCache;
  const channel = AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;
  const emulator = AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl;
  cache.set(channel, new BoundedOpenIdMetadata(sources.channel ?? channel, limits));
  cache.set(emulator, new BoundedOpenIdMetadata(sources.emulator ?? emulator, limits));
}
