import type { Activity } from 'botbuilder';
import type { Assistant } from '../domain/assistant/assistant';
import type { AssistantReply } from '../domain/assistant/reply';
import type { Lang } from '../domain/types';
import { feedbackEvent, type InsightsStore } from '../insights';
import type { CardAction, LanguageAction } from '../cards';
import type { ReplyPresenter } from './reply-presenter';

/** What a card button press needs. */
export interface CardActionDeps {
  readonly assistant: Assistant;
  readonly presenter: ReplyPresenter;
  readonly insights: InsightsStore;
  readonly clock: () => Date;
  /** Saves the user's language (the toggle and the welcome's language buttons). */
  readonly saveLanguage: (lang: Lang) => Promise<unknown>;
  /** "Talk to a person" once a help desk is set: the offer to send the question (undefined: the contacts). */
  readonly talk?: (lang: Lang, query?: string) => Promise<Partial<Activity>[] | undefined>;
}

/** The same answer again in the other language (re-asked when the question came with the button). */
function toggled(action: LanguageAction, assistant: Assistant): AssistantReply | undefined {
  if (action.query) return assistant.ask(action.query, { forcedLang: action.lang });
  return action.topic ? assistant.answerTopic(action.topic, action.lang) : undefined;
}

/** Handles one press of a Sahayak card button; resolves to the messages to send. */
export async function handleCardAction(action: CardAction, deps: CardActionDeps): Promise<Partial<Activity>[]> {
  const { presenter } = deps;
  switch (action.sahayak) {
    case 'lang': {
      await deps.saveLanguage(action.lang);
      const reply = toggled(action, deps.assistant);
      return [reply ? presenter.reply(reply) : presenter.notice(action.lang, presenter.t(action.lang)('language.switched'))];
    }
    case 'topic':
      await deps.insights.append({ type: 'asked', at: deps.clock().toISOString(), topic: action.topic, lang: action.lang });
      return [presenter.reply(deps.assistant.answerTopic(action.topic, action.lang))];
    case 'talk':
      return (await deps.talk?.(action.lang, action.query)) ?? [presenter.helpDesk(action.lang)];
    case 'feedback': {
      await deps.insights.append(feedbackEvent(action.topic, action.lang, action.helpful, deps.clock()));
      const t = presenter.t(action.lang);
      if (action.helpful) return [presenter.notice(action.lang, t('bot:feedback.thanks'))];
      return [presenter.notice(action.lang, t('bot:feedback.sorry')), ...((await deps.talk?.(action.lang)) ?? [presenter.helpDesk(action.lang)])];
    }
    default:
      return [];
  }
}
