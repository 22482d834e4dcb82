import type { Activity, CloudAdapter, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import type { DeskPost, UserAddress } from '../../domain/desk';

/** Where a posted card is: its thread and its activity id. */
export interface PostedCard {
  readonly conversationId: string;
  readonly activityId: string;
}

/** A request's card once it is in the channel. */
export type Posted = DeskPost & PostedCard;

/** True when the card has been posted (its thread and activity id are known). */
export const isPosted = (post: DeskPost): post is Posted => !!post.conversationId && !!post.activityId;

/** The messages the desk sends outside a user's own turn (through the Bot Connector API). */
export interface DeskMessenger {
  /** Posts a card as a new post in the desk channel. */
  postToChannel(post: DeskPost, activity: Partial<Activity>): Promise<PostedCard>;
  /** Replaces a posted card, for everyone in the channel. */
  updatePost(post: DeskPost & PostedCard, activity: Partial<Activity>): Promise<void>;
  /** Adds a reply under a posted card (it notifies those who follow the thread). */
  replyInThread(post: DeskPost & PostedCard, activity: Partial<Activity>): Promise<void>;
  /** Sends to the user's personal chat with the bot. */
  sendToUser(user: UserAddress, activity: Partial<Activity>): Promise<void>;
}

/** True when a failed send means the chat is gone (the user removed the app, or the conversation no longer exists). */
export function isUnreachable(err: unknown): boolean {
  const status = (err as { statusCode?: unknown })?.statusCode;
  return status === 403 || status === 404;
}

/**
 * The messenger over botbuilder's `CloudAdapter`: `continueConversationAsync` with a reference
 * built from what the store kept (taken from a real incoming turn: never from card data).
 * Errors inside the proactive turn are handed back to the caller (the adapter's turn-error
 * handler would otherwise swallow them and try to apologise into the conversation).
 */
export class ConnectorMessenger implements DeskMessenger {
  constructor(private readonly adapter: CloudAdapter, private readonly botAppId: string) {}

  async postToChannel(post: DeskPost, activity: Partial<Activity>): Promise<PostedCard> {
    let posted: PostedCard | undefined;
    await this.run(this.channelReference(post, post.channelId), async (context) => {
      const client = context.turnState.get(this.adapter.ConnectorClientKey) as { conversations: { createConversation(p: ConversationParameters): Promise<{ id?: string; activityId?: string }> } };
      const parameters = {
        isGroup: true,
        bot: { id: post.botId, name: '' },
        channelData: { channel: { id: post.channelId }, ...(post.tenantId ? { tenant: { id: post.tenantId } } : {}) },
        activity: activity as Activity,
        ...(post.tenantId ? { tenantId: post.tenantId } : {}),
      } as ConversationParameters;
      const result = await client.conversations.createConversation(parameters);
      if (!result?.id || !result.activityId) throw Object.assign(new Error('no post id'), { name: 'DeskPostError' });
      posted = { conversationId: result.id, activityId: result.activityId };
    });
    return posted!;
  }

  async updatePost(post: DeskPost & PostedCard, activity: Partial<Activity>): Promise<void> {
    await this.run(this.channelReference(post, post.conversationId), async (context) => {
      await context.updateActivity({ ...activity, id: post.activityId, type: 'message' });
    });
  }

  async replyInThread(post: DeskPost & PostedCard, activity: Partial<Activity>): Promise<void> {
    await this.run(this.channelReference(post, post.conversationId), async (context) => {
      await context.sendActivity(activity);
    });
  }

  async sendToUser(user: UserAddress, activity: Partial<Activity>): Promise<void> {
    const reference: Partial<ConversationReference> = {
      channelId: user.channelId,
      serviceUrl: user.serviceUrl,
      bot: { id: user.botId, name: user.botName ?? '' },
      user: { id: user.userId, name: '' },
      conversation: { id: user.conversationId, conversationType: 'personal', isGroup: false, name: '', ...(user.tenantId ? { tenantId: user.tenantId } : {}) },
    };
    await this.run(reference, async (context) => {
      await context.sendActivity(activity);
    });
  }

  private channelReference(post: DeskPost, conversationId: string): Partial<ConversationReference> {
    return {
      channelId: 'msteams',
      serviceUrl: post.serviceUrl,
      bot: { id: post.botId, name: '' },
      conversation: { id: conversationId, conversationType: 'channel', isGroup: true, name: '', ...(post.tenantId ? { tenantId: post.tenantId } : {}) },
    };
  }

  /** A proactive turn whose own errors reach the caller. */
  private async run(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
      try {
        await logic(context);
      } catch (err) {
        failure = err ?? new Error('send failed');
      }
    });
    if (failure) throw failure;
  }
}
