import type { Activity } from 'botbuilder';

/** True in a group chat or a channel (anything but a personal chat with the bot). */
export function isSharedConversation(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' || (type === undefined && activity.conversation?.isGroup === true);
}

/** True when the message @mentions the bot. */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return (activity.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId);
}

/**
 * In a shared chat the bot takes only messages that @mention it (Teams delivers
 * only those, but this is checked too) and presses of its own card buttons.
 */
export function isForBot(activity: Partial<Activity>): boolean {
  return !isSharedConversation(activity) || mentionsBot(activity) || activity.value !== undefined;
}

/** A Teams deep link that opens a personal chat with the bot (its id is `28:<app id>`), if known. */
export function personalChatLink(activity: Partial<Activity>): string | undefined {
  const id = activity.recipient?.id;
  return id && id.startsWith('28:') ? `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(id)}` : undefined;
}
