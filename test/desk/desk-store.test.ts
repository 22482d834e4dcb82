import { MemoryStorage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { newRequest, userKeyOf, type DeskRequest } from '../../src/domain/desk';
import { DeskStore, DESK_KEYS, deskStoreStats } from '../../src/storage/desk-store';
import { Azurite, startAzurite } from '../storage/azurite';
import { DESK, NOW, PRIYA, RAVI, USER } from './desk-fixtures';

const HOUR = 3_600_000;
const send = (store: DeskStore, user: string, token: string, now = NOW.getTime()) => store.allocate({ user, token, now, limit: 3, windowMs: HOUR });

async function made(store: DeskStore, token: string, user = USER): Promise<DeskRequest> {
  const a = await send(store, userKeyOf(user.channelId, user.userId), token);
  if (a.kind !== 'new') throw new Error(`not allocated: ${a.kind}`);
  const r = newRequest({ n: a.n, question: 'OTP is not coming', lang: 'hi', topic: 'otp-problem', now: NOW, outOfHours: false, user, desk: DESK });
  await store.saveNew(r);
  return r;
}

describe('desk store (memory)', () => {
  let store: DeskStore;
  beforeEach(async () => {
    store = new DeskStore(new MemoryStorage());
    await store.setSettings(DESK);
  });

  it('keeps the settings and makes the index once', async () => {
    expect(await store.settings()).toEqual(DESK);
    await made(store, 'tok-1');
    const before = await store.index();
    expect(await store.setSettings({ ...DESK, channelId: '19:other@thread.tacv2' })).toEqual(DESK);
    expect(await store.index()).toEqual(before);
    await store.clearSettings();
    expect(await store.settings()).toBeUndefined();
  });

  it('numbers requests, lists them live with their outbox flag, and closes them into their month', async () => {
    const r1 = await made(store, 'tok-1');
    const r2 = await made(store, 'tok-2', { ...USER, userId: '29:other' });
    expect([r1.n, r2.n]).toEqual([1, 2]);
    expect((await store.index()).live.map((e) => [e.n, e.s, e.q])).toEqual([[1, 'open', true], [2, 'open', true]]);

    const assigned = await store.act(1, { kind: 'assign', by: PRIYA }, NOW);
    expect(assigned).toMatchObject({ ok: true, changed: true });
    expect((await store.request(1))?.owner).toEqual(PRIYA);
    expect((await store.index()).live.find((e) => e.n === 1)?.s).toBe('assigned');

    const taken = await store.act(1, { kind: 'assign', by: RAVI }, NOW);
    expect(taken).toMatchObject({ ok: false, code: 'taken', request: { owner: PRIYA } });

    await store.act(1, { kind: 'close', by: PRIYA }, NOW);
    const index = await store.index();
    expect(index.live.map((e) => e.n)).toEqual([2]);
    expect(index.months).toEqual(['2026-11']);
    expect(await store.closedIn('2026-11')).toEqual([{ n: 1, c: NOW.getTime(), x: NOW.getTime() }]);
    expect(await store.act(99, { kind: 'assign', by: PRIYA }, NOW)).toBeUndefined();
  });

  it('removes requests a set time after closing, and their month once empty', async () => {
    await made(store, 'tok-1');
    await made(store, 'tok-2');
    await store.act(1, { kind: 'close', by: PRIYA }, NOW);
    expect(await store.purge(NOW.getTime() + 89 * 24 * HOUR, 90 * 24 * HOUR)).toBe(0);
    expect(await store.request(1)).toBeDefined();
    expect(await store.purge(NOW.getTime() + 91 * 24 * HOUR, 90 * 24 * HOUR)).toBe(1);
    expect(await store.request(1)).toBeUndefined();
    expect(await store.request(2)).toBeDefined();
    expect((await store.index()).months).toEqual([]);
    expect(await store.closedIn('2026-11')).toEqual([]);
  });

  it('gives a second press of the same card the first number, and stops at the hourly limit', async () => {
    const user = userKeyOf(USER.channelId, USER.userId);
    expect(await send(store, user, 'tok-a')).toMatchObject({ kind: 'new', n: 1 });
    expect(await send(store, user, 'tok-a')).toEqual({ kind: 'duplicate', n: 1 });
    await send(store, user, 'tok-b');
    await send(store, user, 'tok-c');
    expect(await send(store, user, 'tok-d')).toMatchObject({ kind: 'limited' });
  });

  it('reads a damaged index as empty rather than failing', async () => {
    const storage = new MemoryStorage();
    await storage.write({ [DESK_KEYS.index]: { next: 'x', live: 5 } });
    expect((await new DeskStore(storage).index()).next).toBe(1);
  });
});

/** A store whose first `parties` reads wait for each other: every racer reads the same version before anyone writes. */
function barrier<T extends { read(keys: string[]): Promise<Record<string, unknown>> }>(inner: T, parties: { left: number; release?: () => void; gate?: Promise<void> }): T {
  parties.gate = new Promise<void>((resolve) => (parties.release = resolve));
  const read = inner.read.bind(inner);
  inner.read = async (keys: string[]) => {
    const items = await read(keys);
    if (parties.left > 0) {
      parties.left--;
      if (parties.left === 0) parties.release!();
      await parties.gate;
    }
    return items;
  };
  return inner;
}

describe('desk store over Blob Storage (Azurite), two clients racing', () => {
  let azurite: Azurite;
  let one: DeskStore;
  let two: DeskStore;
  beforeAll(async () => {
    azurite = await startAzurite();
    const client = () => new DeskStore(new BlobsStorage(azurite.connectionString, 'desk-store-test'));
    [one, two] = [client(), client()];
    await one.setSettings(DESK);
  }, 30_000);
  afterAll(async () => azurite?.stop());

  it('twenty sends at once from two clients get twenty different numbers', async () => {
    const [conflicts, t0] = [deskStoreStats.conflicts, Date.now()];
    const sends = Array.from({ length: 20 }, (_, i) => send(i % 2 ? one : two, `user-${i}`, `tok-${i}`));
    const numbers = (await Promise.all(sends)).map((a) => (a.kind === 'new' ? a.n : -1));
    expect(new Set(numbers).size).toBe(20);
    expect(Math.min(...numbers)).toBe(1);
    expect((await one.index()).next).toBe(21);
    // eslint-disable-next-line no-console
    console.log(`20 concurrent sends: ${Date.now() - t0} ms, ${deskStoreStats.conflicts - conflicts} eTag conflicts retried`);
  }, 30_000);

  it('a double press landing on both clients at once makes one request', async () => {
    const [a, b] = await Promise.all([send(one, 'user-dup', 'same-token'), send(two, 'user-dup', 'same-token')]);
    expect([a.kind, b.kind].sort()).toEqual(['duplicate', 'new']);
    expect((a as { n: number }).n).toBe((b as { n: number }).n);
  });

  it('ten staff pressing "Assign to me" at once on two clients, all reading before anyone writes: one owner, the others see who has it', async () => {
    const r = await made(one, 'tok-race');
    const conflictsBefore = deskStoreStats.conflicts;
    const parties = { left: 10 };
    const racer = () => new DeskStore(barrier(new BlobsStorage(azurite.connectionString, 'desk-store-test'), parties));
    const [a, b] = [racer(), racer()];
    const staff = Array.from({ length: 10 }, (_, i) => ({ id: `29:staff-${i}`, name: `Staff ${i}` }));
    const results = await Promise.all(staff.map((by, i) => (i % 2 ? a : b).act(r.n, { kind: 'assign', by }, NOW)));
    const winners = results.filter((x) => x?.ok && x.changed);
    expect(winners).toHaveLength(1);
    const owner = (winners[0] as { request: DeskRequest }).request.owner!;
    for (const x of results.filter((y) => !(y?.ok && y.changed))) expect(x).toMatchObject({ ok: false, code: 'taken', request: { owner } });
    expect((await two.request(r.n))?.owner).toEqual(owner);
    expect((await one.request(r.n))?.outbox.filter((o) => o.kind === 'taken')).toHaveLength(1);
    // Every loser's first write failed on the eTag (412), then it re-read and saw the owner.
    expect(deskStoreStats.conflicts - conflictsBefore).toBeGreaterThanOrEqual(9);
    // eslint-disable-next-line no-console
    console.log(`10 racing assigns: 1 owner, ${deskStoreStats.conflicts - conflictsBefore} eTag conflicts, ${results.length - 1} told who has it`);
  }, 30_000);
});
