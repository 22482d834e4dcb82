import { DESK_VERB } from '../../src/cards/desk-data';
import { startAzurite, type Azurite } from '../storage/azurite';
import { ConnectorStandIn, eventually } from './connector-stand-in';
import { ASHA_CHAT, OWNER, cardOf, channelMessage, deskEnv, executeData, invokeCard, post, press, seedTeams, startTestApp, userMessage, type TestApp } from './desk-http-harness';

/**
 * The shared store (Azurite) goes down in the middle of the morning, over real HTTP: the user who
 * asks for a person still gets the contacts, a press is told in her language to try again, and
 * nothing fails with the generic apology.
 */
let azurite: Azurite;
let standIn: ConnectorStandIn;
let app: TestApp;
let url = '';

beforeAll(async () => {
  [azurite, standIn] = await Promise.all([startAzurite(), new ConnectorStandIn().start()]);
  seedTeams(standIn);
  url = `${standIn.url}/`;
  app = await startTestApp(deskEnv(azurite.connectionString, standIn.url, 'desk-down'), { timeoutMs: 1000, cooldownMs: 2000 }, { noTab: true });
}, 60_000);

afterAll(async () => {
  await app?.stop(1000);
  await Promise.all([azurite?.stop(), standIn?.stop()]);
});

const lastToUser = () => cardOf(standIn.sentTo(ASHA_CHAT).at(-1)).text;

it('with the store down: "talk to a person" shows the contacts, Send says to try again (en, hi), "still need help" is answered', async () => {
  await post(app.url, channelMessage(url, OWNER, 'desk here'));
  await post(app.url, userMessage(url, 'talk to a person', { locale: 'en-IN' }));
  const offer = cardOf(standIn.sentTo(ASHA_CHAT).at(-1));
  expect(offer.text).toContain('Ask a person at the help desk');
  const send = executeData(offer.card, DESK_VERB.send);
  await azurite.stop();

  const before = standIn.sentTo(ASHA_CHAT).length;
  await post(app.url, userMessage(url, 'talk to a person', { locale: 'en-IN' }));
  await eventually(() => standIn.sentTo(ASHA_CHAT).length > before, 10_000, 'a reply');
  expect(lastToUser()).toMatch(/Whom to contact for iGOT help/);
  expect(lastToUser()).not.toMatch(/Something went wrong/i);

  await post(app.url, userMessage(url, '', { value: { sahayak: 'talk', lang: 'hi', query: 'OTP नहीं आ रहा' } }));
  expect(lastToUser()).toMatch(/\p{Script=Devanagari}/u);
  expect(lastToUser()).not.toMatch(/मेरी ओर से कुछ गड़बड़ हो गई/);

  for (const [lang, expected] of [['en', 'I could not send your request just now'], ['hi', 'मैं अभी आपका अनुरोध नहीं भेज सका']] as const) {
    const res = await post(app.url, press(userMessage(url, ''), { verb: DESK_VERB.send, data: { ...send, lang, deskQuestion: 'My approval is pending' } }));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).toContain(expected);
  }

  const count = standIn.sentTo(ASHA_CHAT).length;
  await post(app.url, userMessage(url, 'I still need help', { locale: 'en-IN' }));
  await eventually(() => standIn.sentTo(ASHA_CHAT).length > count, 10_000, 'a reply');
  expect(lastToUser()).not.toMatch(/Something went wrong/i);
}, 60_000);
