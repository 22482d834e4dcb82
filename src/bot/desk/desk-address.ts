import { TeamsInfo, type TurnContext } from 'botbuilder';
import { cleanName, isId, type StaffMember, type UserAddress } from '../../domain/desk';

/** Longest service URL kept. */
const MAX_URL = 512;

/** A Bot Connector service URL as the desk keeps it: http(s), no credentials, bounded. */
export function isServiceUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** True in the user's personal chat with the bot. */
export function isPersonal(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'personal' || (type === undefined && context.activity.conversation?.isGroup !== true);
}

/** The tenant of the turn (Teams puts it in the channel data and on the conversation). */
function tenantOf(context: TurnContext): string | undefined {
  const id = (context.activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id ?? context.activity.conversation?.tenantId;
  return isId(id) ? id : undefined;
}

/**
 * Where to reach the user later, from this very turn (the user's own activity, validated by
 * Bot Framework when auth is on): never from card data. Undefined when the turn lacks a field.
 * The principal name, for the staff's chat link, is asked of the Teams roster (best effort).
 * Nothing else of the user is kept (no directory object id, no email beyond the principal name).
 */
export async function userAddressOf(context: TurnContext): Promise<UserAddress | undefined> {
  const a = context.activity;
  if (!isId(a.channelId) || !isServiceUrl(a.serviceUrl) || !isId(a.conversation?.id) || !isId(a.from?.id) || !isId(a.recipient?.id)) return undefined;
  let principal: string | undefined;
  try {
    const member = await TeamsInfo.getMember(context, a.from.id);
    const upn = member?.userPrincipalName ?? member?.email;
    principal = typeof upn === 'string' && upn.length <= 256 && /^[^\s@]+@[^\s@]+$/.test(upn) ? upn : undefined;
  } catch {
    principal = undefined; // no chat link then; everything else works
  }
  const tenant = tenantOf(context);
  const name = cleanName(a.from.name);
  return {
    channelId: a.channelId,
    serviceUrl: a.serviceUrl,
    conversationId: a.conversation.id,
    ...(tenant ? { tenantId: tenant } : {}),
    botId: a.recipient.id,
    ...(cleanName(a.recipient.name) ? { botName: cleanName(a.recipient.name) } : {}),
    userId: a.from.id,
    ...(name ? { userName: name } : {}),
    ...(principal ? { userPrincipalName: principal } : {}),
  };
}

/** The staff member pressing a button (from the turn; undefined without a usable id). */
export function actorOf(context: TurnContext): StaffMember | undefined {
  const from = context.activity.from;
  return isId(from?.id) ? { id: from.id, name: cleanName(from.name) } : undefined;
}

/** A channel conversation id without its thread part (`19:…@thread.tacv2;messageid=…` → `19:…@thread.tacv2`). */
export function channelOf(conversationId: unknown): string | undefined {
  return typeof conversationId === 'string' ? conversationId.split(';', 1)[0] : undefined;
}
