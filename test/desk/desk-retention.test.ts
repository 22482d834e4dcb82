import { MemoryStorage } from 'botbuilder';
import { DeskDelivery } from '../../src/bot/desk/desk-delivery';
import { DeskViews } from '../../src/bot/desk/desk-views';
import { DESK_VERB } from '../../src/cards/desk-data';
import { newRequest } from '../../src/domain/desk';
import { DeskStore, DESK_KEYS } from '../../src/storage/desk-store';
import { createDeskHarness, dataOf, inChannel, pressed, run, staffPressed } from './desk-harness';
import { DESK, NOW, PRIYA, RAVI, USER } from './desk-fixtures';

/**
 * What the desk keeps and for how long (DPDP Act 2023: purpose and storage limitation), on a
 * fixed clock: a closed request is removed 90 days after closing, with its copy in the desk
 * channel, its month entry and every mark of its user; nothing of it is left in the store.
 */
type Harness = ReturnType<typeof createDeskHarness>;
const DAY = 86_400_000;
const RETENTION = 90 * DAY;
const QUESTION = 'My account with asha.verma@example.gov.in is pending approval';

/** A sweep of the same desk as if `days` later (the retention clean-up runs in it). */
async function sweepLater(h: Harness, days: number): Promise<void> {
  const clock = () => new Date(h.core.clock().getTime() + days * DAY);
  const views = new DeskViews(h.core.i18n, h.core.assistant, clock, 90);
  await new DeskDelivery(h.desk.store, h.messenger, views, clock, `later-${days}`).sweep(RETENTION);
}

/** Everything the desk holds in the store (its keys and values), as text. */
const stored = (h: Harness): string =>
  JSON.stringify(Object.entries((h.storage as unknown as { memory: Record<string, string | undefined> }).memory).filter(([key, value]) => key.startsWith('desk/') && value !== undefined));

async function answeredAndClosed(): Promise<Harness> {
  const h = createDeskHarness();
  await run(h.adapter, inChannel('desk here', '29:owner'));
  const offer = await run(h.adapter, { type: 'message', value: { sahayak: 'talk', lang: 'en', query: QUESTION } });
  await run(h.adapter, pressed(DESK_VERB.send, { ...dataOf(offer.cards[0], DESK_VERB.send), deskQuestion: QUESTION }));
  await run(h.adapter, staffPressed(DESK_VERB.answer, { n: 1, deskAnswer: 'Your nodal officer approves it: write to them.' }));
  await run(h.adapter, staffPressed(DESK_VERB.close, { n: 1 }));
  await h.desk.delivery.idle();
  return h;
}

describe('a closed request is removed after the retention time, everywhere the desk put it', () => {
  it('kept on day 89; on day 91 gone from the store, its card in the channel replaced, no trace of the user left', async () => {
    const h = await answeredAndClosed();
    const updatesBefore = h.messenger.of('update').length;
    await sweepLater(h, 89);
    expect(await h.desk.store.request(1)).toBeDefined();
    expect(h.messenger.of('update')).toHaveLength(updatesBefore);

    await sweepLater(h, 91);
    expect(await h.desk.store.request(1)).toBeUndefined();
    const redacted = h.messenger.of('update').at(-1)!;
    expect(redacted.to).toBe('1');
    expect(redacted.text).toContain('Request 1 is no longer kept: requests are removed 90 days after they are closed.');
    expect(redacted.text).not.toMatch(/Asha|pending approval|nodal officer|Priya/);
    expect(redacted.card.actions ?? []).toEqual([]);
    expect(redacted.card.refresh).toBeUndefined();
    const left = stored(h);
    for (const trace of ['Asha', 'asha', 'pending approval', 'nodal officer', '29:asha', 'personal-1', '"u":', '"t":']) expect(left).not.toContain(trace);
    expect(await h.desk.store.index()).toMatchObject({ live: [], sent: [] });
  });

  it('when the card cannot be replaced now (503) the request waits for the next clean-up; a card already deleted (404) does not hold it', async () => {
    const h = await answeredAndClosed();
    h.messenger.failing = { kind: 'update', status: 503 };
    await sweepLater(h, 91);
    expect(await h.desk.store.request(1)).toBeDefined();
    h.messenger.failing = { kind: 'update', status: 404 };
    await sweepLater(h, 92);
    expect(await h.desk.store.request(1)).toBeUndefined();
  });

  it('a request that was never posted (the desk unreachable all along) is removed all the same', async () => {
    const h = createDeskHarness();
    h.messenger.failing = { kind: 'post', status: 503 };
    await run(h.adapter, inChannel('desk here', '29:owner'));
    const offer = await run(h.adapter, { type: 'message', value: { sahayak: 'talk', lang: 'en', query: QUESTION } });
    await run(h.adapter, pressed(DESK_VERB.send, { ...dataOf(offer.cards[0], DESK_VERB.send), deskQuestion: QUESTION }));
    await run(h.adapter, staffPressed(DESK_VERB.close, { n: 1 }));
    await h.desk.delivery.idle();
    await sweepLater(h, 91);
    expect(await h.desk.store.request(1)).toBeUndefined();
    expect(h.messenger.of('update')).toHaveLength(0);
  });
});

