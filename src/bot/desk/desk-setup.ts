import type { TurnContext } from 'botbuilder';
import { cleanName, isId, type DeskCommand, type DeskSettings } from '../../domain/desk';
import { replyScript } from '../../domain/text/normalize';
import type { Lang } from '../../domain/types';
import type { DeskStore } from '../../storage/desk-store';
import { deskTime } from '../../cards/desk-kit';
import type { DeskViews } from './desk-views';
import { isServiceUrl } from './desk-address';
import type { TeamRoles } from './team-roles';

/** What `desk here` / `desk off` / `desk` need. */
export interface DeskSetupDeps {
  readonly store: DeskStore;
  readonly roles: TeamRoles;
  readonly views: DeskViews;
  readonly clock: () => Date;
}

/** The team and channel a channel message came from (both from Teams' channel data), if it came from one. */
function teamChannel(context: TurnContext): { teamId: string; channelId: string; tenantId?: string } | undefined {
  const a = context.activity;
  const data = (a.channelData ?? {}) as { team?: { id?: unknown }; channel?: { id?: unknown }; tenant?: { id?: unknown } };
  if (a.conversation?.conversationType !== 'channel' || !isId(data.team?.id) || !isId(data.channel?.id)) return undefined;
  const tenant = isId(data.tenant?.id) ? data.tenant!.id : isId(a.conversation.tenantId) ? a.conversation.tenantId : undefined;
  return { teamId: data.team!.id, channelId: data.channel!.id, ...(tenant ? { tenantId: tenant } : {}) };
}

/** The staff member's language: Devanagari typed, or a Hindi Teams locale. */
export function staffLang(context: TurnContext, text = ''): Lang {
  return replyScript(text) === 'devanagari' || /^hi/i.test(context.activity.locale ?? '') ? 'hi' : 'en';
}

/**
 * `desk here` (make this channel the desk), `desk off`, `desk` (where is it). Setting or
 * turning off the desk is for team owners only: the role is asked of Teams (roster and Graph),
 * never read from the message. Once a desk is set, only an owner of the team that has it can
 * move it elsewhere or turn it off (an owner of any other team, which anyone can make, cannot),
 * unless the bot is no longer in that team.
 */
export async function runDeskCommand(context: TurnContext, command: DeskCommand, text: string, deps: DeskSetupDeps): Promise<void> {
  const lang = staffLang(context, text);
  const say = (key: string, values: Record<string, unknown> = {}) => context.sendActivity(deps.views.message(deps.views.notice(lang, key, values), lang));
  const place = teamChannel(context);
  if (!place || !isServiceUrl(context.activity.serviceUrl)) return void (await say('desk:setup.notChannel'));
  const current = await deps.store.settings();

  if (command === 'status') {
    if (!current) return void (await say('desk:setup.none'));
    // Another team learns only that the desk is elsewhere: not who set it, nor how busy it is.
    if (current.teamId !== place.teamId) return void (await say('desk:setup.statusOtherTeam'));
    const where = current.channelId === place.channelId ? 'here' : 'elsewhere';
    const open = (await deps.store.index()).live.length;
    return void (await say('desk:setup.status', { where: deps.views.ctx(lang).t(`desk:setup.${where}`), name: current.setBy.name, when: deskTime(current.setAt, lang), open }));
  }

  const from = context.activity.from;
  if (!isId(from?.id)) return void (await say('desk:setup.notOwner'));
  const refusal = await ownerRefusal(context, deps.roles, from.id, place.teamId, current);
  if (refusal) return void (await say(refusal));
  if (command === 'off') {
    if (!current) return void (await say('desk:setup.offAlready'));
    await deps.store.clearSettings();
    return void (await say('desk:setup.off'));
  }

  const settings: DeskSettings = {
    channelId: place.channelId,
    teamId: place.teamId,
    serviceUrl: context.activity.serviceUrl,
    ...(place.tenantId ? { tenantId: place.tenantId } : {}),
    botId: context.activity.recipient.id,
    lang,
    setBy: { id: from.id, name: cleanName(from.name) },
    setAt: deps.clock().toISOString(),
  };
  const before = await deps.store.setSettings(settings);
  await say(!before ? 'desk:setup.set' : before.channelId === settings.channelId ? 'desk:setup.already' : 'desk:setup.moved');
}

/**
 * Why `from` may not set the desk in `team` (or turn off the desk there), as a locale key; undefined
 * when they may. Moving the desk out of another team also needs ownership of that team.
 */
async function ownerRefusal(context: TurnContext, roles: TeamRoles, from: string, team: string, current: DeskSettings | undefined): Promise<string | undefined> {
  try {
    if ((await roles.roleOf(context, team, from)) !== 'owner') return 'desk:setup.notOwner';
    if (!current || current.teamId === team) return undefined;
    const there = await roles.roleOf(context, current.teamId, from);
    return there === 'owner' || there === 'no-team' ? undefined : 'desk:setup.notDeskOwner';
  } catch {
    return 'desk:setup.checkFailed';
  }
}
