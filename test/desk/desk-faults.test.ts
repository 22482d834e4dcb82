import { DESK_VERB } from '../../src/cards/desk-data';
import { createDeskHarness, dataOf, inChannel, pressed, run, staffPressed } from './desk-harness';

/**
 * A busy morning with a flaky store: the state store failing or timing out at the worst moment
 * (through botbuilder's TestAdapter, over a memory store that fails on cue, with a recording
 * messenger). Nothing the user was told is sent may be lost; nothing may be sent twice.
 */
type Harness = ReturnType<typeof createDeskHarness>;
const QUESTION = 'My account is pending approval for two weeks';

async function deskWithOffer(): Promise<{ h: Harness; send: object }> {
  const h = createDeskHarness();
  await run(h.adapter, inChannel('desk here', '29:owner'));
  const offer = await run(h.adapter, { type: 'message', value: { sahayak: 'talk', lang: 'en', query: QUESTION } });
  return { h, send: { ...dataOf(offer.cards[0], DESK_VERB.send), deskQuestion: QUESTION } };
}

const said = (body: unknown) => JSON.stringify(body);

describe('the store fails while a request is made', () => {
  it.each([
    ['the request cannot be written', false],
    ['the number is written but the answer times out', true],
  ])('%s: the user is asked to try again, and the second press makes the request (never "sent" with nothing kept)', async (_case, after) => {
    const { h, send } = await deskWithOffer();
    if (after) h.storage.fail('write', /^desk\/index$/, 1, true);
    else h.storage.fail('write', /^desk\/requests\/1$/);
    expect(said((await run(h.adapter, pressed(DESK_VERB.send, send))).body)).toContain('I could not send your request just now');

    expect(said((await run(h.adapter, pressed(DESK_VERB.send, send))).body)).toContain('Request 1 sent');
    await h.desk.delivery.idle();
    expect(await h.desk.store.request(1)).toMatchObject({ n: 1, question: QUESTION, status: 'open', outbox: [] });
    expect(h.messenger.of('post')).toHaveLength(1);
    expect(h.messenger.of('post')[0].text).toContain(QUESTION);
  });
});

describe('the store fails right after a message went out', () => {
  /** After the first send of `kind`, the next write of request 1 fails (the delivery cannot record what it sent). */
  function failAfterFirst(h: Harness, kind: 'post' | 'user'): void {
    let armed = true;
    h.messenger.afterSend = (sent) => {
      if (sent === kind && armed) {
        armed = false;
        h.storage.fail('write', /^desk\/requests\/1$/);
      }
    };
  }
  const sweep = async (h: Harness) => {
    await h.desk.delivery.sweep(90 * 86_400_000);
    await h.desk.delivery.idle();
  };

  it('the card posted once: the next sweep records the post instead of posting again', async () => {
    const { h, send } = await deskWithOffer();
    failAfterFirst(h, 'post');
    await run(h.adapter, pressed(DESK_VERB.send, send));
    await h.desk.delivery.idle();
    await sweep(h);
    await sweep(h);
    expect(h.messenger.of('post')).toHaveLength(1);
    expect(await h.desk.store.request(1)).toMatchObject({ outbox: [], post: { activityId: '1' } });
  });

  it('the user hears "taken" once, and the card update goes to the card already posted', async () => {
    const { h, send } = await deskWithOffer();
    await run(h.adapter, pressed(DESK_VERB.send, send));
    await h.desk.delivery.idle();
    failAfterFirst(h, 'user');
    await run(h.adapter, staffPressed(DESK_VERB.assign, { n: 1 }));
    await h.desk.delivery.idle();
    await sweep(h);
    expect(h.messenger.of('user').filter((m) => /has taken your request 1/.test(m.text))).toHaveLength(1);
    expect(h.messenger.of('post')).toHaveLength(1);
    expect((await h.desk.store.request(1))?.outbox).toEqual([]);
  });
});

describe('a staff press while the store is down', () => {
  it('is told to press again, in the staff member\'s Teams language (not the user\'s "could not send your request")', async () => {
    const { h, send } = await deskWithOffer();
    await run(h.adapter, pressed(DESK_VERB.send, send));
    await h.desk.delivery.idle();
    for (const [locale, expected] of [['en-IN', 'That did not go through just now. Please press the button again in a minute.'], ['hi-IN', 'यह काम अभी नहीं हो सका।']]) {
      h.storage.fail('read', /^desk\/requests\/1$/);
      const { body } = await run(h.adapter, { ...staffPressed(DESK_VERB.assign, { n: 1 }), locale });
      expect(said(body)).toContain(expected);
      expect(said(body)).not.toMatch(/send your request|अनुरोध नहीं भेज/);
    }
    expect((await h.desk.store.request(1))?.status).toBe('open');
  });
});
