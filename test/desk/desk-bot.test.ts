import { DESK_VERB } from '../../src/cards/desk-data';
import { createHarness } from '../bot/bot-harness';
import { BOT, createDeskHarness, dataOf, DESK_CHANNEL, inChannel, pressed, run, staffPressed } from './desk-harness';

const SATURDAY = new Date('2026-11-21T06:00:00Z');
const QUESTION = 'OTP is not coming on my new mobile number';

type Harness = ReturnType<typeof createDeskHarness>;

async function setDesk(h: Harness): Promise<void> {
  const { texts } = await run(h.adapter, inChannel('desk here', '29:owner'));
  expect(texts[0]).toMatch(/This channel is now the iGOT Sahayak help desk/);
}

/** The user presses "Talk to a person" on an answer, then "Send": resolves to the sent card's text and the request number. */
async function ask(h: Harness, question = QUESTION, lang: 'en' | 'hi' = 'en'): Promise<{ text: string; n: number }> {
  const offer = await run(h.adapter, { type: 'message', value: { sahayak: 'talk', lang, query: question } });
  const send = dataOf(offer.cards[0], DESK_VERB.send);
  const { body } = await run(h.adapter, pressed(DESK_VERB.send, { ...send, deskQuestion: question }));
  const text = JSON.stringify(body);
  return { text, n: Number(/(?:Request|अनुरोध) (\d+)/.exec(text)?.[1]) };
}

const settle = (h: Harness) => h.desk.delivery.idle();

describe('without a desk', () => {
  it('"Talk to a person" keeps today\'s contacts answer', async () => {
    const h = createDeskHarness();
    const { texts } = await run(h.adapter, { type: 'message', value: { sahayak: 'talk', lang: 'en', query: QUESTION } });
    expect(texts[0]).toMatch(/Talk to a person/);
    expect(texts[0]).not.toMatch(/Ask a person at the help desk/);
    const typed = await run(h.adapter, 'talk to a person');
    expect(typed.texts[0]).not.toMatch(/Ask a person at the help desk/);
  });

  it('the bot without a desk at all (as before) is unchanged', async () => {
    const { adapter } = createHarness();
    await adapter.send({ type: 'message', value: { sahayak: 'talk', lang: 'en' } }).assertReply((a) => expect(JSON.stringify(a)).toContain('Talk to a person'));
  });
});

describe('setting the desk: `desk here` in a team channel, team owners only', () => {
  it.each([
    ['a member', '29:staff', /Only an owner of this team/],
    ['a guest', '29:guest', /Only an owner of this team/],
    ['someone not in the team', '29:nobody', /Only an owner of this team/],
    ['anyone, when the roster cannot be read', '29:flaky', /could not check your role/],
  ])('%s cannot', async (_who, from, reply) => {
    const h = createDeskHarness();
    expect((await run(h.adapter, inChannel('desk here', from))).texts[0]).toMatch(reply);
    expect(await h.desk.store.settings()).toBeUndefined();
  });

  it('an owner can, in English or Hindi; moving it and turning it off are owner-only too', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    expect(await h.desk.store.settings()).toMatchObject({ channelId: DESK_CHANNEL, teamId: '19:team@thread.tacv2', lang: 'en', setBy: { id: '29:owner', name: 'Meera Owner' } });
    expect((await run(h.adapter, inChannel('desk here', '29:owner'))).texts[0]).toMatch(/already the help desk/);
    expect((await run(h.adapter, inChannel('डेस्क यहाँ', '29:owner', '19:other@thread.tacv2'))).texts[0]).toMatch(/हेल्पडेस्क इस चैनल में आ गया है/);
    expect((await h.desk.store.settings())?.lang).toBe('hi');
    expect((await run(h.adapter, inChannel('desk off', '29:staff'))).texts[0]).toMatch(/Only an owner/);
    expect((await run(h.adapter, inChannel('desk', '29:staff'))).texts[0]).toMatch(/The help desk is another channel of this team, set by Meera Owner/);
    expect((await run(h.adapter, inChannel('desk off', '29:owner'))).texts[0]).toMatch(/The help desk is turned off/);
    expect(await h.desk.store.settings()).toBeUndefined();
  });

  it('once set, only an owner of the desk\'s own team can move it to another team (or turn it off from there)', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    const elsewhere = (text: string, from: string) => ({ ...inChannel(text, from, '19:far@thread.tacv2'), channelData: { team: { id: '19:far-team@thread.tacv2' }, channel: { id: '19:far@thread.tacv2' } } });
    h.roles.roles['19:far-team@thread.tacv2|29:mallory'] = 'owner';
    for (const command of ['desk here', 'desk off']) expect((await run(h.adapter, elsewhere(command, '29:mallory'))).texts[0]).toMatch(/Only an owner of the team that has the help desk now/);
    expect((await h.desk.store.settings())?.channelId).toBe(DESK_CHANNEL);
    // the desk team's owner, also an owner there, may move it; and when the bot has left the desk's team, that team's say is gone
    h.roles.roles['19:far-team@thread.tacv2|29:owner'] = 'owner';
    expect((await run(h.adapter, elsewhere('desk here', '29:owner'))).texts[0]).toMatch(/moved to this channel/);
    h.roles.roles['19:far-team@thread.tacv2|29:owner'] = 'no-team';
    expect((await run(h.adapter, inChannel('desk here', '29:owner'))).texts[0]).toMatch(/moved to this channel/);
  });

  it('outside a team channel it says where to say it', async () => {
    const h = createDeskHarness();
    expect((await run(h.adapter, 'desk here')).texts[0]).toMatch(/Say "desk here" in a channel of the query-assistance team/);
  });
});

