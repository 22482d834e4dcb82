import { ActionTypes, ActivityTypes, CardFactory, type Activity, type SuggestedActions } from 'botbuilder';
import type { Assistant } from '../domain/assistant/assistant';
import type { AssistantReply } from '../domain/assistant/reply';
import type { Lang, TopicId } from '../domain/types';
import { translatorFor, type I18n } from '../i18n';
import { RecentResults } from '../domain/shared/recent-results';
import { deepFreeze } from '../domain/shared/deep-freeze';
import { ROW_CHECK_TOPIC } from '../domain/bulk-upload/row-check-capability';
import { mayRemember } from '../domain/text/personal-data';
import type { TextRenderer } from '../present/text-renderer';
import type { DirectoryResult } from '../domain/directory';
import {
  AdaptiveCard, buildAdviceCard, buildHelpDeskCard, buildNoticeCard, buildReplyCard, buildWelcomeCard, CardContext, messageLocale, CardT, welcomeText,
} from '../cards';
import { cardTemplate, fillTemplate, QUERY_SLOT, type CardTemplate } from '../cards/card-json';
import { MAX_TOGGLE_QUERY } from '../cards/answer-parts';

/** The topic behind "Talk to a person". */
export const HELP_DESK_TOPIC: TopicId = 'helpdesk-contacts';

/** How many rendered replies are remembered. */
const RECENT_REPLIES = 500;


/**
 * A card's fallback: the title and first paragraph of the reply's text. Every Teams
 * client renders the card itself; the fallback only shows where cards cannot, and
 * repeating the whole answer there would double every message sent to a phone.
 */
export function cardFallback(text: string): string {
  return text.split('\n\n', 2).join('\n\n');
}

/**
 * A reply's facts with the question in a directory look-up replaced by {@link QUERY_SLOT}: every
 * question that finds the same representatives shares one card (a card that quotes the question,
 * such as "not listed", is then built for each question, see `rendered`).
 */
function withQuerySlot(reply: AssistantReply): AssistantReply['facts'] {
  const directory = (reply.facts as { directory?: DirectoryResult }).directory;
  if (!directory || directory.query !== reply.query) return reply.facts;
  return { ...reply.facts, directory: { ...directory, query: QUERY_SLOT } };
}

/** A reply's text (as the CLI prints it) and its frozen card. */
interface Rendered {
  readonly text: string;
  readonly card: AdaptiveCard;
}

/** Common questions offered as suggested actions (keys of `bot:suggest`). */
const SUGGESTIONS = ['otp', 'pending', 'kb', 'rows', 'talk'] as const;

/** Turns replies into Teams messages: the `TextRenderer` text (as the CLI prints it) plus an Adaptive Card. */
export class ReplyPresenter {
  constructor(
    private readonly assistant: Assistant,
    private readonly renderer: TextRenderer,
    private readonly i18n: I18n,
  ) {}

  /** A translate function fixed to a language (all namespaces). */
  t(lang: Lang): CardT {
    const t = translatorFor(this.i18n, lang);
    return (key, options) => String(t(key, options as never));
  }

  /** The context card builders need for a language. */
  cardContext(lang: Lang, fallbackText: string, interactive = true): CardContext {
    const titles = (topic: TopicId) => this.assistant.answerFor(topic)?.[lang].title ?? topic;
    return { t: this.t(lang), lang, titles, fallbackText, interactive };
  }

  /** The card for a reply (interactive in chats with the bot; links only when inserted elsewhere). */
  card(reply: AssistantReply, interactive = true): AdaptiveCard {
    return buildReplyCard(reply, this.cardContext(reply.lang, cardFallback(this.renderer.render(reply)), interactive));
  }

  /** The message for a reply: the card (the same answer `sahayak ask` prints, as a card). */
  reply(reply: AssistantReply, options: { suggest?: boolean } = {}): Partial<Activity> {
    const { text, card } = this.rendered(reply);
    const suggest = options.suggest && (reply.kind === 'decline' || reply.kind === 'empty' || reply.topic === 'greeting' || reply.topic === 'help');
    return this.message(text, card, reply.lang, suggest ? this.suggestedActions(reply.lang) : undefined);
  }

  /** Cards built once per answer (language, kind, topic, choices, facts), the question put in per reply. */
  private readonly templates = new RecentResults<{ text: string; template?: CardTemplate<AdaptiveCard> }>(RECENT_REPLIES);
  /** A frozen reply (the assistant may hand the same one out again) skips even the key. */
  private readonly byReply = new WeakMap<AssistantReply, Rendered>();

