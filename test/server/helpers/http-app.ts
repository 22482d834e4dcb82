import { Writable } from 'node:stream';
import { cardText } from '../../cards/card-text';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/server/logger';
import { RunningApp, startApp } from '../../../src/index';
import type { StoreTimings } from '../../../src/storage/create-storage';
import { tempWorklistFile } from '../../helpers/temp-worklist';
import type { OutboundPolicy } from '../../../src/files/outbound';
import type { BotKeySources } from '../../../src/server/bot-signing-keys';

/** A started app with its log lines captured in memory. */
export interface TestApp extends RunningApp {
  /** Every log line written so far (raw JSON text). */
  readonly logs: string[];
}

/** Starts the real app on a free port with logs captured (trace level: everything) and a worklist file of its own. */
export async function startTestApp(env: Record<string, string> = {}, storeTimings?: StoreTimings, options: { noTab?: boolean; outbound?: OutboundPolicy; botKeySources?: BotKeySources } = {}): Promise<TestApp> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'trace', SAHAYAK_INSIGHTS_FILE: tempWorklistFile(), ...env });
  const app = await startApp(config, { logger: createLogger('trace', sink), storeTimings, routes: options.noTab ? [] : undefined, outbound: options.outbound, botKeySources: options.botKeySources });
  return Object.assign(app, { logs });
}

let seq = 0;

/** A Teams-like message activity asking for replies in the HTTP body. */
export function message(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  seq++;
  return {
    type: 'message',
    id: `act-${seq}`,
    text,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    from: { id: 'user-1', name: 'Test User' },
    recipient: { id: 'bot', name: 'Sahayak' },
    conversation: { id: `conv-${seq}`, conversationType: 'personal' },
    locale: 'en-IN',
    ...extra,
  };
}

/** Posts raw text or a JSON body to `/api/messages`. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; text: string; ms: number }> {
  const t0 = Date.now();
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, ms: Date.now() - t0 };
}

/** What the message replies in an expectReplies body say: everything on a card, else the message text. */
export function replyTexts(json: any): string[] {
  return (json?.activities ?? [])
    .filter((a: any) => a.type === 'message')
    .map((a: any) => (a.attachments?.[0]?.content ? cardText(a.attachments[0].content) : String(a.text ?? '')));
}
