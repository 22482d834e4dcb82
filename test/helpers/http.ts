import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';

/** Starts a restify server on a free loopback port; resolves to its base URL. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** A minimal JSON POST over real HTTP (no client library in between). */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

let counter = 0;

/** A message activity asking for the replies in the HTTP response (`deliveryMode: expectReplies`). */
export function messageActivity(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return {
    type: 'message',
    id: `m${counter}`,
    text,
    deliveryMode: 'expectReplies',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: `user-${counter}`, name: 'Test User' },
    recipient: { id: 'bot', name: 'Sahayak' },
    conversation: { id: `conv-${counter}`, conversationType: 'personal' },
    ...extra,
  };
}
