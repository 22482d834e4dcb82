import { DESK_VERB } from '../../src/cards/desk-data';
import { createDeskHarness, dataOf, inChannel, pressed, run } from './desk-harness';

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
