import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';

type Auth = ConfigurationBotFrameworkAuthentication;
type ClaimsIdentity = Parameters<Auth['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<Auth['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Auth['createUserTokenClient']>>;
type AuthenticateRequestResult = Awaited<ReturnType<Auth['authenticateRequest']>>;

/** How many clients are kept (service URLs × identities × audiences: a handful in practice; bounded against hostile input). */
export const CLIENT_CACHE_LIMITS = Object.freeze({ connectors: 64, userTokens: 16 });

/**
 * The bot's app id in a claims identity, as botbuilder reads it: the `aud` claim (a channel's
 * token is issued to the bot), else `appid` (the Emulator); undefined for anonymous requests.
 */
export function appIdOf(claims: ClaimsIdentity): string | undefined {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? undefined;
}

/** A bounded map of promised clients; a promise that fails is forgotten, so the next turn tries again. */
class ClientCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly max: number) {}

  get(key: string, make: () => Promise<V>): Promise<V> {
    let client = this.entries.get(key);
    if (client) return client;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    client = make();
    this.entries.set(key, client);
    client.catch(() => {
      if (this.entries.get(key) === client) this.entries.delete(key);
    });
    return client;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * botbuilder's configuration-driven authentication, reusing the clients a turn needs. Its
 * `CloudAdapter` builds a new `ConnectorClient` (credentials, HTTP pipeline) and a new
 * `UserTokenClient` on every turn, even when the replies go back in the HTTP body; the older
 * `BotFrameworkAdapter` kept them. Here a connector client is kept per bot app id, service URL
 * and audience (the credentials a client holds are made for exactly that identity and scope),
 * and a user-token client per app id. Token validation is untouched: every request is still
 * authenticated by botbuilder before a client is handed out. Access tokens are cached and
 * renewed by botbuilder's credentials themselves.
 */
export class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new ClientCache<ConnectorClient>(CLIENT_CACHE_LIMITS.connectors);
  private readonly userTokens = new ClientCache<UserTokenClient>(CLIENT_CACHE_LIMITS.userTokens);

  /** Authenticates as botbuilder does; the result's connector factory hands out kept clients. */
  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.claimsIdentity, result.connectorFactory) } : result;
  }

  /** A connector factory for proactive turns, handing out kept clients. */
  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(claimsIdentity, super.createConnectorFactory(claimsIdentity));
  }

  /** The user-token client for the identity's app id (made once per app id). */
  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokens.get(JSON.stringify([appIdOf(claimsIdentity) ?? null]), () => super.createUserTokenClient(claimsIdentity));
  }

  /** Clients kept now (for tests and diagnostics). */
  get keptClients(): { connectors: number; userTokens: number } {
    return { connectors: this.connectors.size, userTokens: this.userTokens.size };
  }

  private reusing(claimsIdentity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    const appId = appIdOf(claimsIdentity) ?? null;
    return {
      create: (serviceUrl: string, audience?: string) =>
        this.connectors.get(JSON.stringify([appId, serviceUrl, audience ?? null]), () => factory.create(serviceUrl, audience)),
    } as ConnectorFactory;
  }
}