describe('asking for a person once the desk is set', () => {
  it('"Talk to a person" offers the last question to edit, the privacy reminder and the hours; "Send" makes request 1', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    const offer = await run(h.adapter, { type: 'message', value: { sahayak: 'talk', lang: 'en', query: QUESTION } });
    expect(offer.texts[0]).toMatch(/Ask a person at the help desk/);
    expect(offer.texts[0]).toMatch(/The help desk is open now, until Mon, 23 Nov, 5:00 pm/);
    expect(JSON.stringify(offer.cards[0])).toContain(`"value":"${QUESTION}"`);
    const sent = await ask(h);
    expect(sent.n).toBe(1);
    await settle(h);
    const request = await h.desk.store.request(1);
    expect(request).toMatchObject({ question: QUESTION, lang: 'en', topic: 'otp-problem', outOfHours: false, status: 'open', user: { userId: '29:asha', conversationId: 'personal-1', botId: BOT.id } });
    expect(h.messenger.of('post')).toHaveLength(1);
    expect(h.messenger.of('post')[0].text).toContain(QUESTION);
    expect(request?.outbox).toEqual([]);
    expect(request?.post.activityId).toBe('1');
  });

  it('after 👎 the offer follows the apology; typed requests for a person get it too, in Hindi', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    const down = await run(h.adapter, { type: 'message', value: { sahayak: 'feedback', topic: 'otp-problem', lang: 'en', helpful: false } });
    expect(down.texts).toHaveLength(2);
    expect(down.texts[1]).toMatch(/Ask a person at the help desk/);
    const typed = await run(h.adapter, 'किसी व्यक्ति से बात करनी है');
    expect(typed.texts[0]).toMatch(/हेल्पडेस्क के किसी व्यक्ति से पूछें/);
  });

  it('out of hours: the offer says when the desk opens and that the request will wait; the card is posted at once, marked "waiting since"', async () => {
    const h = createDeskHarness(SATURDAY);
    await setDesk(h);
    const offer = await run(h.adapter, { type: 'message', value: { sahayak: 'talk', lang: 'en', query: QUESTION } });
    expect(offer.texts[0]).toMatch(/The help desk is closed now\. It opens on Mon, 23 Nov, 9:00 am \(India time\): your request will wait/);
    const sent = await ask(h);
    expect(sent.text).toMatch(/closed now and opens on Mon, 23 Nov, 9:00 am/);
    await settle(h);
    expect((await h.desk.store.request(1))?.outOfHours).toBe(true);
    expect(h.messenger.of('post')[0].text).toMatch(/Arrived while the desk was closed: waiting since Sat, 21 Nov, 11:30 am/);
  });

  it('a question the desk should not get is sent back with the reason: empty, pasted rows', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    const offer = await run(h.adapter, { type: 'message', value: { sahayak: 'talk', lang: 'en' } });
    const send = dataOf(offer.cards[0], DESK_VERB.send);
    expect(JSON.stringify((await run(h.adapter, pressed(DESK_VERB.send, { ...send, deskQuestion: '  ' }))).body)).toContain('Please write your question first.');
    const rows = 'Name\tEmail\tMobile\nAsha\tasha@gov.in\t9876543210';
    expect(JSON.stringify((await run(h.adapter, pressed(DESK_VERB.send, { ...send, deskQuestion: rows }))).body)).toContain('rows of an upload sheet');
    expect((await h.desk.store.index()).next).toBe(1);
  });

  it('one user can open three requests an hour; the fourth is told when to try again', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    for (const q of ['first question here', 'second question here', 'third question here']) expect((await ask(h, q)).text).toMatch(/Request \d sent/);
    expect((await ask(h, 'fourth question here')).text).toMatch(/You have already sent 3 requests in the last hour\. You can send another after Mon, 23 Nov, 12:30 pm/);
    await settle(h);
  });

  it('"Cancel" sends nothing; "Show the contacts instead" shows them', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    expect(JSON.stringify((await run(h.adapter, pressed(DESK_VERB.cancel, { lang: 'hi' }))).body)).toContain('नहीं भेजा गया');
    expect(JSON.stringify((await run(h.adapter, pressed(DESK_VERB.contacts, { lang: 'en' }))).body)).toMatch(/mission\.karmayogi|helpdesk|Helpdesk/i);
    expect((await h.desk.store.index()).next).toBe(1);
  });

  it('in a group chat "Talk to a person" keeps the contacts (notices must go to a personal chat)', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    const group = { type: 'message', value: { sahayak: 'talk', lang: 'en' }, conversation: { id: 'group-1', conversationType: 'groupChat', isGroup: true, name: '' }, recipient: BOT };
    expect((await run(h.adapter, group as never)).texts[0]).not.toMatch(/Ask a person/);
  });
});

