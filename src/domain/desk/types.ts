import type { Lang, TopicId } from '../types';

/** Where a request is in its life. `reopened`: the user said they still need help after an answer. */
export type DeskStatus = 'open' | 'assigned' | 'answered' | 'reopened' | 'closed';

export const DESK_STATUSES: readonly DeskStatus[] = Object.freeze(['open', 'assigned', 'answered', 'reopened', 'closed']);

/** A member of the query-assistance team, as Teams names them on their own turn. */
export interface StaffMember {
  readonly id: string;
  readonly name: string;
}

/**
 * The user's personal chat with the bot, taken from the user's own incoming turn (never from
 * card data): where the answer and the notices go, and who staff can open a chat with.
 */
export interface UserAddress {
  readonly channelId: string;
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly tenantId?: string;
  readonly botId: string;
  readonly botName?: string;
  readonly userId: string;
  readonly userName?: string;
  /** From the Teams roster: the "chat with the user" link needs it. */
  readonly userPrincipalName?: string;
}

/** Where the request's card sits in the desk channel (once posted). */
export interface DeskPost {
  /** The desk channel (`19:…@thread…`). */
  readonly channelId: string;
  readonly serviceUrl: string;
  readonly tenantId?: string;
  readonly botId: string;
  /** The card's thread (a channel post is its own conversation) and the card's activity id. */
  readonly conversationId?: string;
  readonly activityId?: string;
}

/** The staff answer sent to the user. */
export interface DeskAnswer {
  readonly text: string;
  readonly by: StaffMember;
  readonly at: string;
}

/**
 * Something that must still be told, kept with the request until it is done (an outbox):
 * post the card, update it for everyone, tell the user it was taken / answered / closed,
 * tell the desk the user reopened it.
 */
export type OutboxKind = 'post' | 'update' | 'taken' | 'answered' | 'closed' | 'reopened';

export interface OutboxItem {
  readonly id: string;
  readonly kind: OutboxKind;
  readonly at: string;
}

/** Which instance is delivering the outbox, until when (ms), and the back-off after failures. */
export interface DeliveryLease {
  readonly by: string;
  readonly until: number;
  readonly attempts: number;
  readonly nextTryAt?: number;
}

/** Who closed a request. */
export type ClosedBy = StaffMember | { readonly id: 'user'; readonly name: '' } | { readonly id: 'auto'; readonly name: '' };

/** One request for a person: only what the user confirmed, who handles it, and what is still to be told. */
export interface DeskRequest {
  readonly n: number;
  /** Bumped on every change (outbox ids and card freshness). */
  readonly version: number;
  /** The question as the user confirmed it. */
  readonly question: string;
  readonly lang: Lang;
  /** The assistant's guess for the question (the "add to answers" default), or null. */
  readonly topic: TopicId | null;
  readonly createdAt: string;
  /** Made while the desk was closed: the card says since when it waits. */
  readonly outOfHours: boolean;
  readonly status: DeskStatus;
  readonly owner?: StaffMember;
  readonly assignedAt?: string;
  readonly answer?: DeskAnswer;
  readonly firstAnswerAt?: string;
  readonly closedAt?: string;
  readonly closedBy?: ClosedBy;
  readonly reopenedAt?: string;
  readonly reopenCount: number;
  readonly learned?: { readonly at: string; readonly by: StaffMember; readonly topic: TopicId | null };
  /** The user could not be reached in Teams (the chat is gone): staff should use the chat link. */
  readonly unreachable?: boolean;
  readonly user: UserAddress;
  readonly post: DeskPost;
  readonly outbox: readonly OutboxItem[];
  readonly delivery?: DeliveryLease;
}

/** What staff or the user do to a request. */
export type DeskAction =
  | { readonly kind: 'assign'; readonly by: StaffMember }
  | { readonly kind: 'release'; readonly by: StaffMember }
  | { readonly kind: 'answer'; readonly by: StaffMember; readonly text: string }
  | { readonly kind: 'close'; readonly by: StaffMember }
  | { readonly kind: 'learn'; readonly by: StaffMember; readonly topic: TopicId | null }
  /** The user: "I still need help". */
  | { readonly kind: 'reopen' }
  /** The user: "that solved it". */
  | { readonly kind: 'solved' }
  /** An answered request nobody touched for long is closed by the bot. */
  | { readonly kind: 'expire' };

/** Why an action was refused (each maps to an i18n key `desk:refused.<code>`). */
export type DeskRefusal =
  | 'taken'
  | 'closed'
  | 'answered'
  | 'not-answered'
  | 'not-owner'
  | 'learned'
  | 'too-many-reopens'
  | 'not-assigned'
  | 'empty-answer';

/** Which channel is the desk, set by a team owner with `desk here` (kept in the shared store). */
export interface DeskSettings {
  readonly channelId: string;
  readonly teamId: string;
  readonly serviceUrl: string;
  readonly tenantId?: string;
  readonly botId: string;
  /** The language of the cards everyone in the channel sees (each staff member's own view follows their Teams language). */
  readonly lang: Lang;
  readonly setBy: StaffMember;
  readonly setAt: string;
}
