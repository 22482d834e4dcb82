import {
  allocate, closedEntry, EMPTY_INDEX, liveEntry, monthOf, readIndex, transition, userKeyOf, withLive, withoutLive,
  type Allocation, type ClosedEntry, type DeskAction, type DeskIndex, type DeskRequest, type DeskSettings, type SendAttempt, type TransitionResult,
} from '../domain/desk';
import { isETagConflict } from './etag-update';

/** The calls the desk needs from the bot's state store (botbuilder's `Storage` has them: memory or Blob Storage). */
export interface StateItems {
  read(keys: string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, unknown>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** Where the desk keeps things in the shared store. */
export const DESK_KEYS = Object.freeze({
  settings: 'desk/settings',
  index: 'desk/index',
  request: (n: number) => `desk/requests/${n}`,
  closed: (month: string) => `desk/closed/${month}`,
});

/** What a read-modify-write decides from the current value: what to write (nothing: leave it) and what to return. */
export interface Decision<T, R> {
  readonly write?: T;
  readonly result: R;
}

type Stored<T> = T & { eTag?: string };

function withoutETag<T>(item: Stored<T> | undefined): T | undefined {
  if (!item) return undefined;
  const { eTag: _eTag, ...rest } = item as Stored<T> & Record<string, unknown>;
  return rest as T;
}

/** How long a sent mark (a user's pseudonymous key and a card token) is kept: longer than any hourly window. */
const SENT_MARK_MS = 86_400_000;

/** eTag conflicts met, for the figures the tests report (all instances in a process). */
export const deskStoreStats = { conflicts: 0 };

/**
 * The desk's requests, index and settings in the shared state store. Every change is a
 * read-modify-write guarded by the item's eTag: of two instances changing one request at the
 * same moment, the second write fails (412), re-reads and decides again on what the first wrote.
 */
export class DeskStore {
  constructor(private readonly storage: StateItems, private readonly maxAttempts = 25) {}

  /** Reads `key`, lets `decide` choose, writes with the read's eTag; on a conflict re-reads and decides again. */
  async readModifyWrite<T, R>(key: string, decide: (current: T | undefined) => Decision<T, R>): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      const current = (await this.storage.read([key]))[key] as Stored<T> | undefined;
      const { write, result } = decide(withoutETag(current));
      if (write === undefined) return result;
      try {
        // No eTag yet (a new item): '*'. New items are made where nobody races: a fresh request number, `desk here`.
        await this.storage.write({ [key]: { ...write, eTag: current?.eTag ?? '*' } });
        return result;
      } catch (err) {
        if (!isETagConflict(err) || attempt >= this.maxAttempts) throw err;
        deskStoreStats.conflicts++;
        // Jittered, growing back-off: writers that collided spread out instead of colliding again.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 15 * 2 ** attempt)));
      }
    }
  }

  /** The desk channel, if one is set. */
  async settings(): Promise<DeskSettings | undefined> {
    const raw = (await this.storage.read([DESK_KEYS.settings]))[DESK_KEYS.settings] as Stored<DeskSettings> | undefined;
    return raw && typeof raw.channelId === 'string' ? withoutETag(raw) : undefined;
  }

  /** Sets the desk channel (and makes the index on first use); returns the settings it replaced. */
  async setSettings(next: DeskSettings): Promise<DeskSettings | undefined> {
    const before = await this.readModifyWrite<DeskSettings, DeskSettings | undefined>(DESK_KEYS.settings, (current) => ({ write: next, result: current }));
    await this.readModifyWrite<DeskIndex, void>(DESK_KEYS.index, (current) => ({ write: current ? undefined : EMPTY_INDEX, result: undefined }));
    return before;
  }

  /** Turns the desk off (requests already made are kept and can still be worked). */
  async clearSettings(): Promise<void> {
    await this.storage.delete([DESK_KEYS.settings]);
  }

  /** The index (empty when the desk was never set). */
  async index(): Promise<DeskIndex> {
    return readIndex((await this.storage.read([DESK_KEYS.index]))[DESK_KEYS.index]) ?? EMPTY_INDEX;
  }

  /** One request, if it is kept. */
  async request(n: number): Promise<DeskRequest | undefined> {
    return (await this.requests([n]))[0];
  }

  /** The requests kept among `ns` (in the order asked; missing ones left out). */
  async requests(ns: readonly number[]): Promise<DeskRequest[]> {
    if (!ns.length) return [];
    const items = await this.storage.read(ns.map(DESK_KEYS.request));
    return ns.map((n) => withoutETag(items[DESK_KEYS.request(n)] as Stored<DeskRequest> | undefined)).filter((r): r is DeskRequest => !!r && r.n > 0);
  }

  /** A number for a send (or the earlier press's number, or the limit), in one eTag-guarded change of the index. */
  allocate(send: SendAttempt): Promise<Allocation> {
    return this.readModifyWrite<DeskIndex, Allocation>(DESK_KEYS.index, (current) => {
      const result = allocate(readIndex(current) ?? EMPTY_INDEX, send);
      return { write: result.kind === 'new' ? result.index : undefined, result };
    });
  }

  /** Writes a new request under its freshly allocated number. */
  async saveNew(request: DeskRequest): Promise<void> {
    await this.storage.write({ [DESK_KEYS.request(request.n)]: { ...request, eTag: '*' } });
  }

