import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

/** The hosts Teams keeps a bot's files in (personal chats: the user's OneDrive for Business, `<tenant>-my.sharepoint.com`). */
export const TEAMS_FILE_HOSTS: readonly string[] = Object.freeze(['*.sharepoint.com']);

type LookupAll = (hostname: string, callback: (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void) => void;

/** The system resolver, every address of a name. */
const systemLookup: LookupAll = (hostname, callback) => dns.lookup(hostname, { all: true, verbatim: true }, callback);

/**
 * Where the server may send a request for a file (the download of a sent file, the upload of its
 * checked copy). Every URL, and every redirect, is checked; every address a name resolves to is
 * checked before the connection is made (so a name that points inside the network is refused too).
 */
export interface OutboundPolicy {
  /** Why this URL must not be requested (scheme, host, port), or undefined. */
  refuseUrl(url: URL): string | undefined;
  /** Why a connection to this address (for `url`) must not be made, or undefined. */
  refuseAddress(address: string, url: URL): string | undefined;
  /** Resolves a name to all its addresses (injected in tests). */
  readonly lookup: LookupAll;
  /** One time limit for a whole request, its redirects included (ms). */
  readonly totalMs: number;
}

// Two lists: a BlockList also matches an IPv4 address against IPv4-mapped IPv6 rules.
const PRIVATE_V4 = new net.BlockList();
const PRIVATE_V6 = new net.BlockList();
for (const [net4, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE_V4.addSubnet(net4, bits, 'ipv4');
// Azure's platform endpoint (DNS, the instance metadata wire server) is a public address reachable only from inside.
PRIVATE_V4.addAddress('168.63.129.16', 'ipv4');
for (const [net6, bits] of [
  ['::', 127], ['::ffff:0:0', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) PRIVATE_V6.addSubnet(net6, bits, 'ipv6');

/** Why an address must not be connected to: loopback, private, link-local (cloud metadata), reserved; undefined for a public address. */
export function nonPublicAddress(address: string): string | undefined {
  const family = net.isIP(address);
  if (family === 0) return 'not an IP address';
  const blocked = family === 4 ? PRIVATE_V4.check(address, 'ipv4') : PRIVATE_V6.check(address, 'ipv6');
  return blocked ? 'not a public address' : undefined;
}

/** True when `host` is one of `patterns` (`*.example.com` = any subdomain of example.com). */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return patterns.some((p) => (p.startsWith('*.') ? h.endsWith(p.slice(1)) && h.length > p.length - 1 : h === p));
}

/**
 * The product's policy: HTTPS on the default port, to an allowed host (default: the SharePoint hosts
 * Teams uses), resolving only to public addresses, all within `totalMs`.
 */
export function filePolicy(hosts: readonly string[] = TEAMS_FILE_HOSTS, options: { lookup?: LookupAll; totalMs?: number } = {}): OutboundPolicy {
  return Object.freeze({
    refuseUrl: (url: URL) => {
      if (url.protocol !== 'https:') return 'not https';
      if (url.port && url.port !== '443') return 'not the https port';
      if (url.username || url.password) return 'credentials in the URL';
      return hostMatches(url.hostname, hosts) ? undefined : 'host not allowed';
    },
    refuseAddress: (address: string) => nonPublicAddress(address),
    lookup: options.lookup ?? systemLookup,
    totalMs: options.totalMs ?? 20_000,
  });
}

/** How a request through {@link requestWithPolicy} ended. */
export type Outcome =
  | { readonly ok: true; readonly status: number; readonly body: Buffer }
  | { readonly ok: false; readonly reason: 'refused' | 'timeout' | 'too-large' | 'failed'; readonly status?: number };

/** What to send. */
export interface RequestSpec {
  readonly method: 'GET' | 'PUT';
  readonly body?: Buffer;
  readonly headers?: Record<string, string | number>;
  /** Largest response body read (larger: 'too-large'). */
  readonly maxBytes: number;
  /** Redirects followed (GET only). */
  readonly redirects?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const bare = (host: string): string => host.replace(/^\[|\]$/g, '');

/**
 * Sends one request where `policy` allows: the URL and each redirect's URL are checked, each resolved
 * address is checked before connecting, and the whole exchange has one deadline. Never rejects.
 */
export function requestWithPolicy(rawUrl: string, spec: RequestSpec, policy: OutboundPolicy): Promise<Outcome> {
  const deadline = Date.now() + policy.totalMs;
  return new Promise((resolve) => {
    let done = false;
    let current: http.ClientRequest | undefined;
    const finish = (outcome: Outcome): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      current?.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), Math.max(0, deadline - Date.now()));

    const hop = (href: string, redirectsLeft: number): void => {
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        return finish({ ok: false, reason: 'refused' });
      }
      if (policy.refuseUrl(url)) return finish({ ok: false, reason: 'refused' });
      const literal = net.isIP(bare(url.hostname)) ? bare(url.hostname) : undefined;
      if (literal && policy.refuseAddress(literal, url)) return finish({ ok: false, reason: 'refused' });
      let refusedByAddress = false;
      const lookup: net.LookupFunction = (hostname, options, callback) => {
        policy.lookup(hostname, (err, addresses) => {
          if (err || !addresses.length) return callback(err ?? new Error('no address'), '', 4);
          if (addresses.some((a) => policy.refuseAddress(a.address, url))) {
            refusedByAddress = true;
            return callback(Object.assign(new Error('address refused'), { code: 'EREFUSED' }), '', 4);
          }
          if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
          return callback(null, addresses[0].address, addresses[0].family);
        });
      };
      const lib = url.protocol === 'https:' ? https : http;
      const req = lib.request(url, { method: spec.method, headers: spec.headers, agent: false, lookup: literal ? undefined : lookup });
      current = req;
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        if (spec.method === 'GET' && REDIRECTS.has(status) && res.headers.location && redirectsLeft > 0) {
          res.resume();
          let next: string;
          try {
            next = new URL(res.headers.location, url).toString();
          } catch {
            return finish({ ok: false, reason: 'refused' });
          }
          return hop(next, redirectsLeft - 1);
        }
        if (status < 200 || status >= 300) {
          res.resume();
          return finish({ ok: false, reason: 'failed', status });
        }
        if (Number(res.headers['content-length'] ?? 0) > spec.maxBytes) return finish({ ok: false, reason: 'too-large' });
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > spec.maxBytes) finish({ ok: false, reason: 'too-large' });
          else chunks.push(c);
        });
        res.on('end', () => finish({ ok: true, status, body: Buffer.concat(chunks) }));
        res.on('error', () => finish({ ok: false, reason: 'failed' }));
      });
      req.on('error', () => finish({ ok: false, reason: refusedByAddress ? 'refused' : 'failed' }));
      req.end(spec.body);
    };
    hop(rawUrl, spec.method === 'GET' ? spec.redirects ?? 3 : 0);
  });
}