describe('what a request keeps', () => {
  it('only what the flow uses: the confirmed question, where to reach the user and their name; no directory object id', async () => {
    const h = createDeskHarness();
    await run(h.adapter, inChannel('desk here', '29:owner'));
    const offer = await run(h.adapter, { type: 'message', value: { sahayak: 'talk', lang: 'en', query: QUESTION } });
    const from = { id: '29:asha', name: 'Asha Verma', aadObjectId: '00000000-0000-4000-8000-000000000005', role: 'user', email: 'asha@example.gov.in' };
    await run(h.adapter, pressed(DESK_VERB.send, { ...dataOf(offer.cards[0], DESK_VERB.send), deskQuestion: 'OTP does not come', extra: 'not kept' }, { from } as never));
    await h.desk.delivery.idle();
    const r = (await h.desk.store.request(1))!;
    expect(Object.keys(r.user).sort()).toEqual(['botId', 'botName', 'channelId', 'conversationId', 'serviceUrl', 'userId', 'userName']);
    expect(r.question).toBe('OTP does not come');
    expect(JSON.stringify(r)).not.toMatch(/not kept|00000000-0000-4000-8000-000000000005|asha@example/);
  });
});

describe('the closed-requests month item, made by two instances at once', () => {
  it('two requests closed at the same moment in a new month by two instances: both are kept for the clean-up', async () => {
    const storage = new MemoryStorage();
    const setup = new DeskStore(storage);
    await setup.setSettings(DESK);
    for (const n of [1, 2]) {
      const a = await setup.allocate({ user: `u${n}`, token: `token-${n}-abcdefgh`, now: NOW.getTime(), limit: 3, windowMs: 3_600_000 });
      if (a.kind !== 'new') throw new Error('not allocated');
      await setup.saveNew({ ...newRequest({ n: a.n, question: 'OTP', lang: 'en', topic: null, now: NOW, outOfHours: false, user: USER, desk: DESK }), outbox: [] });
    }
    // Both instances read the (missing) month item before either writes it.
    const december = DESK_KEYS.closed('2026-12');
    let waiting = 2;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const racing = {
      read: async (keys: string[]) => {
        const items = await storage.read(keys);
        if (keys.includes(december) && waiting > 0) {
          if (--waiting === 0) release();
          await gate;
        }
        return items;
      },
      write: (changes: Record<string, unknown>) => storage.write(changes as never),
      delete: (keys: string[]) => storage.delete(keys),
    };
    const inDecember = new Date('2026-12-01T00:00:00Z');
    await Promise.all([new DeskStore(racing).act(1, { kind: 'close', by: PRIYA }, inDecember), new DeskStore(racing).act(2, { kind: 'close', by: RAVI }, inDecember)]);
    expect((await setup.closedIn('2026-12')).map((e) => e.n).sort()).toEqual([1, 2]);
    expect(await setup.purge(inDecember.getTime() + 91 * DAY, RETENTION)).toBe(2);
    expect(await setup.requests([1, 2])).toEqual([]);
  });
});