describe('staff presses are checked against the store, the place and the actor', () => {
  it('a press from another chat, or for a request that is not kept, changes nothing', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    await ask(h);
    await settle(h);
    const elsewhere = await run(h.adapter, staffPressed(DESK_VERB.assign, { n: 1 }, undefined, '19:elsewhere@thread.tacv2'));
    expect(elsewhere.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    const inPersonal = await run(h.adapter, pressed(DESK_VERB.assign, { n: 1 }));
    expect(inPersonal.body.statusCode).toBe(400);
    expect((await h.desk.store.request(1))?.status).toBe('open');
    expect(JSON.stringify((await run(h.adapter, staffPressed(DESK_VERB.assign, { n: 99 }))).body)).toContain('Request 99 is no longer kept');
  });

  it.each([
    ['junk', { junk: true }],
    ['a non-desk verb', { action: { type: 'Action.Execute', verb: 'other.thing', data: {} } }],
    ['a forged number', { action: { type: 'Action.Execute', verb: DESK_VERB.close, data: { n: '1 OR 1=1' } } }],
  ])('%s is refused without failing the turn', async (_case, value) => {
    const h = createDeskHarness();
    const { body, texts } = await run(h.adapter, { type: 'invoke', name: 'adaptiveCard/action', value });
    expect(body).toMatchObject({ statusCode: 400 });
    expect(texts).toEqual([]);
  });

  it('an empty answer is asked for again; an answer goes to the user with the name; the user hears when it is taken', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    await ask(h);
    expect(JSON.stringify((await run(h.adapter, staffPressed(DESK_VERB.answer, { n: 1, deskAnswer: ' ' }))).body)).toContain('Write an answer first.');
    await run(h.adapter, staffPressed(DESK_VERB.assign, { n: 1 }));
    await run(h.adapter, staffPressed(DESK_VERB.answer, { n: 1, deskAnswer: 'Press Resend OTP after two minutes.' }));
    await settle(h);
    const toUser = h.messenger.of('user').map((s) => s.text);
    expect(toUser[0]).toContain('Priya Sharma from the help desk has taken your request 1');
    expect(toUser[1]).toContain('Answer to your request 1');
    expect(toUser[1]).toContain('Press Resend OTP after two minutes.');
  });

  it('a user whose chat is gone (403) is marked unreachable on the card; the notice is not retried', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    await ask(h);
    await settle(h);
    h.messenger.failing = { kind: 'user', status: 403 };
    await run(h.adapter, staffPressed(DESK_VERB.assign, { n: 1 }));
    await settle(h);
    const r = await h.desk.store.request(1);
    expect(r?.unreachable).toBe(true);
    expect(r?.outbox).toEqual([]);
    expect(h.messenger.of('update').at(-1)?.text).toContain('could not be reached in Teams');
  });
});

