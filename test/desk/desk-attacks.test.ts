import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DESK_VERB } from '../../src/cards/desk-data';
import { startAzurite } from '../storage/azurite';
import { ConnectorStandIn, eventually, type Member } from './connector-stand-in';
import {
  ASHA_CHAT, CHANNEL, OWNER, PRIYA, TEAM, TENANT, cardOf, channelMessage, deskEnv, executeData, invokeCard, post, press, seedTeams, staffPress,
  startTestApp, userMessage, type TestApp,
} from './desk-http-harness';

/**
 * The desk as an attacker meets it, over real HTTP (one instance, the Bot Connector played by the
 * stand-in): each hostile message or press gets a clear answer in the user's language and changes
 * nothing it should not.
 */
const OTHER_TEAM = '19:team-other@thread.tacv2';
const OTHER_CHANNEL = '19:other-channel@thread.tacv2';
const OTHER_GROUP = '0c4e7d55-5a4e-4d43-9f0e-2f1d1c6b7a11';
/** Owns a team of her own (anyone in the tenant can make one) and is nobody on the desk's team. */
const MALLORY: Member = { id: '29:mallory', name: 'Mallory', aadObjectId: '00000000-0000-4000-8000-000000000099', userRole: 'user' };

let standIn: ConnectorStandIn;
let app: TestApp;
let url = '';

