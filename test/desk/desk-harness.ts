import { MemoryStorage, TestAdapter, type Activity, type StoreItems, type TurnContext } from 'botbuilder';
import { SahayakBot } from '../../src/bot/sahayak-bot';
import { ReplyPresenter } from '../../src/bot/reply-presenter';
import { UserPreferences } from '../../src/bot/user-profile';
import { DeskService } from '../../src/bot/desk/desk-service';
import type { DeskMessenger, PostedCard } from '../../src/bot/desk/desk-messenger';
import type { TeamRole, TeamRoles } from '../../src/bot/desk/team-roles';
import type { AdaptiveCard } from '../../src/cards';
import type { DeskPost, UserAddress } from '../../src/domain/desk';
import { MemoryInsightsStore } from '../../src/insights';
import { factRenderers } from '../../src/present/fact-renderers';
import { TextRenderer } from '../../src/present/text-renderer';
import { createTestCore } from '../helpers/core';
import { deskText } from './desk-http-harness';

/** What the recording messenger was asked to send. */
export interface Sent {
  readonly kind: 'post' | 'update' | 'thread' | 'user';
  readonly to: string;
  readonly text: string;
  readonly card: any;
}

/** A messenger that records instead of calling the Bot Connector (the HTTP tests use the real one). */
export class RecordingMessenger implements DeskMessenger {
  readonly sent: Sent[] = [];
  /** Makes the next sends of a kind fail with this status. */
  failing?: { kind: Sent['kind']; status: number };
  /** Called after each successful send (a test can make the store fail right then). */
  afterSend?: (kind: Sent['kind']) => void;
  private seq = 0;

  private record(kind: Sent['kind'], to: string, activity: Partial<Activity>): void {
    if (this.failing?.kind === kind) throw Object.assign(new Error('refused'), { statusCode: this.failing.status });
    const card = activity.attachments?.[0]?.content;
    this.sent.push({ kind, to, card, text: card ? deskText(card) : String(activity.text ?? '') });
    this.afterSend?.(kind);
  }

  async postToChannel(post: DeskPost, activity: Partial<Activity>): Promise<PostedCard> {
    this.record('post', post.channelId, activity);
    const id = String(++this.seq);
    return { conversationId: `${post.channelId};messageid=${id}`, activityId: id };
  }
  async updatePost(post: DeskPost & PostedCard, activity: Partial<Activity>): Promise<void> {
    this.record('update', post.activityId, activity);
  }
  async replyInThread(post: DeskPost & PostedCard, activity: Partial<Activity>): Promise<void> {
    this.record('thread', post.conversationId, activity);
  }
  async sendToUser(user: UserAddress, activity: Partial<Activity>): Promise<void> {
    this.record('user', user.conversationId, activity);
  }
  of(kind: Sent['kind']): Sent[] {
    return this.sent.filter((s) => s.kind === kind);
  }
}

/** A memory store whose writes (or reads) of chosen keys fail a given number of times, as a store that is down or times out. */
export class FlakyStorage extends MemoryStorage {
  private readonly faults: { op: 'read' | 'write' | 'delete'; key: RegExp; times: number; after?: boolean }[] = [];

  /** The next `times` `op`s touching a key matching `key` fail (`after`: a write lands, then reports failure, like a timeout). */
  fail(op: 'read' | 'write' | 'delete', key: RegExp, times = 1, after = false): void {
    this.faults.push({ op, key, times, after });
  }

  private fault(op: 'read' | 'write' | 'delete', keys: string[]) {
    const f = this.faults.find((x) => x.op === op && x.times > 0 && keys.some((k) => x.key.test(k)));
    if (f) f.times--;
    return f;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (this.fault('read', keys)) throw Object.assign(new Error('store down'), { name: 'RestError', statusCode: 503 });
    return super.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    const f = this.fault('write', Object.keys(changes));
    if (f && !f.after) throw Object.assign(new Error('store down'), { name: 'RestError', statusCode: 503 });
    await super.write(changes);
    if (f) throw Object.assign(new Error('timed out'), { name: 'TimeoutError' });
  }

  async delete(keys: string[]): Promise<void> {
    if (this.fault('delete', keys)) throw Object.assign(new Error('store down'), { name: 'RestError', statusCode: 503 });
    return super.delete(keys);
  }
}

/** Roles as a test sets them, by `<team>|<user>` or by user in any team (throws for `fail`). */
export class FixedRoles implements TeamRoles {
  constructor(public roles: Record<string, TeamRole | 'fail'> = {}) {}
  async roleOf(_context: TurnContext, teamId: string, userId: string): Promise<TeamRole> {
    const role = this.roles[`${teamId}|${userId}`] ?? this.roles[userId] ?? 'none';
    if (role === 'fail') throw new Error('roster unavailable');
    return role;
  }
}

