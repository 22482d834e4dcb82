import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stand-in received. */
export interface Received {
  readonly method: string;
  /** Decoded path, e.g. `/v3/conversations/19:desk@thread.tacv2;messageid=1/activities`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: any;
  readonly status: number;
  /** What the stand-in answered. */
  readonly response: any;
}

/** A Teams member as the roster returns it. */
export interface Member {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId?: string;
  readonly userPrincipalName?: string;
  readonly userRole?: 'user' | 'guest' | 'anonymous';
}

type Failure = { method: string; path: RegExp; status: number; times: number; headers?: Record<string, string> };

/**
 * A local stand-in for the Bot Connector service (and the one Graph call the desk makes), over
 * real HTTP: the activities' `serviceUrl` points at it. It implements what the adapter calls:
 * create a conversation (a channel post), send to a conversation, reply to an activity, update
 * an activity, get a member, get team details, and records everything it receives.
 */
export class ConnectorStandIn {
  readonly received: Received[] = [];
  /** Roster by conversation or team id. */
  readonly members = new Map<string, Member[]>();
  readonly teams = new Map<string, { id: string; name: string; aadGroupId: string }>();
  /** Graph roles by `<group id>|<object id>`. */
  readonly graphRoles = new Map<string, string[]>();
  private readonly failures: Failure[] = [];
  private readonly hangs: { method: string; path: RegExp; times: number }[] = [];
  /** Requests left unanswered (ended when the stand-in stops). */
  private readonly hung = new Set<http.ServerResponse>();
  private server?: http.Server;
  private seq = 100;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => this.handle(req, Buffer.concat(chunks).toString('utf8'), res));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    for (const res of this.hung) res.destroy();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `times` requests matching `method` and `path` get `status` (with `headers`, e.g. Retry-After). */
  fail(method: string, path: RegExp, status: number, times = 1, headers?: Record<string, string>): void {
    this.failures.push({ method, path, status, times, headers });
  }

  /** The next `times` requests matching `method` and `path` are never answered (a connector that hangs). */
  hang(method: string, path: RegExp, times = 1): void {
    this.hangs.push({ method, path, times });
  }

  /** How many requests are hanging now. */
  get hanging(): number {
    return this.hung.size;
  }

  /** Messages the bot posted or sent into a conversation (new posts, sends and replies), with their cards. */
  sentTo(conversationId: string): any[] {
    return this.received
      .filter((r) => r.status >= 200 && r.status < 300 && r.method === 'POST' && r.path.startsWith(`/v3/conversations/${conversationId}/activities`))
      .map((r) => r.body);
  }

  /** New channel posts (create conversation). */
  posts(): any[] {
    return this.received.filter((r) => r.status >= 200 && r.status < 300 && r.method === 'POST' && r.path === '/v3/conversations').map((r) => r.body);
  }

  /** Updates of a posted activity, oldest first. */
  updatesOf(activityId: string): any[] {
    return this.received.filter((r) => r.status >= 200 && r.status < 300 && r.method === 'PUT' && r.path.endsWith(`/activities/${activityId}`)).map((r) => r.body);
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const path = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      this.received.push({ method, path, query: url.searchParams, body, status, response: json });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    const hang = this.hangs.find((h) => h.times > 0 && h.method === method && h.path.test(path));
    if (hang) {
      hang.times--;
      this.received.push({ method, path, query: url.searchParams, body, status: 0, response: undefined });
      this.hung.add(res);
      res.once('close', () => this.hung.delete(res));
      return;
    }
    const failure = this.failures.find((f) => f.times > 0 && f.method === method && f.path.test(path));
    if (failure) {
      failure.times--;
      return send(failure.status, { error: { code: 'ServiceError', message: 'injected failure' } }, failure.headers);
    }
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v3/conversations') {
      const channel = body?.channelData?.channel?.id;
      const id = ++this.seq;
      return send(201, { id: `${channel};messageid=${id}`, activityId: String(id), serviceUrl: this.url });
    }
    if ((m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path))) {
      if (method === 'POST') return send(200, { id: String(++this.seq) });
      if (method === 'PUT' && m[2]) return send(200, { id: m[2] });
    }
    if (method === 'GET' && (m = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path))) {
      const member = (this.members.get(m[1]) ?? []).find((x) => x.id === m![2]);
      return member ? send(200, { ...member, objectId: member.aadObjectId }) : send(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
    }
    if (method === 'GET' && (m = /^\/v3\/teams\/([^/]+)$/.exec(path))) {
      const team = this.teams.get(m[1]);
      return team ? send(200, team) : send(404, { error: { code: 'NotFound', message: 'no team' } });
    }
    if (method === 'GET' && (m = /^\/v1\.0\/teams\/([^/]+)\/members$/.exec(path))) {
      const objectId = /userId eq '([^']+)'/.exec(url.searchParams.get('$filter') ?? '')?.[1];
      const roles = objectId ? this.graphRoles.get(`${m[1]}|${objectId}`) : undefined;
      return send(200, { value: roles ? [{ '@odata.type': '#microsoft.graph.aadUserConversationMember', userId: objectId, roles }] : [] });
    }
    return send(404, { error: { code: 'NotFound', message: `no route ${method} ${path}` } });
  }
}

/** Waits until `probe` returns something truthy (polling), or fails after `ms`. */
export async function eventually<T>(probe: () => T | undefined | null | false, ms = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
