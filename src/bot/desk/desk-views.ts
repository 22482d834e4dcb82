import { ActivityTypes, CardFactory, type Activity, type AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Assistant } from '../../domain/assistant/assistant';
import type { DeskRequest } from '../../domain/desk';
import type { Lang } from '../../domain/types';
import { translatorFor, type I18n } from '../../i18n';
import { ADAPTIVE_CARD_TYPE, messageLocale, type AdaptiveCard } from '../../cards';
import { buildDeskNoticeCard, buildDeskAnswerCard } from '../../cards/desk-user-cards';
import { buildDeskGoneCard, buildDeskRequestCard, type TopicChoice } from '../../cards/desk-request-card';
import { typed, type DeskCardContext } from '../../cards/desk-kit';

/** Topics never offered in "Add to answers" (small talk and the bot's own). */
const NOT_TOPICS = new Set(['greeting', 'thanks', 'help', 'language', 'row-check']);

/** Turns desk data into messages and invoke responses, in a language, at the clock's moment. */
export class DeskViews {
  private topicChoices?: Map<Lang, TopicChoice[]>;

  constructor(
    private readonly i18n: I18n,
    private readonly assistant: Assistant,
    private readonly clock: () => Date,
    private readonly retentionDays: number,
  ) {}

  /** The card context for a language, now. */
  ctx(lang: Lang): DeskCardContext {
    const t = translatorFor(this.i18n, lang);
    return { t: (key, options) => String(t(key, options as never)), lang, now: this.clock() };
  }

  /** The topics for "Add to answers", by title. */
  topics(lang: Lang): TopicChoice[] {
    this.topicChoices ??= new Map();
    let choices = this.topicChoices.get(lang);
    if (!choices) {
      choices = this.assistant.topics().filter((id) => !NOT_TOPICS.has(id)).map((id) => ({ id, title: this.assistant.answerFor(id)?.[lang].title ?? id }));
      choices.sort((a, b) => a.title.localeCompare(b.title, lang));
      this.topicChoices.set(lang, choices);
    }
    return choices;
  }

  /** The request card in a language (the shared copy in the channel, or one staff member's own view). */
  requestCard(r: DeskRequest, lang: Lang, notice?: string): AdaptiveCard {
    const card = buildDeskRequestCard(r, this.ctx(lang), { topics: this.topics(lang) });
    // The notice can name a staff member ("Priya has already taken this request"): shown as typed, never as markdown.
    return notice ? { ...card, body: [typed(notice, { color: 'Attention', weight: 'Bolder' }), ...card.body] } : card;
  }

  /** A card for a request no longer kept. */
  goneCard(n: number, lang: Lang): AdaptiveCard {
    return buildDeskGoneCard(n, this.ctx(lang), this.retentionDays);
  }

  /** A short notice card. */
  notice(lang: Lang, key: string, values: Record<string, unknown> = {}, titleKey?: string): AdaptiveCard {
    const ctx = this.ctx(lang);
    return buildDeskNoticeCard(ctx.t(key, values), ctx, titleKey ? ctx.t(titleKey, values) : undefined);
  }

  /** The staff answer, as the user sees it. */
  answerCard(r: DeskRequest): AdaptiveCard {
    return buildDeskAnswerCard(r, this.ctx(r.lang));
  }

  /** A message carrying a card (its fallback is the notification text). */
  message(card: AdaptiveCard, lang: Lang): Partial<Activity> {
    return { type: ActivityTypes.Message, summary: card.fallbackText.split('\n', 1)[0].slice(0, 200), locale: messageLocale(lang), attachments: [CardFactory.adaptiveCard(card)] };
  }

  /** The `adaptiveCard/action` answer that replaces the pressed card with `card`. */
  static cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
    return { statusCode: 200, type: ADAPTIVE_CARD_TYPE, value: card as unknown as Record<string, unknown> };
  }

  /** The `adaptiveCard/action` answer for a press the bot will not act on (nothing on the card changes). */
  static refusal(statusCode: 400 | 404, message: string): AdaptiveCardInvokeResponse {
    return { statusCode, type: 'application/vnd.microsoft.error', value: { code: statusCode === 400 ? 'BadRequest' : 'NotFound', message } };
  }
}
