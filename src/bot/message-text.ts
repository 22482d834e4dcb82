import { TurnContext, type Activity } from 'botbuilder';
import { chooseMessageText, readHtmlMessage } from '../domain/bulk-upload/pasted-html';

/**
 * The HTML Teams sent with a message: its `text/html` attachment (Teams adds one to messages
 * typed or pasted with formatting, a pasted table among them), else the text itself when it is
 * markup (`textFormat: xml`). Only a string is taken; its size is bounded where it is parsed.
 */
export function messageHtml(activity: Partial<Activity>): string | undefined {
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  const html = attachments.find((a) => a && a.contentType === 'text/html' && typeof a.content === 'string');
  if (html) return html.content as string;
  return activity.textFormat === 'xml' && typeof activity.text === 'string' ? activity.text : undefined;
}

/**
 * The text of a message to answer: the bot's own @mention taken out; pasted table rows read from
 * the message's HTML when they are there (the plain text of a pasted table runs its cells together).
 */
export function messageText(activity: Partial<Activity>): string {
  const raw = TurnContext.removeRecipientMention(activity as Activity) ?? activity.text ?? '';
  const plain = activity.textFormat === 'xml' && typeof raw === 'string' && raw.includes('<') ? readHtmlMessage(raw)?.text ?? raw : raw;
  return chooseMessageText(typeof plain === 'string' ? plain : '', messageHtml(activity));
}
