import { ActivityTypes, TeamsActivityHandler, TurnContext } from 'botbuilder';
import type { Assistant } from '../domain/assistant/assistant';
import type { AssistantReply } from '../domain/assistant/reply';
import type { TextRenderer } from '../present/text-renderer';
import type { UserPreferences } from './user-profile';

/** What the bot is built from (injected by the composition root). */
export interface SahayakBotDeps {
  readonly assistant: Assistant;
  readonly renderer: TextRenderer;
  readonly preferences: UserPreferences;
}

/** The Teams bot: reads a message, asks the core, replies in the user's language. */
export class SahayakBot extends TeamsActivityHandler {
  constructor(private readonly deps: SahayakBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
  }

  /** Answers one message: strips the @mention, applies the saved language, saves a switch. */
  private async answer(context: TurnContext): Promise<void> {
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const savedLang = await this.deps.preferences.language(context);
    const reply = this.deps.assistant.ask(text, { savedLang, locale: context.activity.locale });
    if (reply.setLang) await this.deps.preferences.saveLanguage(context, reply.setLang);
    await this.send(context, reply);
  }

  private async send(context: TurnContext, reply: AssistantReply): Promise<void> {
    await context.sendActivity({ type: ActivityTypes.Message, text: this.deps.renderer.render(reply), locale: reply.lang === 'hi' ? 'hi-IN' : 'en-IN' });
  }
}
