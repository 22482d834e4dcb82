import { TeamsInfo, type TeamsChannelAccount, type TurnContext } from 'botbuilder';

/** A person's place in a team, as far as the bot can learn it (`no-team`: the bot is no longer in that team, or it is gone). */
export type TeamRole = 'owner' | 'member' | 'guest' | 'none' | 'no-team';

/** Learns a member's role in a team (throws when it cannot be learned: the caller says "try again"). */
export interface TeamRoles {
  roleOf(context: TurnContext, teamId: string, userId: string): Promise<TeamRole>;
}

/** How the owner check is made. */
export interface TeamRoleOptions {
  /**
   * Microsoft Graph's base URL (`https://graph.microsoft.com`), or '' for the roster only.
   * The Bot Framework roster tells a member from a guest (`userRole`: user, guest, anonymous)
   * but not an owner; ownership is in Graph (`/teams/{group}/members`, `roles: ["owner"]`,
   * allowed by the app's resource-specific consent `TeamMember.Read.Group`).
   */
  readonly graphUrl: string;
  /** An app token for Graph (none in local open mode: the tests' stand-in needs none). */
  readonly graphToken?: () => Promise<string | undefined>;
  readonly timeoutMs?: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_GRAPH_BYTES = 64 * 1024;

const statusOf = (err: unknown): number | undefined => (err as { statusCode?: number })?.statusCode;

/**
 * Team roles from the Bot Framework roster (`GET /v3/conversations/{team}/members/{user}`) and,
 * for ownership, Microsoft Graph. With no Graph URL (local open mode, where nothing is
 * authenticated anyway) any member who is not a guest counts as an owner.
 */
export class ConnectorTeamRoles implements TeamRoles {
  constructor(private readonly options: TeamRoleOptions) {}

  async roleOf(context: TurnContext, teamId: string, userId: string): Promise<TeamRole> {
    let member: TeamsChannelAccount;
    try {
      member = await TeamsInfo.getTeamMember(context, teamId, userId);
    } catch (err) {
      if (statusOf(err) === 403) return 'no-team';
      if (statusOf(err) === 404) return (await this.hasTeam(context, teamId)) ? 'none' : 'no-team';
      throw err;
    }
    if (!member?.id) return 'none';
    const role = String(member.userRole ?? 'user').toLowerCase();
    if (role === 'guest' || role === 'anonymous') return 'guest';
    if (role === 'owner') return 'owner';
    if (!this.options.graphUrl) return 'owner';
    const objectId = member.aadObjectId ?? (member as { objectId?: string }).objectId;
    const team = await TeamsInfo.getTeamDetails(context, teamId);
    if (!objectId || !GUID.test(objectId) || !team?.aadGroupId || !GUID.test(team.aadGroupId)) throw Object.assign(new Error('no ids for the owner check'), { name: 'TeamRoleError' });
    return (await this.graphRoles(team.aadGroupId, objectId)).includes('owner') ? 'owner' : 'member';
  }

  /** False when Teams says the team is unknown to the bot (removed from it, or the team is gone). */
  private async hasTeam(context: TurnContext, teamId: string): Promise<boolean> {
    try {
      return !!(await TeamsInfo.getTeamDetails(context, teamId))?.id;
    } catch (err) {
      const status = statusOf(err);
      if (status === 403 || status === 404) return false;
      throw err;
    }
  }

  /** The member's roles in the team's Microsoft 365 group (`[]` for a plain member). */
  private async graphRoles(groupId: string, objectId: string): Promise<string[]> {
    const filter = encodeURIComponent(`(microsoft.graph.aadUserConversationMember/userId eq '${objectId}')`);
    const url = `${this.options.graphUrl.replace(/\/+$/, '')}/v1.0/teams/${groupId}/members?$filter=${filter}`;
    const token = await this.options.graphToken?.();
    const res = await fetch(url, { headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000), redirect: 'error' });
    const body = await res.text();
    if (!res.ok || body.length > MAX_GRAPH_BYTES) throw Object.assign(new Error('graph refused'), { name: 'TeamRoleError', statusCode: res.status });
    const value = (JSON.parse(body) as { value?: { userId?: string; roles?: unknown }[] }).value ?? [];
    const me = value.find((m) => m.userId === objectId);
    return Array.isArray(me?.roles) ? me!.roles.filter((r): r is string => typeof r === 'string').map((r) => r.toLowerCase()) : [];
  }
}
