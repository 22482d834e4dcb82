import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DESK_VERB } from '../../src/cards/desk-data';
import { ConnectorStandIn, eventually } from '../desk/connector-stand-in';
import { ASHA, ASHA_CHAT, CHANNEL, OWNER, cardOf, channelMessage, executeData, invokeCard, post, press, seedTeams, staffPress, startTestApp, userMessage, type TestApp } from '../desk/desk-http-harness';

/**
 * Nothing of a desk request reaches the logs: not the question, not the answer, not the user's
 * name, ids or chat, not the staff's name; also when deliveries fail and are retried.
 */
const EMAIL = 'rakshanda.thakurani@nic.in';
const MOBILE = '9876543210';
const QUESTION = `My account with ${EMAIL} and mobile ${MOBILE} is stuck, please help urgently`;
const ANSWER = `Dear user, we reset ${EMAIL}; call back on ${MOBILE} if needed`;
const SECRETS = [EMAIL, MOBILE, 'stuck, please help', 'Dear user', ASHA.name, 'Asha', ASHA.id, ASHA_CHAT, ASHA.userPrincipalName!, OWNER.name, CHANNEL, 'desk-channel'];

let standIn: ConnectorStandIn;
let app: TestApp;
const consoleLines: string[] = [];

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    });
  }
  standIn = await new ConnectorStandIn().start();
  seedTeams(standIn);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-logs-'));
  app = await startTestApp({ SAHAYAK_GRAPH_URL: standIn.url, SAHAYAK_DESK_SWEEP_SECONDS: '1', SAHAYAK_INSIGHTS_FILE: path.join(dir, 'i.jsonl') }, undefined, { noTab: true });
}, 30_000);

afterAll(async () => {
  await app?.stop(1000);
  await standIn?.stop();
  jest.restoreAllMocks();
});

test('a whole request, with failing deliveries and hostile presses, leaves no trace of itself in the logs', async () => {
  const url = `${standIn.url}/`;
  await post(app.url, channelMessage(url, OWNER, 'desk here'));
  await post(app.url, userMessage(url, 'talk to a person', { locale: 'en-IN' }));
  const offer = cardOf(standIn.sentTo(ASHA_CHAT).at(-1));
  standIn.fail('POST', /^\/v3\/conversations$/, 500, 6); // the first post fails (past the client's own retries) and is retried later
  await invokeCard(app, press(userMessage(url, ''), { verb: DESK_VERB.send, data: { ...executeData(offer.card, DESK_VERB.send), deskQuestion: QUESTION } }));
  await eventually(() => standIn.posts().length > 0, 15_000, 'the card posted after a retry');
  const created = standIn.received.find((r) => r.path === '/v3/conversations' && r.status === 201)!;
  const [thread, cardId] = [created.response.id, created.response.activityId];
  standIn.fail('POST', new RegExp(`^/v3/conversations/${ASHA_CHAT}/activities$`), 503, 6); // the answer's first delivery fails
  await invokeCard(app, staffPress(url, OWNER, thread, cardId, { verb: DESK_VERB.answer, data: { n: 1, deskAnswer: ANSWER } }));
  await eventually(() => standIn.sentTo(ASHA_CHAT).some((a) => cardOf(a).text.includes('Dear user')), 15_000, 'the answer delivered after a retry');
  // hostile presses: a forged number, junk, an oversized answer, a press from another chat
  const hostile = await Promise.all([
    post(app.url, staffPress(url, OWNER, thread, cardId, { verb: DESK_VERB.close, data: { n: `1; ${EMAIL}` } })),
    post(app.url, press(userMessage(url, ''), { verb: DESK_VERB.reopen, data: { n: 1, junk: EMAIL } }) as never),
    post(app.url, staffPress(url, OWNER, thread, cardId, { verb: DESK_VERB.answer, data: { n: 1, deskAnswer: `${EMAIL} `.repeat(3000) } })),
    post(app.url, { ...staffPress(url, OWNER, thread, cardId, { verb: DESK_VERB.assign, data: { n: 1 } }), conversation: { id: `19:other@thread.tacv2;messageid=${MOBILE}`, conversationType: 'channel' } }),
    post(app.url, press(userMessage(url, ''), { verb: DESK_VERB.send, data: { t: 'x'.repeat(5000), lang: { $ne: 1 }, deskQuestion: ['a'] } }) as never),
  ]);
  // each answered with 200 and nothing done: a refusal, the unchanged card, or the question asked again
  expect(hostile.map((h) => h.status)).toEqual([200, 200, 200, 200, 200]);
  expect(hostile[0].json).toMatchObject({ statusCode: 400 });
  expect(JSON.stringify(hostile[2].json)).toContain('The answer is too long: write at most 2000 characters.');
  expect(hostile[3].json).toMatchObject({ statusCode: 400 });
  expect(JSON.stringify(hostile[4].json)).toContain('Please write your question first.');
  // log lines are written in batches, at most a second late
  await eventually(() => app.logs.some((l) => l.includes('desk message not delivered (will retry)')), 5000, 'the retry warning');
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const everything = `${app.logs.join('\n')}\n${consoleLines.join('\n')}`;
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
}, 60_000);
