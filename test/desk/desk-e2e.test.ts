import path from 'node:path';
import { PassThrough } from 'node:stream';
import { loadConfig, type AppConfig } from '../../src/config';
import { runDesk } from '../../src/cli/commands/desk';
import { runInsights } from '../../src/cli/commands/insights';
import { createInsightsStore } from '../../src/insights';
import type { Command } from '../../src/cli/commands';
import { DESK_VERB } from '../../src/cards/desk-data';
import { deskStoreStats } from '../../src/storage/desk-store';
import { Azurite, startAzurite } from '../storage/azurite';
import { ConnectorStandIn, eventually } from './connector-stand-in';
import {
  ASHA_CHAT, CHANNEL, GUEST, OWNER, PRIYA, RAVI, cardOf, channelMessage, deskEnv, executeData, invokeCard, post, press, seedTeams,
  staffPress, startTestApp, userMessage, type TestApp,
} from './desk-http-harness';

/**
 * The whole desk over real HTTP: two bot instances against Azurite, the Bot Connector played by a
 * local stand-in that records what it receives. Set the desk, a user asks for a person, confirms,
 * the card reaches the desk channel, staff assign (two at once) and answer, the card shows each
 * state, the user hears each step in Hindi, and an instance is replaced mid-way.
 */
const DEVANAGARI = /\p{Script=Devanagari}/u;
let azurite: Azurite;
let standIn: ConnectorStandIn;
let env: Record<string, string>;
let one: TestApp;
let two: TestApp;
let three: TestApp | undefined;
let started = 0;
let serviceUrl = '';

beforeAll(async () => {
  started = Date.now();
  [azurite, standIn] = await Promise.all([startAzurite(), new ConnectorStandIn().start()]);
  seedTeams(standIn);
  serviceUrl = `${standIn.url}/`;
  env = deskEnv(azurite.connectionString, standIn.url, 'desk-e2e');
  [one, two] = await Promise.all([startTestApp(env, undefined, { noTab: true }), startTestApp(env, undefined, { noTab: true })]);
}, 60_000);

afterAll(async () => {
  await Promise.all([one?.stop(1000), two?.stop(1000), three?.stop(1000)]);
  await Promise.all([azurite?.stop(), standIn?.stop()]);
  // eslint-disable-next-line no-console
  console.log(`desk end-to-end: ${Date.now() - started} ms, ${deskStoreStats.conflicts} eTag conflicts retried`);
});

/** The last message the bot sent into the user's chat. */
const lastToUser = () => cardOf(standIn.sentTo(ASHA_CHAT).at(-1));
const toUserCount = () => standIn.sentTo(ASHA_CHAT).length;
/** Replies the bot made in the channel (to staff commands). */
const channelReplies = () => standIn.received.filter((r) => r.method === 'POST' && r.path.startsWith(`/v3/conversations/${CHANNEL};messageid=`) && r.path.includes('/activities/')).map((r) => cardOf(r.body).text);

let thread = '';
let cardId = '';
let token: any;

async function cli(command: Command, args: string[], config: AppConfig): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  const stdin = new PassThrough();
  stdin.end('');
  const code = await command(args, { stdin, stdout, stderr: new PassThrough() }, config);
  return { code, out };
}
let owner = PRIYA;

