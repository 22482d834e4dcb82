import { randomBytes } from 'node:crypto';
import type { Activity, AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Assistant } from '../../domain/assistant/assistant';
import { checkQuestion, newRequest, userKeyOf, type DeskRequest } from '../../domain/desk';
import type { HelpDeskCalendar } from '../../domain/help-desk/hours';
import type { Lang } from '../../domain/types';
import type { DeskStore } from '../../storage/desk-store';
import type { AdaptiveCard } from '../../cards';
import { DESK_VERB, type DeskInvoke } from '../../cards/desk-data';
import { buildDeskLimitedCard, buildDeskOfferCard, buildDeskSentCard } from '../../cards/desk-user-cards';
import { isPersonal, userAddressOf } from './desk-address';
import type { DeskDelivery } from './desk-delivery';
import { DeskViews } from './desk-views';

/** What the user's side of the desk needs. */
export interface DeskUserDeps {
  readonly store: DeskStore;
  readonly views: DeskViews;
  readonly delivery: DeskDelivery;
  readonly assistant: Assistant;
  readonly calendar: HelpDeskCalendar;
  readonly clock: () => Date;
  /** Requests one user may open per hour. */
  readonly maxPerHour: number;
  /** The contacts card ("Show the contacts instead", and when the desk is off). */
  readonly contacts: (lang: Lang) => AdaptiveCard;
}

const HOUR = 3_600_000;
/** How long after an answer a typed "still need help" reopens it. */
const REOPEN_WINDOW_MS = 7 * 24 * HOUR;
/** Longest last question carried into the box (the user can write more). */
const MAX_PREFILL = 1000;

const card = (c: AdaptiveCard) => DeskViews.cardResponse(c);

/**
 * The user's side: "talk to a person" offers the question to send (editable), with the privacy
 * reminder and the desk's hours; "Send" makes the request (number, text, language, time, the
 * user's own conversation reference) and answers "Request 42 sent" in place of the offer;
 * "I still need help" (button or words) reopens an answered request.
 */
export class DeskUserFlow {
  constructor(private readonly deps: DeskUserDeps) {}

  /**
   * The offer card, when a desk is set and this is the user's personal chat; undefined otherwise
   * (today's contacts answer then, also while the store cannot be read: the user still gets help).
   */
  async offer(context: TurnContext, lang: Lang, question = ''): Promise<Partial<Activity> | undefined> {
    if (!isPersonal(context) || !(await this.deps.store.settings().catch(() => undefined))) return undefined;
    const offer = { question: question.slice(0, MAX_PREFILL), token: randomBytes(12).toString('base64url'), hours: this.deps.calendar.status(this.deps.clock()) };
    return this.deps.views.message(buildDeskOfferCard(offer, this.deps.views.ctx(lang)), lang);
  }

  /** A press on one of the user's desk cards. */
  async onInvoke(context: TurnContext, press: DeskInvoke): Promise<AdaptiveCardInvokeResponse> {
    const lang = press.lang ?? 'en';
    const views = this.deps.views;
    if (!isPersonal(context)) return card(views.notice(lang, 'desk:notice.notYours'));
    switch (press.verb) {
      case DESK_VERB.cancel:
        return card(views.notice(lang, 'desk:cancelled'));
      case DESK_VERB.contacts:
        return card(this.deps.contacts(lang));
      case DESK_VERB.send:
        return card(await this.send(context, press, lang));
      default:
        return card(await this.reopenOrSolve(context, press.n!, press.verb === DESK_VERB.reopen ? 'reopen' : 'solved', lang));
    }
  }

  /** Typed "I still need help": reopens the user's last answered request (within a week); false when there is none. */
  async stillNeedsHelp(context: TurnContext): Promise<boolean> {
    if (!isPersonal(context)) return false;
    const user = userKeyOf(context.activity.channelId, context.activity.from.id);
    const now = this.deps.clock().getTime();
    // The store down: no request can be found, the message is answered like any other.
    const index = await this.deps.store.index().catch(() => undefined);
    if (!index) return false;
    const mine = index.live.filter((e) => e.u === user && e.s === 'answered' && e.f !== undefined && now - e.f < REOPEN_WINDOW_MS);
    const last = mine.sort((a, b) => b.n - a.n)[0];
    if (!last) return false;
    const r = await this.deps.store.request(last.n);
    if (!r) return false;
    await context.sendActivity(this.deps.views.message(await this.reopenOrSolve(context, r.n, 'reopen', r.lang), r.lang));
    return true;
  }

  private async send(context: TurnContext, press: DeskInvoke, lang: Lang): Promise<AdaptiveCard> {
    const { store, views, clock } = this.deps;
    const ctx = views.ctx(lang);
    const hours = this.deps.calendar.status(clock());
    const checked = checkQuestion(press.question);
    const token = press.token ?? randomBytes(12).toString('base64url');
    if (!checked.ok) return buildDeskOfferCard({ question: typeof press.question === 'string' ? press.question.slice(0, MAX_PREFILL) : '', token, hours, problem: checked.code }, ctx);
    const settings = await store.settings();
    if (!settings) return this.deps.contacts(lang);
    const user = await userAddressOf(context);
    if (!user || !press.token) return views.notice(lang, 'desk:failed');
    const now = clock();
    const allocation = await store.allocate({ user: userKeyOf(user.channelId, user.userId), token: press.token, now: now.getTime(), limit: this.deps.maxPerHour, windowMs: HOUR });
    if (allocation.kind === 'limited') return buildDeskLimitedCard(this.deps.maxPerHour, new Date(allocation.retryAt), ctx);
    if (allocation.kind === 'duplicate') {
      // The first press got this number; if its request was never written (the store failed or
      // timed out after the number was taken, and the user was asked to try again), this press writes it.
      const earlier = await store.request(allocation.n);
      if (earlier) return buildDeskSentCard(earlier, hours, ctx);
    }
    const guess = this.deps.assistant.ask(checked.text, { forcedLang: lang });
    const request: DeskRequest = newRequest({
      n: allocation.n, question: checked.text, lang, topic: guess.kind === 'answer' ? guess.topic : null, now,
      outOfHours: hours.state !== 'open', user, desk: settings,
    });
    await store.saveNew(request);
    this.deps.delivery.kick(request.n);
    return buildDeskSentCard(request, hours, ctx);
  }

  /** The user's "I still need help" / "that solved it", checked against the request's own user and chat. */
  private async reopenOrSolve(context: TurnContext, n: number, kind: 'reopen' | 'solved', lang: Lang): Promise<AdaptiveCard> {
    const { store, views, clock } = this.deps;
    const r = await store.request(n);
    if (!r) return views.goneCard(n, lang);
    const a = context.activity;
    if (a.from?.id !== r.user.userId || a.conversation?.id !== r.user.conversationId) return views.notice(lang, 'desk:notice.notYours');
    const result = await store.act(n, { kind }, clock());
    if (!result) return views.goneCard(n, r.lang);
    if (result.ok && result.changed) this.deps.delivery.kick(n);
    if (kind === 'solved') return views.notice(r.lang, result.ok ? 'desk:notice.solvedThanks' : 'desk:notice.closedAlready', { n });
    if (result.ok) return views.notice(r.lang, 'desk:notice.reopened', { n });
    const key = result.code === 'closed' ? 'desk:notice.closedAlready' : result.code === 'too-many-reopens' ? 'desk:notice.tooMany' : 'desk:notice.stillOpen';
    return views.notice(r.lang, key, { n });
  }
}
