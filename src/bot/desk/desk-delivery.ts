import type { Logger } from 'pino';
import { DESK_LIMITS, type DeskPost, type DeskRequest, type OutboxItem } from '../../domain/desk';
import type { DeskStore } from '../../storage/desk-store';
import { withTimeout } from '../../storage/resilient-storage';
import { isPosted, isUnreachable, type DeskMessenger, type Posted } from './desk-messenger';
import { DeskRetention } from './desk-retention';
import type { DeskViews } from './desk-views';

/** Timings of the outbox (tests shorten them). */
export interface DeliveryTimings {
  /** Every instance looks for undelivered work this often. */
  readonly sweepMs: number;
  /** Requests closed longer ago than this are removed. */
  readonly retentionMs: number;
}

const DAY = 86_400_000;
/** Back-off after failed deliveries: 15 s (or one sweep, if shorter), then doubling, at most 30 min between tries. */
const backoff = (attempts: number, baseMs: number): number => Math.min(30 * 60_000, baseMs * 2 ** Math.max(0, attempts - 1));

/** Most unrecorded deliveries remembered (a store down for long: the oldest are forgotten, at worst sent again). */
const MAX_UNRECORDED = 1000;
/** A delivery starts no send in the last seconds of its lease (its result must be written back in time). */
const LEASE_MARGIN_MS = 5000;

/** What one delivery did: the outbox items done, the post made, whether the user is unreachable, whether anything failed. */
interface Outcome {
  /** No send starts after this (ms, real time): the lease must outlast the delivery. */
  readonly until: number;
  readonly done: Set<string>;
  post?: Posted;
  unreachable?: boolean;
  failed: boolean;
}

/**
 * Delivers each request's outbox: posts its card to the desk channel, updates the card for
 * everyone, tells the user it was taken / answered / closed, tells the desk it was reopened.
 * The outbox is written with the change that caused it (one eTag-guarded write), so nothing
 * is lost when an instance stops between the two: any instance's sweep delivers it later. An
 * instance takes a short lease on a request while it delivers, so two instances do not both send.
 */
export class DeskDelivery {
  private timer?: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly retention: DeskRetention;
  private stopped = false;
  private backoffBaseMs = 15_000;
  private sweeping = false;
  /** Requests this instance is delivering now, and whether another change asked for one more pass. */
  private readonly busy = new Map<number, boolean>();
  /** What was sent but could not be written back (the store failed right after): never sent again by this instance. */
  private readonly unrecorded = new Map<number, Outcome>();

  constructor(
    private readonly store: DeskStore,
    private readonly messenger: DeskMessenger,
    private readonly views: DeskViews,
    private readonly clock: () => Date,
    private readonly instanceId: string,
    private readonly logger?: Pick<Logger, 'warn' | 'info'>,
  ) {
    this.retention = new DeskRetention(store, messenger, views, logger);
  }

  /** Delivers `n` in the background now (after a change); awaited by {@link stop}. */
  kick(n: number): void {
    if (this.stopped) return;
    this.track(this.deliver(n, true));
  }

  /** Sweeps every `sweepMs` (the first sweep soon after start: work a stopped instance left behind). */
  start(timings: DeliveryTimings): void {
    this.backoffBaseMs = Math.min(15_000, timings.sweepMs);
    const run = () => {
      if (this.sweeping) return;
      this.sweeping = true;
      this.track(this.sweep(timings.retentionMs).finally(() => (this.sweeping = false)));
    };
    this.timer = setInterval(run, timings.sweepMs);
    this.timer.unref();
    setTimeout(run, Math.min(2000, timings.sweepMs)).unref();
  }