describe('the desk end to end, two instances and Azurite', () => {
  it('only a team owner can make a channel the desk (asked of the roster and Graph, not the message)', async () => {
    for (const who of [PRIYA, GUEST, { ...PRIYA, id: '29:stranger' }]) {
      expect((await post(one.url, channelMessage(serviceUrl, who, 'desk here'))).status).toBe(200);
      expect(channelReplies().at(-1)).toMatch(/Only an owner of this team/);
    }
    expect((await post(two.url, channelMessage(serviceUrl, OWNER, 'desk here'))).status).toBe(200);
    expect(channelReplies().at(-1)).toMatch(/This channel is now the iGOT Sahayak help desk/);
    // Teams was asked: the roster for each person, the team's group id and Graph for the roles
    expect(standIn.received.some((r) => r.path === `/v3/conversations/${'19:team-desk@thread.tacv2'}/members/${OWNER.id}`)).toBe(true);
    expect(standIn.received.some((r) => r.path.startsWith('/v1.0/teams/') && r.query.get('$filter')?.includes(OWNER.aadObjectId!))).toBe(true);
    await post(one.url, channelMessage(serviceUrl, PRIYA, 'desk'));
    expect(channelReplies().at(-1)).toMatch(/The help desk is this channel, set by Meera Owner/);
  }, 30_000);

  it('a user asks in Hindi, presses "Talk to a person", and is shown her question to confirm, the privacy reminder and the hours', async () => {
    await post(one.url, userMessage(serviceUrl, 'OTP नहीं आ रहा, तीन बार कोशिश की'));
    const answer = lastToUser();
    expect(answer.text).toMatch(/OTP/);
    const talk = answer.card.actions.find((a: any) => a.data?.sahayak === 'talk');
    expect(talk.data).toMatchObject({ lang: 'hi', query: 'OTP नहीं आ रहा, तीन बार कोशिश की' });

    await post(two.url, userMessage(serviceUrl, '', { value: talk.data }));
    const offer = lastToUser();
    expect(offer.text).toContain('हेल्पडेस्क के किसी व्यक्ति से पूछें');
    expect(offer.text).toContain('पासवर्ड या OTP कभी न लिखें');
    expect(offer.text).toMatch(/हेल्पडेस्क अभी (खुला|बंद) है/);
    expect(JSON.stringify(offer.card)).toContain('"value":"OTP नहीं आ रहा, तीन बार कोशिश की"');
    token = executeData(offer.card, DESK_VERB.send);

    // Typed, the request for a person gets the same offer
    await post(one.url, userMessage(serviceUrl, 'किसी व्यक्ति से बात करनी है'));
    expect(lastToUser().text).toContain('हेल्पडेस्क के किसी व्यक्ति से पूछें');
  }, 30_000);

  it('on confirming, "Request 1 sent" replaces the offer, and the request card reaches the desk channel', async () => {
    const question = 'OTP नहीं आ रहा, तीन बार कोशिश की। मोबाइल नंबर बदला था।';
    const sent = await invokeCard(two, press(userMessage(serviceUrl, ''), { verb: DESK_VERB.send, data: { ...token, deskQuestion: question } }));
    expect(sent.text).toContain('अनुरोध 1 भेज दिया गया');
    // A second press of the same card (a double click, landing on the other instance) makes no second request
    const again = await invokeCard(one, press(userMessage(serviceUrl, ''), { verb: DESK_VERB.send, data: { ...token, deskQuestion: question } }));
    expect(again.text).toContain('अनुरोध 1 भेज दिया गया');

    const posted = await eventually(() => standIn.posts()[0], 10_000, 'the card posted to the desk');
    expect(posted.channelData.channel.id).toBe(CHANNEL);
    const card = cardOf(posted.activity);
    expect(card.text).toMatch(/Request 1\nOpen/);
    expect(card.text).toContain(question);
    expect(card.text).toContain('Asha Verma');
    expect(card.text).toContain('Reply in: Hindi');
    expect(card.card.refresh.action.verb).toBe(DESK_VERB.refresh);
    const chat = card.card.actions.find((a: any) => a.type === 'Action.OpenUrl');
    expect(chat.url).toContain('users=asha.verma%40example.gov.in');
    expect(standIn.posts()).toHaveLength(1);
    const created = standIn.received.find((r) => r.path === '/v3/conversations' && r.status === 201)!;
    [thread, cardId] = [created.response.id, created.response.activityId];
  }, 30_000);

  it('two staff press "Assign to me" at the same moment on the two instances: one owner, the other sees who has it', async () => {
    const before = toUserCount();
    const assign = { verb: DESK_VERB.assign, data: { n: 1 } };
    const [a, b] = await Promise.all([invokeCard(one, staffPress(serviceUrl, PRIYA, thread, cardId, assign)), invokeCard(two, staffPress(serviceUrl, RAVI, thread, cardId, assign))]);
    const winner = /Assigned to: Priya Sharma/.test(a.text) && !/already taken/.test(a.text) ? PRIYA : RAVI;
    const [won, lost] = winner === PRIYA ? [a, b] : [b, a];
    expect(won.text).toMatch(new RegExp(`Assigned\n[\\s\\S]*Assigned to: ${winner.name}`));
    expect(lost.text).toContain(`${winner.name} has already taken this request.`);
    expect(lost.text).toContain(`Assigned to: ${winner.name}`);
    owner = winner;

    // Everyone's copy is updated in place, and the user hears it once, in Hindi, with the name
    const update = await eventually(() => standIn.updatesOf(cardId).at(-1), 10_000, 'the card updated for everyone');
    expect(cardOf(update).text).toContain(`Assigned to: ${winner.name}`);
    const taken = await eventually(() => toUserCount() > before && lastToUser(), 10_000, 'the taken notice');
    expect(taken.text).toContain(`हेल्पडेस्क से ${winner.name} ने आपका अनुरोध 1 ले लिया है`);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a sweep later: still one notice
    expect(standIn.sentTo(ASHA_CHAT).filter((x) => /ले लिया है/.test(cardOf(x).text))).toHaveLength(1);
  }, 30_000);

  it('an instance is replaced mid-way: nothing is lost, the owner answers from the new one, the user gets the answer with the name, in Hindi', async () => {
    await one.stop(2000);
    three = await startTestApp(env, undefined, { noTab: true });
    const refreshed = await invokeCard(three, staffPress(serviceUrl, owner, thread, cardId, { verb: DESK_VERB.refresh, data: { n: 1 } }, 'automatic'));
    expect(refreshed.text).toContain(`Assigned to: ${owner.name}`);

    const other = owner === PRIYA ? RAVI : PRIYA;
    const refused = await invokeCard(two, staffPress(serviceUrl, other, thread, cardId, { verb: DESK_VERB.answer, data: { n: 1, deskAnswer: 'Not mine to answer' } }));
    expect(refused.text).toContain('has already taken this request');

    const answerText = 'नंबर बदलने के बाद प्रोफ़ाइल में नया मोबाइल नंबर सत्यापित करें, फिर "Resend OTP" दबाएँ।';
    const answered = await invokeCard(three, staffPress(serviceUrl, owner, thread, cardId, { verb: DESK_VERB.answer, data: { n: 1, deskAnswer: answerText } }));
    expect(answered.text).toMatch(/Request 1\nAnswered/);
    expect(answered.text).toContain(answerText);
    const notice = await eventually(() => /का जवाब/.test(lastToUser().text) && lastToUser(), 10_000, 'the answer in the user chat');
    expect(notice.text).toContain('आपके अनुरोध 1 का जवाब');
    expect(notice.text).toContain(`${owner.name}, हेल्पडेस्क की ओर से`);
    expect(notice.text).toContain(answerText);
    expect(cardOf(await eventually(() => standIn.updatesOf(cardId).find((u) => /Answered/.test(cardOf(u).text)), 10_000, 'answered card')).text).toContain(answerText);
  }, 30_000);

  it('"I still need help" reopens it: the card says so, the desk thread is told, the owner answers again, the user says it is solved', async () => {
    const answerCard = lastToUser().card;
    const reopen = executeData(answerCard, DESK_VERB.reopen);
    // A press from someone else's chat is refused
    const forged = await invokeCard(two, press(userMessage(serviceUrl, '', { from: { id: '29:mallory', name: 'M' } }), { verb: DESK_VERB.reopen, data: reopen }));
    expect(forged.text).toContain('यह बटन किसी दूसरी चैट का है');

    const reopened = await invokeCard(two, press(userMessage(serviceUrl, ''), { verb: DESK_VERB.reopen, data: reopen }));
    expect(reopened.text).toContain('अनुरोध 1 फिर से खोल दिया गया है');
    const reply = await eventually(() => standIn.sentTo(thread).map((x) => cardOf(x).text).find((t) => /still needs help/.test(t)), 10_000, 'the thread reply');
    expect(reply).toContain('request 1 is open again');
    await eventually(() => standIn.updatesOf(cardId).some((u) => /Reopened: still needs help/.test(cardOf(u).text)), 10_000, 'reopened card');

    await invokeCard(three, staffPress(serviceUrl, owner, thread, cardId, { verb: DESK_VERB.answer, data: { n: 1, deskAnswer: 'दूसरा उत्तर: हेल्पडेस्क ने आपका नंबर अपडेट कर दिया है।' } }));
    const second = await eventually(() => /दूसरा उत्तर/.test(lastToUser().text) && lastToUser(), 10_000, 'the second answer');
    const solved = await invokeCard(three, press(userMessage(serviceUrl, ''), { verb: DESK_VERB.solved, data: executeData(second.card, DESK_VERB.solved) }));
    expect(solved.text).toContain('अनुरोध 1 बंद कर दिया गया है');
    const closedCard = await eventually(() => standIn.updatesOf(cardId).find((u) => /Request 1\nClosed/.test(cardOf(u).text)), 10_000, 'closed card');
    expect(cardOf(closedCard).text).toContain('Closed by: the user');
  }, 30_000);

  it('"Add to answers" puts the question, topic and staff answer on the content team\'s worklist, masked', async () => {
    const learned = await invokeCard(two, staffPress(serviceUrl, PRIYA, thread, cardId, { verb: DESK_VERB.learn, data: { n: 1, deskTopic: 'otp-problem' } }));
    expect(learned.text).toContain("Added to the content team's worklist.");
    await Promise.all([two.stop(2000), three!.stop(2000)]);
    // With a blob connection string the worklist is the shared one in Azure Blob Storage (every instance's entries).
    const lines = (await createInsightsStore(loadConfig(env)).read()) as any[];
    const entry = lines.find((l) => l.type === 'staff-answer');
    expect(entry).toMatchObject({ type: 'staff-answer', lang: 'hi', topic: 'otp-problem', question: 'OTP नहीं आ रहा, तीन बार कोशिश की। मोबाइल नंबर बदला था।' });
    expect(entry.answer).toContain('दूसरा उत्तर');
    expect(JSON.stringify(lines)).not.toMatch(/Asha|29:asha|a:asha/);
    [two, three] = [await startTestApp(env, undefined, { noTab: true }), await startTestApp(env, undefined, { noTab: true })];
  }, 30_000);

  it('a card that cannot reach the desk (the connector failing) waits in the store and is posted once by another instance after a restart', async () => {
    standIn.fail('POST', /^\/v3\/conversations$/, 500, 1000);
    await post(two.url, userMessage(serviceUrl, 'talk to a person', { locale: 'en-IN' }));
    const offer = lastToUser();
    expect(offer.text).toContain('Ask a person at the help desk');
    const sent = await invokeCard(two, press(userMessage(serviceUrl, ''), { verb: DESK_VERB.send, data: { ...executeData(offer.card, DESK_VERB.send), deskQuestion: 'My login fails after the password reset' } }));
    expect(sent.text).toContain('Request 2 sent');
    await eventually(() => standIn.received.filter((r) => r.path === '/v3/conversations' && r.status === 500).length >= 2, 10_000, 'failed posts');
    await Promise.all([two.stop(2000), three!.stop(2000)]);
    expect(standIn.posts().filter((p) => /Request 2/.test(cardOf(p.activity).text))).toHaveLength(0);

    standIn.fail('POST', /^\/v3\/conversations$/, 500, 0);
    (standIn as any).failures.length = 0;
    two = await startTestApp(env, undefined, { noTab: true });
    const posted = await eventually(() => standIn.posts().find((p) => /Request 2/.test(cardOf(p.activity).text)), 15_000, 'request 2 posted after the restart');
    expect(cardOf(posted.activity).text).toContain('My login fails after the password reset');
    await new Promise((resolve) => setTimeout(resolve, 2500)); // more sweeps: still one post
    expect(standIn.posts().filter((p) => /Request 2/.test(cardOf(p.activity).text))).toHaveLength(1);
  }, 60_000);

  it('`sahayak desk` lists what is not closed, with age and owner; `sahayak insights` has the summary counts', async () => {
    const config = loadConfig({ ...env, SAHAYAK_CONTENT_DIR: path.resolve(__dirname, '../../content'), SAHAYAK_LOCALES_DIR: path.resolve(__dirname, '../../locales') });
    const json = await cli(runDesk, ['--json'], config);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).requests).toEqual([expect.objectContaining({ n: 2, status: 'open', owner: null, lang: 'en', question: 'My login fails after the password reset' })]);
    const text = await cli(runDesk, ['--lang', 'hi'], config);
    expect(text.out).toMatch(/#2 {2}खुला {2}\d+ मिनट {2}किसी के पास नहीं {2}\[en\] {2}My login fails/);
    const all = JSON.parse((await cli(runDesk, ['--json', '--all'], config)).out).requests.map((r: any) => [r.n, r.status]);
    expect(all).toEqual([[1, 'closed'], [2, 'open']]);

    const insights = JSON.parse((await cli(runInsights, ['--json'], config)).out);
    expect(insights.desk).toMatchObject({ opened: 2, answered: 1, closed: 1, openNow: 1 });
    expect(insights.desk.medianFirstAnswerMinutes).toBeGreaterThanOrEqual(0);
    expect((await cli(runInsights, [], config)).out).toMatch(/Help desk requests\n {2}opened 2, answered 1, closed 1, not closed now 1; median time to the first answer: \d+ minutes?/);
  }, 30_000);

  it('the messaging extension finds requests for members of the desk team only', async () => {
    const query = (from: typeof PRIYA, q: string) => ({
      ...channelMessage(serviceUrl, from, ''), type: 'invoke', name: 'composeExtension/query', text: undefined, entities: undefined,
      value: { commandId: 'searchRequests', parameters: [{ name: 'query', value: q }], queryOptions: { skip: 0, count: 25 } },
    });
    const found = await post(two.url, query(RAVI, 'login fails'));
    expect(found.status).toBe(200);
    expect(found.json.composeExtension.attachments.map((a: any) => a.preview.content.title)).toEqual(['Request 2 · Open']);
    expect(JSON.stringify(found.json)).not.toContain('Asha');
    expect((await post(two.url, query(RAVI, '#1'))).json.composeExtension.attachments[0].preview.content.title).toBe('Request 1 · Closed');
    expect((await post(two.url, query(RAVI, ''))).json.composeExtension.attachments).toHaveLength(1);
    const stranger = await post(two.url, query({ ...RAVI, id: '29:stranger' }, 'login'));
    expect(stranger.json.composeExtension).toEqual({ type: 'message', text: 'Only members of the help desk team can search requests.' });
  }, 30_000);
});
