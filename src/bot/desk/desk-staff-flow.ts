import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { checkAnswer, DESK_LIMITS, type AnswerProblem, type DeskAction, type DeskRequest, type StaffMember } from '../../domain/desk';
import { maskEmailsAndNumbers } from '../../domain/text/personal-data';
import type { Lang } from '../../domain/types';
import { minimiseQuestion, type InsightsStore } from '../../insights';
import type { DeskStore } from '../../storage/desk-store';
import { DESK_VERB, type DeskInvoke } from '../../cards/desk-data';
import { actorOf, channelOf } from './desk-address';
import type { DeskDelivery } from './desk-delivery';
import { staffLang } from './desk-setup';
import { DeskViews } from './desk-views';

/** What the staff's side of the desk needs. */
export interface DeskStaffDeps {
  readonly store: DeskStore;
  readonly views: DeskViews;
  readonly delivery: DeskDelivery;
  readonly insights: InsightsStore;
  readonly clock: () => Date;
}

/** Longest staff answer kept on the content team's worklist (masked like every worklist text). */
const MAX_WORKLIST_ANSWER = 2000;

/**
 * The staff's buttons on a request card: Assign to me, Answer, Unassign, Close, Add to answers,
 * and the refresh Teams asks for when the card is viewed. The request number on the card is only
 * a pointer: the request is read from the store, the press must come from the channel the card
 * was posted in, and the actor is the one Teams names on the turn. The pressed card is answered
 * with the current state in the presser's Teams language; the shared copy follows via the outbox.
 */
export class DeskStaffFlow {
  constructor(private readonly deps: DeskStaffDeps) {}

  async onInvoke(context: TurnContext, press: DeskInvoke): Promise<AdaptiveCardInvokeResponse> {
    const { store, views, clock } = this.deps;
    const lang = staffLang(context);
    const n = press.n!;
    const r = await store.request(n);
    if (!r) return DeskViews.cardResponse(views.goneCard(n, lang));
    if (!this.fromDeskChannel(context, r)) return DeskViews.refusal(400, views.ctx(lang).t('desk:refused.wrong-place'));
    if (press.verb === DESK_VERB.refresh) return DeskViews.cardResponse(views.requestCard(r, lang));
    const actor = actorOf(context);
    if (!actor) return DeskViews.refusal(400, views.ctx(lang).t('desk:refused.wrong-place'));

    const action = this.actionFor(press, actor, r);
    if ('refused' in action) return DeskViews.cardResponse(views.requestCard(r, lang, views.ctx(lang).t(`desk:refused.${action.refused}`, { max: DESK_LIMITS.answerMax })));
    const result = await store.act(n, action, clock());
    if (!result) return DeskViews.cardResponse(views.goneCard(n, lang));
    if (!result.ok) {
      const holder = result.request.owner?.name ?? '';
      return DeskViews.cardResponse(views.requestCard(result.request, lang, views.ctx(lang).t(`desk:refused.${result.code}`, { name: holder })));
    }
    if (result.changed) {
      if (action.kind === 'learn') await this.addToWorklist(result.request, action.topic);
      this.deps.delivery.kick(n);
    }
    return DeskViews.cardResponse(views.requestCard(result.request, lang));
  }

  /** The press came from the channel the card was posted in (and the same tenant). */
  private fromDeskChannel(context: TurnContext, r: DeskRequest): boolean {
    const a = context.activity;
    if (channelOf(a.conversation?.id) !== r.post.channelId) return false;
    const tenant = (a.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id ?? a.conversation?.tenantId;
    return !r.post.tenantId || !tenant || tenant === r.post.tenantId;
  }

  /** The action a press asks for, or why it cannot be done as typed. */
  private actionFor(press: DeskInvoke, by: StaffMember, r: DeskRequest): DeskAction | { readonly refused: AnswerProblem } {
    switch (press.verb) {
      case DESK_VERB.assign:
        return { kind: 'assign', by };
      case DESK_VERB.release:
        return { kind: 'release', by };
      case DESK_VERB.close:
        return { kind: 'close', by };
      case DESK_VERB.answer: {
        const answer = checkAnswer(press.answer);
        return answer.ok ? { kind: 'answer', by, text: answer.text } : { refused: answer.code };
      }
      case DESK_VERB.learn: {
        const topic = press.topic && press.topic !== 'new' && this.deps.views.topics(r.lang).some((c) => c.id === press.topic) ? press.topic : null;
        return { kind: 'learn', by, topic };
      }
      default: // not reached: a refresh is answered before, the user's verbs go to the user's flow
        return { refused: 'empty-answer' };
    }
  }

  /** "Add to answers": the topic, the staff answer (masked) and the question (as `minimiseQuestion` keeps it) go to the content team's worklist. */
  private async addToWorklist(r: DeskRequest, topic: string | null): Promise<void> {
    if (!r.answer) return;
    const now = this.deps.clock();
    const question = minimiseQuestion(r.question, now);
    await this.deps.insights.append({
      type: 'staff-answer',
      at: now.toISOString(),
      lang: r.lang as Lang,
      topic,
      ...(question === undefined ? {} : { question }),
      answer: maskEmailsAndNumbers(r.answer.text.slice(0, MAX_WORKLIST_ANSWER)).trim(),
    });
  }
}