  /** Stops sweeping and waits for deliveries in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.idle();
  }

  /** Resolves when no delivery is in flight. */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private track(p: Promise<unknown>): void {
    const tracked = p.catch((err) => this.logger?.warn({ errorName: (err as Error)?.name }, 'desk delivery failed')).finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /**
   * One pass over the requests not closed: delivers pending outboxes (respecting back-off), closes
   * answered requests nobody touched for long, drops numbers never written, and runs the retention
   * upkeep ({@link DeskRetention}). Resolves to how many outboxes were delivered.
   */
  async sweep(retentionMs: number): Promise<number> {
    const now = this.clock().getTime();
    const index = await this.store.index();
    const requests = new Map((await this.store.requests(index.live.map((e) => e.n))).map((r) => [r.n, r]));
    const orphans = new Set(index.live.filter((e) => !requests.has(e.n) && now - e.c > DESK_LIMITS.orphanMs).map((e) => e.n));
    if (orphans.size) await this.store.dropLive(orphans);
    let delivered = 0;
    for (const r of requests.values()) {
      if (r.status === 'closed') await this.store.syncIndex(r, now);
      const stale = r.status === 'answered' && !!r.answer && now - Date.parse(r.answer.at) > DESK_LIMITS.autoCloseAnsweredDays * DAY;
      if (stale) await this.store.act(r.n, { kind: 'expire' }, this.clock());
      if ((r.outbox.length || stale) && (await this.deliver(r.n, false))) delivered++;
    }
    await this.retention.run(now, retentionMs);
    return delivered;
  }

  /** Delivers one request's outbox; true when something was sent. One delivery per request at a time in this instance. */
  async deliver(n: number, force: boolean): Promise<boolean> {
    if (this.busy.has(n)) {
      this.busy.set(n, true);
      return false;
    }
    let sent = false;
    try {
      do {
        this.busy.set(n, false);
        sent = (await this.rounds(n, force)) || sent;
      } while (this.busy.get(n));
    } finally {
      this.busy.delete(n);
    }
    return sent;
  }

  /** A few claim-send-finish rounds, while changes keep arriving. */
  private async rounds(n: number, force: boolean): Promise<boolean> {
    let sent = false;
    for (let round = 0; round < 3; round++) {
      const claimed = await this.claim(n, force);
      if (!claimed) return sent;
      const outcome = await this.send(claimed);
      sent = sent || outcome.done.size > 0;
      let more: boolean;
      try {
        more = await this.finish(n, outcome);
        this.unrecorded.delete(n);
      } catch (err) {
        if (this.unrecorded.size >= MAX_UNRECORDED) this.unrecorded.clear();
        this.unrecorded.set(n, outcome); // the next try records it instead of sending it again
        throw err;
      }
      if (!more) return sent;
    }
    return sent;
  }

  private claim(n: number, force: boolean): Promise<DeskRequest | undefined> {
    const now = this.clock().getTime();
    return this.store.update(n, (r) => {
      if (!r.outbox.length) return { result: undefined };
      const lease = r.delivery;
      if (lease && lease.by !== this.instanceId && lease.until > now) return { result: undefined };
      if (!force && lease?.nextTryAt && lease.nextTryAt > now) return { result: undefined };
      const next = { ...r, delivery: { by: this.instanceId, until: now + DESK_LIMITS.leaseMs, attempts: lease?.attempts ?? 0 } };
      return { write: next, result: next };
    });
  }

  private async send(r: DeskRequest): Promise<Outcome> {
    // What an earlier try sent but could not record counts as done (and its post ids are kept).
    const carried = this.unrecorded.get(r.n);
    const until = Date.now() + DESK_LIMITS.leaseMs - LEASE_MARGIN_MS;
    const outcome: Outcome = { until, done: new Set(carried?.done), post: carried?.post, unreachable: carried?.unreachable, failed: false };
    const pending = r.outbox.filter((o) => !outcome.done.has(o.id));
    const settings = await this.store.settings();
    const deskLang = settings?.lang ?? 'en';
    const kinds = (kind: OutboxItem['kind']) => pending.filter((o) => o.kind === kind);
    const updates = kinds('update');
    const currentPost = (): DeskPost => outcome.post ?? r.post;
    const card = () => this.views.message(this.views.requestCard({ ...r, post: currentPost() }, deskLang), deskLang);

    const posts = kinds('post');
    if (posts.length) {
      // Post to the desk as it is now (it may have moved since the request was made).
      const target: DeskPost = settings ? { channelId: settings.channelId, serviceUrl: settings.serviceUrl, tenantId: settings.tenantId, botId: settings.botId } : r.post;
      await this.attempt(outcome, [...posts, ...updates], 'post', async () => {
        const posted = await this.messenger.postToChannel(target, card());
        outcome.post = { ...target, ...posted };
      });
    } else if (updates.length) {
      const post = currentPost();
      if (isPosted(post)) await this.attempt(outcome, updates, 'update', () => this.messenger.updatePost(post, card()));
      else updates.forEach((o) => outcome.done.add(o.id));
    }

    for (const item of pending.filter((o) => o.kind === 'taken' || o.kind === 'answered' || o.kind === 'closed')) {
      await this.attempt(outcome, [item], item.kind, async () => {
        try {
          await this.messenger.sendToUser(r.user, this.userNotice(r, item.kind));
        } catch (err) {
          if (!isUnreachable(err)) throw err;
          outcome.unreachable = true; // the chat is gone: staff see it on the card and can use the chat link
        }
      });
    }

    const post = currentPost();
    for (const item of kinds('reopened')) {
      if (!isPosted(post)) continue;
      await this.attempt(outcome, [item], 'reopened', () => this.messenger.replyInThread(post, this.views.message(this.views.notice(deskLang, 'desk:thread.reopened', { n: r.n }), deskLang)));
    }
    return outcome;
  }

  private userNotice(r: DeskRequest, kind: OutboxItem['kind']) {
    if (kind === 'answered' && r.answer) return this.views.message(this.views.answerCard(r), r.lang);
    if (kind === 'taken') {
      const card = r.owner?.name ? this.views.notice(r.lang, 'desk:notice.taken', { n: r.n, name: r.owner.name }) : this.views.notice(r.lang, 'desk:notice.takenNoName', { n: r.n });
      return this.views.message(card, r.lang);
    }
    return this.views.message(this.views.notice(r.lang, 'desk:notice.closed', { n: r.n }), r.lang);
  }

  /**
   * Runs one send, for at most {@link DESK_LIMITS.sendTimeoutMs} and never past the lease; on success
   * marks its items done, on failure (or when stopping) notes it: the items stay for the next try.
   */
  private async attempt(outcome: Outcome, items: readonly OutboxItem[], kind: string, send: () => Promise<void>): Promise<void> {
    const left = Math.min(DESK_LIMITS.sendTimeoutMs, outcome.until - Date.now());
    if (this.stopped || left <= 0) {
      outcome.failed = true;
      return;
    }
    try {
      await withTimeout(send(), left);
      items.forEach((o) => outcome.done.add(o.id));
    } catch (err) {
      outcome.failed = true;
      this.logger?.warn({ kind, errorName: (err as Error)?.name, status: (err as { statusCode?: number })?.statusCode }, 'desk message not delivered (will retry)');
    }
  }

  /** Removes what was done, keeps the post ids, ends the lease (with a back-off after a failure); true when more is waiting. */
  private async finish(n: number, outcome: Outcome): Promise<boolean> {
    const now = this.clock().getTime();
    const more = await this.store.update(n, (r) => {
      // Newly unreachable: the card is updated once more to say so.
      const warn: OutboxItem[] = outcome.unreachable && !r.unreachable ? [{ id: `${r.version}:unreachable`, kind: 'update', at: new Date(now).toISOString() }] : [];
      const outbox = [...r.outbox.filter((o) => !outcome.done.has(o.id)), ...warn];
      const attempts = outcome.failed ? (r.delivery?.attempts ?? 0) + 1 : 0;
      const delivery = outcome.failed ? { by: '', until: 0, attempts, nextTryAt: now + backoff(attempts, this.backoffBaseMs) } : undefined;
      const next: DeskRequest = { ...r, outbox, post: outcome.post ?? r.post, unreachable: r.unreachable || outcome.unreachable || undefined, delivery };
      return { write: next, result: !outcome.failed && outbox.length > 0 };
    });
    return more === true;
  }
}