  /** Applies a staff or user action to a request (eTag-guarded), then brings the index up to date. */
  async act(n: number, action: DeskAction, now: Date): Promise<TransitionResult | undefined> {
    return this.update(n, (current) => {
      const result = transition(current, action, now);
      return { write: result.ok && result.changed ? result.request : undefined, result };
    });
  }

  /** Any other change of a request (the outbox delivery); the index follows when it was written. */
  async update<R>(n: number, decide: (current: DeskRequest) => Decision<DeskRequest, R>): Promise<R | undefined> {
    let written: DeskRequest | undefined;
    const result = await this.readModifyWrite<DeskRequest, R | undefined>(DESK_KEYS.request(n), (current) => {
      if (!current) return { result: undefined };
      const decision = decide(current);
      written = decision.write;
      return decision;
    });
    if (written) await this.syncIndex(written, Date.now());
    return result;
  }

  /** Makes the index say what the request says: its live entry, or (closed) its month's entry and no live one. */
  async syncIndex(request: DeskRequest, now: number): Promise<void> {
    if (request.status !== 'closed') {
      const entry = liveEntry(request, userKeyOf(request.user.channelId, request.user.userId));
      await this.readModifyWrite<DeskIndex, void>(DESK_KEYS.index, (current) => ({ write: withLive(readIndex(current) ?? EMPTY_INDEX, entry), result: undefined }));
      return;
    }
    const closed = closedEntry(request, now);
    const month = monthOf(closed.x);
    await this.prepareMonth(month);
    await this.readModifyWrite<{ entries: ClosedEntry[] }, void>(DESK_KEYS.closed(month), (current) => {
      const entries = current?.entries ?? [];
      return { write: entries.some((e) => e.n === closed.n) ? undefined : { entries: [...entries, closed] }, result: undefined };
    });
    await this.readModifyWrite<DeskIndex, void>(DESK_KEYS.index, (current) => ({
      write: withoutLive(readIndex(current) ?? EMPTY_INDEX, new Set([request.n]), month),
      result: undefined,
    }));
  }

  /**
   * Makes a month's closed-requests item (empty) if it is missing. The store writes a missing item
   * unconditionally, so entries are only ever added to an item that exists, under its eTag: two
   * instances making it at once both write it empty, and neither addition is lost. The sweep makes
   * the next month's ahead of time.
   */
  async prepareMonth(month: string): Promise<void> {
    await this.readModifyWrite<{ entries: ClosedEntry[] }, void>(DESK_KEYS.closed(month), (current) => ({ write: current ? undefined : { entries: [] }, result: undefined }));
  }

  /** The closed requests of a month. */
  async closedIn(month: string): Promise<ClosedEntry[]> {
    const raw = (await this.storage.read([DESK_KEYS.closed(month)]))[DESK_KEYS.closed(month)] as { entries?: unknown } | undefined;
    return Array.isArray(raw?.entries) ? (raw!.entries as ClosedEntry[]) : [];
  }

  /** Removes index entries of requests that were never written (allocated, then the instance died). */
  async dropLive(ns: ReadonlySet<number>): Promise<void> {
    await this.readModifyWrite<DeskIndex, void>(DESK_KEYS.index, (current) => ({ write: withoutLive(readIndex(current) ?? EMPTY_INDEX, ns), result: undefined }));
  }

  /**
   * Deletes requests closed more than `retentionMs` ago, with their entries. `beforeRemove` is asked
   * first about each (the delivery replaces its card in the channel) and keeps it for the next
   * clean-up by resolving false. A past month's item goes once it is empty; sent marks older than a
   * day go too. Resolves to how many requests were removed.
   */
  async purge(now: number, retentionMs: number, beforeRemove?: (request: DeskRequest) => Promise<boolean>): Promise<number> {
    const cutoff = now - retentionMs;
    const index = await this.index();
    let removed = 0;
    const emptied: string[] = [];
    for (const month of index.months.filter((m) => m <= monthOf(cutoff))) {
      const expired = (await this.closedIn(month)).filter((e) => e.x < cutoff).map((e) => e.n);
      const kept = new Set<number>();
      for (const r of await this.requests(expired)) if (beforeRemove && !(await beforeRemove(r))) kept.add(r.n);
      const gone = new Set(expired.filter((n) => !kept.has(n)));
      if (gone.size) await this.storage.delete([...gone].map(DESK_KEYS.request));
      removed += gone.size;
      const left = await this.readModifyWrite<{ entries: ClosedEntry[] }, number>(DESK_KEYS.closed(month), (current) => {
        const entries = (current?.entries ?? []).filter((e) => !gone.has(e.n));
        return { write: current && entries.length !== current.entries.length ? { entries } : undefined, result: entries.length };
      });
      if (left === 0 && month < monthOf(now)) emptied.push(month);
    }
    if (emptied.length) await this.storage.delete(emptied.map(DESK_KEYS.closed));
    await this.readModifyWrite<DeskIndex, void>(DESK_KEYS.index, (current) => {
      const i = readIndex(current);
      if (!i) return { result: undefined };
      const sent = i.sent.filter((m) => m.at > now - SENT_MARK_MS);
      const months = i.months.filter((m) => !emptied.includes(m));
      return { write: sent.length === i.sent.length && months.length === i.months.length ? undefined : { ...i, sent, months }, result: undefined };
    });
    return removed;
  }
}