describe('the user after an answer', () => {
  it('typed "still need help" reopens the last answered request; with none, it is a question like any other', async () => {
    const h = createDeskHarness();
    expect((await run(h.adapter, 'I still need help')).texts[0]).not.toMatch(/open again/);
    await setDesk(h);
    await ask(h);
    await run(h.adapter, staffPressed(DESK_VERB.answer, { n: 1, deskAnswer: 'Try again after 2 minutes.' }));
    await settle(h);
    expect((await run(h.adapter, 'abhi bhi madad chahiye')).texts[0]).toContain('Request 1 is open again');
    await settle(h);
    expect((await h.desk.store.request(1))?.status).toBe('reopened');
    expect(h.messenger.of('thread').at(-1)?.text).toContain('The user still needs help: request 1 is open again.');
  });

  it('a new question after an answer ("OTP not working") is answered by the bot, not taken for "still need help"', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    await ask(h);
    await run(h.adapter, staffPressed(DESK_VERB.answer, { n: 1, deskAnswer: 'Try again after 2 minutes.' }));
    await settle(h);
    expect((await run(h.adapter, 'OTP not working')).texts[0]).not.toMatch(/open again/);
    expect((await h.desk.store.request(1))?.status).toBe('answered');
  });

  it('the reopen button works only for the request\'s own user, in their own chat', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    await ask(h);
    await run(h.adapter, staffPressed(DESK_VERB.answer, { n: 1, deskAnswer: 'Try again.' }));
    const other = await run(h.adapter, pressed(DESK_VERB.reopen, { n: 1, lang: 'en' }, { from: { id: '29:mallory', name: 'M' } }));
    expect(JSON.stringify(other.body)).toContain('This button belongs to another chat.');
    expect((await h.desk.store.request(1))?.status).toBe('answered');
    await settle(h);
  });
});

describe('keeping and removing', () => {
  it('closed requests are removed after the retention time by the sweep; answered ones nobody closes are closed after 14 days', async () => {
    const h = createDeskHarness();
    await setDesk(h);
    await ask(h, 'first question here');
    await ask(h, 'second question here');
    await run(h.adapter, staffPressed(DESK_VERB.close, { n: 1 }));
    await run(h.adapter, staffPressed(DESK_VERB.answer, { n: 2, deskAnswer: 'Answered.' }));
    await settle(h);
    const later = new DeskDeliveryClock(h, 15 * 86_400_000);
    await later.sweep();
    expect((await h.desk.store.request(2))?.closedBy).toEqual({ id: 'auto', name: '' });
    const muchLater = new DeskDeliveryClock(h, 100 * 86_400_000);
    await muchLater.sweep();
    expect(await h.desk.store.request(1)).toBeUndefined();
    expect(await h.desk.store.request(2)).toBeDefined(); // closed on day 15: kept until day 105
  });
});

/** Runs the desk's sweep as if `offsetMs` later (a second delivery over the same store and messenger). */
class DeskDeliveryClock {
  constructor(private readonly h: Harness, private readonly offsetMs: number) {}
  async sweep(): Promise<void> {
    const { DeskDelivery } = await import('../../src/bot/desk/desk-delivery');
    const { DeskViews } = await import('../../src/bot/desk/desk-views');
    const clock = () => new Date(this.h.core.clock().getTime() + this.offsetMs);
    const views = new DeskViews(this.h.core.i18n, this.h.core.assistant, clock, 90);
    await new DeskDelivery(this.h.desk.store, this.h.messenger, views, clock, 'later').sweep(90 * 86_400_000);
  }
}