  /**
   * The text and card of a reply. A card is built and serialized once for every question that
   * gets the same answer (the same language, topic, choices and facts: fresh questions land on a
   * few dozen answers); each reply's card is that template with the question in its language
   * button. A row check is built every time, and so is a reply whose facts came from a question
   * with an email or a mobile number: neither is kept.
   */
  private rendered(reply: AssistantReply): Rendered {
    const known = this.byReply.get(reply);
    if (known) return known;
    const hasFacts = Object.keys(reply.facts).length > 0;
    if (reply.topic === ROW_CHECK_TOPIC || (hasFacts && !mayRemember(reply.query)) || reply.query.includes(QUERY_SLOT)) return this.build(reply);
    const inCard = reply.query !== '' && reply.query.length <= MAX_TOGGLE_QUERY;
    const facts = withQuerySlot(reply);
    const key = JSON.stringify([reply.lang, reply.kind, reply.topic, reply.choices, facts, inCard]);
    const made = this.templates.get(key, () => {
      const { text, card } = this.build({ ...reply, query: inCard ? QUERY_SLOT : '', facts });
      // The question in the text, or anywhere in the card but its buttons: built for each question.
      return text.includes(QUERY_SLOT) ? { text } : { text, template: cardTemplate(card) };
    });
    if (!made.template) return this.build(reply);
    const rendered = { text: made.text, card: fillTemplate(made.template, reply.query) };
    if (Object.isFrozen(reply)) this.byReply.set(reply, rendered);
    return rendered;
  }

  private build(reply: AssistantReply): Rendered {
    const text = this.renderer.render(reply);
    return { text, card: buildReplyCard(reply, this.cardContext(reply.lang, cardFallback(text))) };
  }

  /** "Talk to a person": the help-desk contacts and whether the live desk is open now. */
  helpDesk(lang: Lang): Partial<Activity> {
    const reply = this.assistant.answerTopic(HELP_DESK_TOPIC, lang);
    const text = this.renderer.render(reply);
    return this.message(text, buildHelpDeskCard(reply, this.cardContext(lang, cardFallback(text))), lang);
  }

  /** The bilingual welcome (in a shared chat, with the personal-data advice). */
  welcome(shared: boolean, preferred: Lang = 'en'): Partial<Activity> {
    const [tEn, tHi] = [this.t('en'), this.t('hi')];
    const text = `${welcomeText(tEn, shared)}\n\n${welcomeText(tHi, shared)}`;
    return this.message(text, buildWelcomeCard({ tEn, tHi, fallbackText: text, shared }), preferred, shared ? undefined : this.suggestedActions(preferred));
  }

  /** A warning with an optional link button (the personal-chat advice). */
  advice(lang: Lang, key: string, link?: { titleKey: string; url: string }): Partial<Activity> {
    const t = this.t(lang);
    const text = t(key);
    const button = link ? { title: t(link.titleKey), url: link.url } : undefined;
    return this.message(text, buildAdviceCard(text, button, this.cardContext(lang, text)), lang);
  }

  /** A short notice (thanks for the feedback, language switched). */
  notice(lang: Lang, text: string): Partial<Activity> {
    return this.message(text, buildNoticeCard(text, this.cardContext(lang, text)), lang);
  }

  private readonly suggestions = new Map<Lang, SuggestedActions>();

  /** Common questions as tappable suggestions (Teams shows them in personal chats); made once per language. */
  suggestedActions(lang: Lang): SuggestedActions {
    let made = this.suggestions.get(lang);
    if (!made) {
      const t = this.t(lang);
      made = deepFreeze({ to: [], actions: SUGGESTIONS.map((k) => ({ type: ActionTypes.ImBack, title: t(`bot:suggest.${k}`), value: t(`bot:suggest.${k}`) })) });
      this.suggestions.set(lang, made);
    }
    return made;
  }

  /**
   * A card message. Teams shows a message's `text` above its card, so there is none:
   * the first line of the plain text is the notification `summary`.
   */
  private message(text: string, card: AdaptiveCard, lang: Lang, suggestedActions?: SuggestedActions): Partial<Activity> {
    return {
      type: ActivityTypes.Message,
      summary: text.split('\n', 1)[0],
      locale: messageLocale(lang),
      attachments: [CardFactory.adaptiveCard(card)],
      ...(suggestedActions ? { suggestedActions } : {}),
    };
  }
}
