import { TeamsActivityHandler, TurnContext, type Activity, type FileConsentCardResponse, type InvokeResponse, type MessagingExtensionQuery, type MessagingExtensionResponse } from 'botbuilder';
import type { Assistant } from '../domain/assistant/assistant';
import { chooseReplyLanguage } from '../domain/assistant/reply-language';
import { looksLikePastedRows } from '../domain/bulk-upload';
import type { Directory } from '../domain/directory';
import type { I18n } from '../i18n';
import { insightFromReply, MemoryInsightsStore, type InsightEvent, type InsightsStore } from '../insights';
import type { TextRenderer } from '../present/text-renderer';
import { readCardAction } from '../cards';
import { handleCardAction } from './card-actions';
import { isForBot, isSharedConversation, personalChatLink } from './conversation-scope';
import { searchMessagingExtension } from './messaging-extension';
import { ReplyPresenter } from './reply-presenter';
import { expandCommand } from './bot-commands';
import { FileCheckFlow, readSentFile, type FileCheckIo } from './file-check-flow';
import { messageText } from './message-text';
import type { UserPreferences } from './user-profile';
import type { DeskService } from './desk/desk-service';
import { SEARCH_REQUESTS } from './desk/desk-search';

/** What the bot is built from (injected by the composition root). */
export interface SahayakBotDeps {
  readonly assistant: Assistant;
  readonly renderer: TextRenderer;
  readonly preferences: UserPreferences;
  readonly i18n: I18n;
  /** Feedback and unanswered questions (default: in memory). */
  readonly insights?: InsightsStore;
  /** The KB directory, for contact search in the messaging extension. */
  readonly directory?: Pick<Directory, 'findInText'>;
  readonly clock?: () => Date;
  /** Download/upload for files sent to the bot (absent: files are not checked). */
  readonly files?: FileCheckIo;
  /** The query-assistance desk (absent: "Talk to a person" shows the contacts). */
  readonly desk?: Pick<DeskService, 'onMessage' | 'offer' | 'onInvoke' | 'search'>;
}

/**
 * The Teams bot: answers with a card (and the CLI's text), handles its card buttons,
 * welcomes on install, answers in shared chats only when @mentioned (and never echoes
 * pasted personal data there), and serves the messaging-extension search.
 */
export class SahayakBot extends TeamsActivityHandler {
  private readonly presenter: ReplyPresenter;
  private readonly insights: InsightsStore;
  private readonly clock: () => Date;
  private readonly fileFlow?: FileCheckFlow;

  constructor(private readonly deps: SahayakBotDeps) {
    super();
    this.presenter = new ReplyPresenter(deps.assistant, deps.renderer, deps.i18n);
    this.insights = deps.insights ?? new MemoryInsightsStore();
    this.clock = deps.clock ?? (() => new Date());
    this.fileFlow = deps.files && new FileCheckFlow(deps.assistant, this.presenter, deps.files, this.clock);
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  /** Messaging-extension search (`searchContact`, `searchAnswers`). */
  protected async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    if (query.commandId === SEARCH_REQUESTS && this.deps.desk) return this.deps.desk.search(context, query);
    const savedLang = await this.deps.preferences.language(context);
    const directory = this.deps.directory ?? { findInText: () => null };
    return searchMessagingExtension(query, { savedLang, locale: context.activity.locale }, { assistant: this.deps.assistant, presenter: this.presenter, directory });
  }

  /** Universal actions (`adaptiveCard/action`) go to the desk, which answers every one of them. */
  protected async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action' && this.deps.desk) return this.deps.desk.onInvoke(context);
    return super.onInvokeActivity(context);
  }

  /** "Allow" on the offer of the checked copy of a sent file. */
  protected async handleTeamsFileConsentAccept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    await this.fileFlow?.onAccept(context, response);
  }

  /** "Decline" on the offer of the checked copy. */
  protected async handleTeamsFileConsentDecline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    await this.fileFlow?.onDecline(context, response);
  }

  /** One message: a card button press, a file, or a question (in shared chats only when @mentioned). */
  private async answer(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const action = readCardAction(activity.value);
    if (action) {
      const saveLanguage = (lang: 'en' | 'hi') => this.deps.preferences.saveLanguage(context, lang);
      const desk = this.deps.desk;
      const talk = desk && ((lang: 'en' | 'hi', query?: string) => desk.offer(context, lang, query));
      const deps = { assistant: this.deps.assistant, presenter: this.presenter, insights: this.insights, clock: this.clock, saveLanguage, talk };
      return this.send(context, await handleCardAction(action, deps));
    }
    if (!isForBot(activity) || (activity.value !== undefined && !activity.text)) return;
    const shared = isSharedConversation(activity);
    const text = expandCommand(messageText(activity));
    const user = { savedLang: await this.deps.preferences.language(context), locale: activity.locale };
    if (this.deps.desk && (await this.deps.desk.onMessage(context, text, user))) return;
    const file = readSentFile(activity);
    if (file && this.fileFlow) {
      const lang = chooseReplyLanguage(text, user);
      if (shared) return this.send(context, [this.privacyAdvice(activity, lang, 'bot:file.sharedChat')]);
      return this.fileFlow.onFile(context, file, lang);
    }
    if (shared && looksLikePastedRows(text)) return this.send(context, [this.privacyAdvice(activity, chooseReplyLanguage(text, user), 'bot:group.pastedRows')]);
    const reply = this.deps.assistant.ask(text, user);
    if (reply.setLang) await this.deps.preferences.saveLanguage(context, reply.setLang);
    await this.record(insightFromReply(reply, this.clock()));
    const out = [this.presenter.reply(reply, { suggest: !shared })];
    if (shared && reply.topic === 'row-check') out.push(this.privacyAdvice(activity, reply.lang, 'bot:group.privacy'));
    await this.send(context, out);
  }

  /** The welcome, when the bot itself is among the members added. */
  private async welcome(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!(activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id)) return;
    const preferred = /^hi/i.test(activity.locale ?? '') ? 'hi' : 'en';
    await context.sendActivity(this.presenter.welcome(isSharedConversation(activity), preferred));
  }

  private privacyAdvice(activity: Activity, lang: 'en' | 'hi', key: string): Partial<Activity> {
    const url = personalChatLink(activity);
    return this.presenter.advice(lang, key, url ? { titleKey: 'bot:group.openPersonal', url } : undefined);
  }

  private async record(event: InsightEvent | undefined): Promise<void> {
    if (!event) return;
    try {
      await this.insights.append(event);
    } catch {
      // the worklist must never fail a chat turn
    }
  }

  private async send(context: TurnContext, activities: Partial<Activity>[]): Promise<void> {
    if (activities.length) await context.sendActivities(activities);
  }
}
