import type { Logger } from 'pino';
import { DESK_LIMITS, monthsBetween, type DeskRequest } from '../../domain/desk';
import type { Lang } from '../../domain/types';
import type { DeskStore } from '../../storage/desk-store';
import { withTimeout } from '../../storage/resilient-storage';
import { isPosted, isUnreachable, type DeskMessenger } from './desk-messenger';
import type { DeskViews } from './desk-views';

const DAY = 86_400_000;
/** The clean-up runs at most this often per instance. */
const PURGE_EVERY_MS = 3_600_000;
/** A card that cannot be replaced holds its request past the retention at most this long. */
const REDACT_GRACE_MS = 30 * DAY;

/**
 * The desk's retention upkeep, run from every sweep: makes the closed-requests month items before
 * closes fill them, and once an hour removes requests closed longer ago than the retention, after
 * replacing their cards in the desk channel (which show the question and the user's name to
 * everyone there) with the "no longer kept" card.
 */
export class DeskRetention {
  private lastPurge = 0;
  private readonly preparedMonths = new Set<string>();

  constructor(
    private readonly store: DeskStore,
    private readonly messenger: DeskMessenger,
    private readonly views: DeskViews,
    private readonly logger?: Pick<Logger, 'warn'>,
  ) {}

  /** One pass at `now` (ms) with the retention `retentionMs`. */
  async run(now: number, retentionMs: number): Promise<void> {
    await this.prepareMonths(now);
    if (now - this.lastPurge <= PURGE_EVERY_MS) return;
    this.lastPurge = now;
    const lang = (await this.store.settings())?.lang ?? 'en';
    await this.store.purge(now, retentionMs, (r) => this.redact(r, lang, now - retentionMs));
  }

  /** Makes this and next month's closed-requests items ahead of the closes that fill them (once per instance). */
  private async prepareMonths(now: number): Promise<void> {
    for (const month of monthsBetween(now, now + 31 * DAY).slice(0, 2)) {
      if (this.preparedMonths.has(month)) continue;
      await this.store.prepareMonth(month);
      this.preparedMonths.add(month);
    }
  }

  /**
   * Replaces a request's card by the "no longer kept" card. True when the request may go: replaced,
   * never posted, the card or channel gone, or the card could not be replaced for a month past the
   * retention (the store's copy must not outlive it for a broken channel).
   */
  private async redact(r: DeskRequest, lang: Lang, cutoff: number): Promise<boolean> {
    if (!isPosted(r.post)) return true;
    try {
      await withTimeout(this.messenger.updatePost(r.post, this.views.message(this.views.goneCard(r.n, lang), lang)), DESK_LIMITS.sendTimeoutMs);
      return true;
    } catch (err) {
      this.logger?.warn({ errorName: (err as Error)?.name, status: (err as { statusCode?: number })?.statusCode }, 'desk card not replaced before removal (will retry)');
      return isUnreachable(err) || Date.parse(r.closedAt ?? r.createdAt) < cutoff - REDACT_GRACE_MS;
    }
  }
}