beforeAll(async () => {
  standIn = await new ConnectorStandIn().start();
  seedTeams(standIn);
  standIn.teams.set(OTHER_TEAM, { id: OTHER_TEAM, name: 'Mallory team', aadGroupId: OTHER_GROUP });
  standIn.members.set(OTHER_TEAM, [MALLORY]);
  standIn.graphRoles.set(`${OTHER_GROUP}|${MALLORY.aadObjectId}`, ['owner']);
  url = `${standIn.url}/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-attacks-'));
  app = await startTestApp({ SAHAYAK_GRAPH_URL: standIn.url, SAHAYAK_DESK_SWEEP_SECONDS: '1', SAHAYAK_DESK_MAX_PER_HOUR: '100', SAHAYAK_INSIGHTS_FILE: path.join(dir, 'i.jsonl') }, undefined, { noTab: true });
  await post(app.url, channelMessage(url, OWNER, 'desk here'));
}, 30_000);

afterAll(async () => {
  await app?.stop(1000);
  await standIn?.stop();
});

/** A message in a channel of Mallory's own team. */
const inOtherTeam = (from: Member, text: string) => ({
  ...channelMessage(url, from, text),
  conversation: { id: `${OTHER_CHANNEL};messageid=5`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
  channelData: { team: { id: OTHER_TEAM }, channel: { id: OTHER_CHANNEL }, tenant: { id: TENANT } },
});
/** What the bot last said in a conversation (its replies to channel commands). */
const lastIn = (conversation: string) => cardOf(standIn.received.filter((r) => r.method === 'POST' && r.path.startsWith(`/v3/conversations/${conversation}`)).at(-1)?.body).text;
const settingsChannel = async () => {
  await post(app.url, channelMessage(url, PRIYA, 'desk'));
  return lastIn(`${CHANNEL};messageid=`);
};

describe('the desk cannot be taken by another team', () => {
  it('an owner of another team cannot move the desk to her channel, nor turn it off', async () => {
    for (const command of ['desk here', 'desk off', 'डेस्क यहाँ']) {
      expect((await post(app.url, inOtherTeam(MALLORY, command))).status).toBe(200);
      expect(lastIn(OTHER_CHANNEL)).toMatch(/Only an owner of the team that has the help desk now|हेल्पडेस्क अभी जिस टीम में है/);
    }
    expect(await settingsChannel()).toMatch(/The help desk is this channel, set by Meera Owner/);
  }, 30_000);

  it('asked from another team, "desk" says only that the desk is elsewhere (no name, no count)', async () => {
    await post(app.url, inOtherTeam(MALLORY, 'desk'));
    const said = lastIn(OTHER_CHANNEL);
    expect(said).toMatch(/in another team/);
    expect(said).not.toMatch(/Meera|Open requests/);
  }, 30_000);

  it('a request made now still goes to the desk team\'s channel', async () => {
    await post(app.url, userMessage(url, 'talk to a person', { locale: 'en-IN' }));
    const offer = cardOf(standIn.sentTo(ASHA_CHAT).at(-1));
    await invokeCard(app, press(userMessage(url, ''), { verb: DESK_VERB.send, data: { ...executeData(offer.card, DESK_VERB.send), deskQuestion: 'My approval is pending for a week' } }));
    const posted = await eventually(() => standIn.posts().at(-1), 10_000, 'the card posted');
    expect(posted.channelData.channel.id).toBe(CHANNEL);
    expect(posted.channelData.team?.id ?? TEAM).toBe(TEAM);
  }, 30_000);
});

/** Every TextBlock's text on a card (the only element Teams reads as markdown). */
function markdownTexts(card: unknown): string[] {
  return (JSON.stringify(card).match(/"type":"TextBlock","text":"(?:[^"\\]|\\.)*"/g) ?? []);
}

/** The user's offer card, then "Send" with `question`: resolves to the request number. */
async function ask(question: string): Promise<number> {
  await post(app.url, userMessage(url, 'talk to a person', { locale: 'en-IN' }));
  const offer = cardOf(standIn.sentTo(ASHA_CHAT).at(-1));
  const sent = await invokeCard(app, press(userMessage(url, ''), { verb: DESK_VERB.send, data: { ...executeData(offer.card, DESK_VERB.send), deskQuestion: question } }));
  return Number(/Request (\d+) sent/.exec(sent.text)?.[1]);
}

/** The thread and activity id of request `n`'s card in the desk channel. */
async function postedCard(n: number): Promise<{ thread: string; id: string }> {
  const created = await eventually(
    () => standIn.received.find((r) => r.path === '/v3/conversations' && r.status === 201 && new RegExp(`Request ${n}\\b`).test(cardOf(r.body.activity).text)),
    10_000, `request ${n} posted`,
  );
  return { thread: created.response.id, id: created.response.activityId };
}

describe('what others typed never formats or links on a card', () => {
  it('a staff display name with a link and bidi controls reaches the user as plain text', async () => {
    const n = await ask('OTP does not come, I tried three times');
    const card = await postedCard(n);
    const name = '[Reset your password](https://evil.example/login) **now** \u202egnp.exe';
    const before = standIn.sentTo(ASHA_CHAT).length;
    await invokeCard(app, staffPress(url, { ...PRIYA, name }, card.thread, card.id, { verb: DESK_VERB.assign, data: { n } }));
    const taken = await eventually(() => standIn.sentTo(ASHA_CHAT).length > before && cardOf(standIn.sentTo(ASHA_CHAT).at(-1)), 10_000, 'the taken notice');
    expect(taken.text).toContain('[Reset your password](https://evil.example/login) **now** gnp.exe from the help desk has taken your request');
    expect(markdownTexts(taken.card).join()).not.toContain('evil.example');
    expect(JSON.stringify(taken.card)).not.toMatch(/\\u202e|\u202e/i);
    // the staff copy refusing another presser names the holder as plain text too
    const refused = await invokeCard(app, staffPress(url, { ...PRIYA, id: '29:ravi', name: 'Ravi' }, card.thread, card.id, { verb: DESK_VERB.assign, data: { n } }));
    expect(refused.text).toContain('has already taken this request');
    expect(markdownTexts(refused.card).join()).not.toContain('evil.example');
  }, 30_000);

  it('bidi controls in a question are dropped before it is kept (the card cannot be made to read backwards)', async () => {
    const n = await ask('Approval pending \u202Efor 3 weeks\u202C \u2067why\u2069');
    const card = await postedCard(n);
    const posted = standIn.received.find((r) => r.path === '/v3/conversations' && r.response?.activityId === card.id)!;
    expect(cardOf(posted.body.activity).text).toContain('Approval pending for 3 weeks why');
    expect(JSON.stringify(posted.body)).not.toMatch(/\\u202[a-e]|\\u206[6-9]|[\u202a-\u202e\u2066-\u2069]/i);
  }, 30_000);
});

describe('oversized and malformed fields get the right message, and nothing is made or changed', () => {
  it('a question over every limit is "too long" (not "write your question first"), in the user\'s language', async () => {
    for (const [lang, locale, expected] of [['en', 'en-IN', /Your question is too long: please keep it under 1000 characters/], ['hi', 'hi-IN', /आपका प्रश्न बहुत लंबा है/]] as const) {
      await post(app.url, userMessage(url, lang === 'hi' ? 'किसी व्यक्ति से बात करनी है' : 'talk to a person', { locale }));
      const offer = cardOf(standIn.sentTo(ASHA_CHAT).at(-1));
      for (const size of [1500, 9000, 100_000]) {
        const res = await invokeCard(app, press(userMessage(url, ''), { verb: DESK_VERB.send, data: { ...executeData(offer.card, DESK_VERB.send), deskQuestion: 'OTP '.repeat(size / 4) } }));
        expect(res.text).toMatch(expected);
      }
    }
  }, 30_000);

  it('an answer over the limit is refused with the limit (not "write an answer first"); the request is unchanged', async () => {
    const n = await ask('My certificate is not generated');
    const card = await postedCard(n);
    for (const size of [2001, 9000, 100_000]) {
      const res = await invokeCard(app, staffPress(url, PRIYA, card.thread, card.id, { verb: DESK_VERB.answer, data: { n, deskAnswer: 'a'.repeat(size) } }));
      expect(res.text).toContain('The answer is too long: write at most 2000 characters.');
      expect(res.text).toMatch(new RegExp(`Request ${n}\\nOpen`));
    }
    const blank = await invokeCard(app, staffPress(url, PRIYA, card.thread, card.id, { verb: DESK_VERB.answer, data: { n, deskAnswer: ' \u200b ' } }));
    expect(blank.text).toContain('Write an answer first.');
  }, 30_000);
});

describe('Action.Submit values and typed messages that try the desk', () => {
  it('a "talk" submit with an oversized or odd query gets the offer (question cut to the box), never an error; malformed submits and desk verbs as submits do nothing', async () => {
    for (const value of [{ sahayak: 'talk', lang: 'hi', query: 'OTP '.repeat(40_000) }, { sahayak: 'talk', lang: 'en', query: '\u202e[x](https://evil.example)' }]) {
      const before = standIn.sentTo(ASHA_CHAT).length;
      expect((await post(app.url, userMessage(url, '', { value }))).status).toBe(200);
      const reply = await eventually(() => standIn.sentTo(ASHA_CHAT).length > before && cardOf(standIn.sentTo(ASHA_CHAT).at(-1)), 10_000, 'a reply');
      expect(reply.text).not.toMatch(/something went wrong|कुछ गड़बड़/i);
      const box = JSON.stringify(reply.card).match(/"id":"deskQuestion"[^}]*"value":"([^"]*)"/)?.[1] ?? '';
      expect(box.length).toBeLessThanOrEqual(1000);
    }
    const before = standIn.received.length;
    for (const value of [{ action: { type: 'Action.Execute', verb: DESK_VERB.close, data: { n: 1 } } }, { sahayak: 'talk', lang: 'xx', query: ['a'] }]) {
      expect((await post(app.url, userMessage(url, '', { value }))).status).toBe(200);
    }
    expect(standIn.received.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  }, 30_000);

  it('"desk here" typed in her personal chat, or with a forged team in the channel data of a personal chat, changes nothing', async () => {
    const forged = userMessage(url, 'desk here', { channelData: { team: { id: OTHER_TEAM }, channel: { id: OTHER_CHANNEL }, tenant: { id: TENANT } } });
    for (const message of [userMessage(url, 'desk here', { locale: 'en-IN' }), forged]) {
      await post(app.url, message);
      expect(cardOf(standIn.sentTo(ASHA_CHAT).at(-1)).text).toMatch(/Say "desk here" in a channel|चैनल में "desk here" लिखें/);
    }
    expect(await settingsChannel()).toMatch(/The help desk is this channel/);
  }, 30_000);
});

describe('the hourly limit holds across conversations and instances', () => {
  it('six sends at once from two of her chats, on two instances sharing Azurite: three requests, three told when to try again', async () => {
    const azurite = await startAzurite();
    const env = { ...deskEnv(azurite.connectionString, standIn.url, 'desk-limit'), SAHAYAK_DESK_SWEEP_SECONDS: '60' };
    const [a, b] = await Promise.all([startTestApp(env, undefined, { noTab: true }), startTestApp(env, undefined, { noTab: true })]);
    try {
      await post(a.url, channelMessage(url, OWNER, 'desk here'));
      await post(a.url, userMessage(url, 'talk to a person', { locale: 'en-IN' }));
      const data = executeData(cardOf(standIn.sentTo(ASHA_CHAT).at(-1)).card, DESK_VERB.send);
      const sends = Array.from({ length: 6 }, (_, i) => {
        const chat = i % 2 ? { conversation: { id: 'a:asha-second-chat', conversationType: 'personal', tenantId: TENANT } } : {};
        // each press with a card token of its own, as six offer cards would have
        return invokeCard(i % 2 ? a : b, press(userMessage(url, '', chat), { verb: DESK_VERB.send, data: { ...data, t: `token-${i}-abcdefgh`, deskQuestion: `Question number ${i} about OTP` } }));
      });
      const texts = (await Promise.all(sends)).map((x) => x.text);
      expect(texts.filter((t) => /Request \d+ sent/.test(t))).toHaveLength(3);
      expect(texts.filter((t) => /You have already sent 3 requests in the last hour/.test(t))).toHaveLength(3);
    } finally {
      await Promise.all([a.stop(1000), b.stop(1000)]);
      await azurite.stop();
    }
  }, 60_000);
});

describe('searching requests', () => {
  const query = (from: Member, q: string, conversation?: object) => ({
    ...channelMessage(url, from, ''), type: 'invoke', name: 'composeExtension/query', text: undefined, entities: undefined,
    ...(conversation ? { conversation } : {}),
    value: { commandId: 'searchRequests', parameters: [{ name: 'query', value: q }], queryOptions: { skip: 0, count: 25 } },
  });

  it('hostile queries (huge, markdown, unicode tricks) get a plain list or nothing, never an error', async () => {
    for (const q of ['x'.repeat(50_000), '#999999999999', '[a](https://evil.example) **b**', '\u202e\u0000\ud800', '#0']) {
      const res = await post(app.url, query(PRIYA, q));
      expect(res.status).toBe(200);
      expect(res.json.composeExtension.type).toBe('result');
    }
  }, 30_000);

  it('once the desk has moved to another team, members of the old one can no longer search its requests', async () => {
    expect((await post(app.url, query(PRIYA, ''))).json.composeExtension.type).toBe('result');
    // Meera owns both teams and moves the desk; Priya is only in the first
    standIn.members.set(OTHER_TEAM, [MALLORY, OWNER]);
    standIn.graphRoles.set(`${OTHER_GROUP}|${OWNER.aadObjectId}`, ['owner']);
    await post(app.url, inOtherTeam(OWNER, 'desk here'));
    expect(lastIn(OTHER_CHANNEL)).toMatch(/moved to this channel/);
    expect((await post(app.url, query(PRIYA, ''))).json.composeExtension).toEqual({ type: 'message', text: 'Only members of the help desk team can search requests.' });
  }, 30_000);
});