export const DESK_CHANNEL = '19:desk@thread.tacv2';
export const DESK_TEAM = '19:team@thread.tacv2';
export const BOT = { id: '28:sahayak-app-id', name: 'iGOT Sahayak' };

/** The bot with a desk over memory state, a recording messenger and fixed roles, on TestAdapter, at a fixed moment. */
export function createDeskHarness(now = new Date('2026-11-23T06:00:00Z'), options: { maxPerHour?: number } = {}) {
  const core = createTestCore(now);
  const storage = new FlakyStorage();
  const renderer = new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory));
  const insights = new MemoryInsightsStore();
  const messenger = new RecordingMessenger();
  const roles = new FixedRoles({ '29:owner': 'owner', '29:staff': 'member', '29:guest': 'guest', '29:flaky': 'fail' });
  const presenter = new ReplyPresenter(core.assistant, renderer, core.i18n);
  const desk = new DeskService({
    storage, botAppId: '', assistant: core.assistant, calendar: core.calendar, i18n: core.i18n, clock: core.clock, insights,
    options: { retentionDays: 90, maxRequestsPerHour: options.maxPerHour ?? 3, sweepSeconds: 60, graphUrl: '' },
    contacts: (lang) => presenter.helpDesk(lang).attachments![0].content as AdaptiveCard, messenger, roles,
  });
  const bot = new SahayakBot({ assistant: core.assistant, renderer, preferences: new UserPreferences(storage), i18n: core.i18n, insights, directory: core.directory, clock: core.clock, desk });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.conversation.channelId = 'msteams';
  adapter.conversation.bot = BOT;
  adapter.conversation.user = { id: '29:asha', name: 'Asha Verma' };
  adapter.conversation.conversation = { id: 'personal-1', conversationType: 'personal', isGroup: false, name: '' };
  return { core, storage, insights, messenger, roles, desk, bot, adapter };
}

/** A message in the desk channel from a staff member (@mentioning the bot). */
export function inChannel(text: string, from: string, channel = DESK_CHANNEL): Partial<Activity> {
  const tag = `<at>${BOT.name}</at>`;
  return {
    type: 'message', text: `${tag} ${text}`, from: { id: from, name: from === '29:owner' ? 'Meera Owner' : 'Priya Sharma' }, recipient: BOT,
    conversation: { id: `${channel};messageid=7`, conversationType: 'channel', isGroup: true, name: '' },
    channelData: { team: { id: DESK_TEAM }, channel: { id: channel } },
    entities: [{ type: 'mention', text: tag, mentioned: BOT }],
  };
}

/** A universal action, pressed in the user's chat or (with `from`/`conversation`) elsewhere. */
export function pressed(verb: string, data: object, extra: Partial<Activity> = {}): Partial<Activity> {
  return { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }, ...extra };
}

/** A staff press on a request card in the desk channel. */
export function staffPressed(verb: string, data: object, from = { id: '29:staff', name: 'Priya Sharma' }, channel = DESK_CHANNEL): Partial<Activity> {
  return pressed(verb, data, { from, recipient: BOT, conversation: { id: `${channel};messageid=1`, conversationType: 'channel', isGroup: true, name: '' }, channelData: { channel: { id: channel }, team: { id: DESK_TEAM } } });
}

/** Sends an activity and resolves to the invoke response body (for invokes) or the replies' texts. */
export async function run(adapter: TestAdapter, activity: Partial<Activity> | string): Promise<{ body?: any; texts: string[]; cards: any[] }> {
  const before = adapter.activeQueue.length;
  await adapter.receiveActivity(activity);
  const replies = adapter.activeQueue.splice(before);
  const invoke = replies.find((a) => a.type === 'invokeResponse');
  const messages = replies.filter((a) => a.type === 'message');
  const cards = messages.map((a) => a.attachments?.[0]?.content).filter(Boolean);
  return { body: invoke?.value?.body, texts: messages.map((a) => (a.attachments?.[0]?.content ? deskText(a.attachments[0].content) : String(a.text ?? ''))), cards };
}

/** The data of an Action.Execute on a card (also inside a ShowCard), by verb. */
export function dataOf(card: any, verb: string): any {
  let found: any;
  const walk = (n: any): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    if (n.type === 'Action.Execute' && n.verb === verb) found = n.data;
    for (const [k, v] of Object.entries(n)) if (k !== 'data') walk(v);
  };
  walk(card);
  if (!found) throw new Error(`no ${verb} on the card`);
  return found;
}
