import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { cardText } from '../cards/card-text';
import { SahayakBot } from '../../src/bot/sahayak-bot';
import type { FileCheckIo } from '../../src/bot/file-check-flow';
import { UserPreferences } from '../../src/bot/user-profile';
import type { Core } from '../../src/compose';
import { MemoryInsightsStore } from '../../src/insights';
import { factRenderers } from '../../src/present/fact-renderers';
import { TextRenderer } from '../../src/present/text-renderer';
import { createTestCore } from '../helpers/core';

let sharedCore: Core | undefined;

/** A bot over the real core, on botbuilder-core's TestAdapter, with in-memory state and insights. */
export function createHarness(storage: Storage = new MemoryStorage(), files?: FileCheckIo) {
  sharedCore ??= createTestCore();
  const core = sharedCore;
  const renderer = new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory));
  const insights = new MemoryInsightsStore();
  const bot = new SahayakBot({
    assistant: core.assistant, renderer, preferences: new UserPreferences(storage), i18n: core.i18n,
    insights, directory: core.directory, clock: core.clock, files,
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.conversation.channelId = 'msteams';
  adapter.conversation.bot = { id: '28:sahayak-app-id', name: 'iGOT Sahayak' };
  adapter.conversation.conversation = { id: 'personal-1', conversationType: 'personal', isGroup: false, name: '' };
  return { core, renderer, insights, bot, adapter, storage };
}

/** The Adaptive Card attached to a reply. */
export function cardOf(activity: Partial<Activity>): { body: Record<string, unknown>[]; actions?: { title: string; data?: object; url?: string }[]; fallbackText: string } {
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment!.content;
}

/** The data of a card button, by title. */
export function buttonData(activity: Partial<Activity>, title: string): object {
  const action = cardOf(activity).actions?.find((a) => a.title === title);
  expect(action).toBeDefined();
  return action!.data!;
}

/** A message in a group chat, optionally @mentioning the bot. */
export function groupMessage(text: string, mention: boolean): Partial<Activity> {
  const bot = { id: '28:sahayak-app-id', name: 'iGOT Sahayak' };
  const tag = `<at>${bot.name}</at>`;
  return {
    type: 'message',
    text: mention ? `${tag} ${text}` : text,
    conversation: { id: 'group-1', conversationType: 'groupChat', isGroup: true, name: 'Team' },
    recipient: bot,
    entities: mention ? [{ type: 'mention', text: tag, mentioned: bot }] : [],
  };
}

/** What a reply says: everything on its card, or the message text. */
export function textOf(activity: Partial<Activity>): string {
  const card = activity.attachments?.[0]?.content;
  return card ? cardText(card) : activity.text ?? '';
}
