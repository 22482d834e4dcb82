import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DESK_VERB } from '../../src/cards/desk-data';
import { ConnectorStandIn, eventually } from './connector-stand-in';
import { ASHA_CHAT, OWNER, cardOf, channelMessage, executeData, invokeCard, post, press, seedTeams, staffPress, startTestApp, userMessage, type TestApp } from './desk-http-harness';

/**
 * The Bot Connector on a bad morning, over real HTTP: it hangs, throttles (429) or fails (5xx).
 * A hung call must not hold a request (nor the instance's shutdown) for ever; every message still
 * arrives, once. (What happens to a request an instance leaves behind is in desk-e2e: another
 * instance over the shared store delivers it.)
 */
let standIn: ConnectorStandIn;
let app: TestApp | undefined;
let url = '';
const env = () => ({ SAHAYAK_GRAPH_URL: standIn.url, SAHAYAK_DESK_SWEEP_SECONDS: '1', SAHAYAK_INSIGHTS_FILE: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'desk-connector-')), 'i.jsonl') });

beforeAll(async () => {
  standIn = await new ConnectorStandIn().start();
  seedTeams(standIn);
  url = `${standIn.url}/`;
}, 30_000);

afterAll(async () => {
  await app?.stop(1000);
  await standIn?.stop();
});

async function sendRequest(a: TestApp, question: string): Promise<void> {
  await post(a.url, userMessage(url, 'talk to a person', { locale: 'en-IN' }));
  const offer = cardOf(standIn.sentTo(ASHA_CHAT).at(-1));
  await invokeCard(a, press(userMessage(url, ''), { verb: DESK_VERB.send, data: { ...executeData(offer.card, DESK_VERB.send), deskQuestion: question } }));
}

const postsOf = (question: string) => standIn.posts().filter((p) => cardOf(p.activity).text.includes(question));

it('a channel post that hangs is given up after a while and tried again: the card arrives once', async () => {
  app = await startTestApp(env(), undefined, { noTab: true });
  await post(app.url, channelMessage(url, OWNER, 'desk here'));
  standIn.hang('POST', /^\/v3\/conversations$/);
  await sendRequest(app, 'Hung post: my approval is pending');
  await eventually(() => standIn.hanging === 1, 5000, 'the hung post');
  await eventually(() => postsOf('Hung post').length > 0, 25_000, 'the card posted on a later try');
  await new Promise((resolve) => setTimeout(resolve, 2500)); // more sweeps: still one card
  expect(postsOf('Hung post')).toHaveLength(1);
  expect(standIn.hanging).toBe(1); // the first call never came back; its request was not held by it
}, 40_000);

it('throttled (429 with Retry-After) and failing (503) notices reach the user once each', async () => {
  const created = standIn.received.find((r) => r.path === '/v3/conversations' && r.status === 201)!;
  const before = standIn.sentTo(ASHA_CHAT).length;
  standIn.fail('POST', new RegExp(`^/v3/conversations/${ASHA_CHAT}/activities$`), 429, 2, { 'Retry-After': '1' });
  standIn.fail('POST', new RegExp(`^/v3/conversations/${ASHA_CHAT}/activities$`), 503, 5);
  await invokeCard(app!, staffPress(url, OWNER, created.response.id, created.response.activityId, { verb: DESK_VERB.assign, data: { n: 1 } }));
  await eventually(() => standIn.sentTo(ASHA_CHAT).length > before, 25_000, 'the taken notice');
  await new Promise((resolve) => setTimeout(resolve, 2500)); // more sweeps: still one
  expect(standIn.sentTo(ASHA_CHAT).slice(before).filter((a) => /has taken your request 1/.test(cardOf(a).text))).toHaveLength(1);
}, 40_000);

it('an instance stops within the send timeout while a connector call hangs (it used to wait for ever)', async () => {
  standIn.hang('PUT', /\/activities\//, 1);
  const created = standIn.received.find((r) => r.path === '/v3/conversations' && r.status === 201)!;
  await invokeCard(app!, staffPress(url, OWNER, created.response.id, created.response.activityId, { verb: DESK_VERB.release, data: { n: 1 } }));
  await eventually(() => standIn.hanging === 2, 5000, 'the hung update');
  const t0 = Date.now();
  await app!.stop(1000);
  const stopMs = Date.now() - t0;
  app = undefined;
  // eslint-disable-next-line no-console
  console.log(`stop with a hung connector call: ${stopMs} ms`);
  expect(stopMs).toBeLessThan(15_000);
}, 40_000);
