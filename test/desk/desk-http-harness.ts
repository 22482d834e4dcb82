import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { post, startTestApp, type TestApp } from '../server/helpers/http-app';
import { cardText } from '../cards/card-text';
import type { ConnectorStandIn, Member } from './connector-stand-in';

export const TENANT = 'tenant-e2e';
export const TEAM = '19:team-desk@thread.tacv2';
export const CHANNEL = '19:desk-channel@thread.tacv2';
export const GROUP = '6b7b3b2a-2c4b-4175-8582-41c9e685c1b5';
export const BOT = { id: '28:sahayak-bot', name: 'iGOT Sahayak' };

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const OWNER: Member = { id: '29:owner', name: 'Meera Owner', aadObjectId: guid(1), userPrincipalName: 'meera@example.gov.in', userRole: 'user' };
export const PRIYA: Member = { id: '29:priya', name: 'Priya Sharma', aadObjectId: guid(2), userPrincipalName: 'priya@example.gov.in', userRole: 'user' };
export const RAVI: Member = { id: '29:ravi', name: 'Ravi Kumar', aadObjectId: guid(3), userPrincipalName: 'ravi@example.gov.in', userRole: 'user' };
export const GUEST: Member = { id: '29:guest', name: 'Guest Person', aadObjectId: guid(4), userRole: 'guest' };
export const ASHA: Member = { id: '29:asha', name: 'Asha Verma', aadObjectId: guid(5), userPrincipalName: 'asha.verma@example.gov.in', userRole: 'user' };
export const ASHA_CHAT = 'a:asha-personal';

/** The team, its owner (by Graph), staff, a guest, and a user with her personal chat. */
export function seedTeams(standIn: ConnectorStandIn): void {
  standIn.teams.set(TEAM, { id: TEAM, name: 'Query assistance', aadGroupId: GROUP });
  standIn.members.set(TEAM, [OWNER, PRIYA, RAVI, GUEST]);
  standIn.members.set(ASHA_CHAT, [ASHA]);
  standIn.graphRoles.set(`${GROUP}|${OWNER.aadObjectId}`, ['owner']);
  for (const m of [PRIYA, RAVI, GUEST]) standIn.graphRoles.set(`${GROUP}|${m.aadObjectId}`, []);
}

let seq = 0;
const next = () => `e2e-${++seq}`;

/** A message in the desk channel, @mentioning the bot. */
export function channelMessage(serviceUrl: string, from: Member, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const tag = `<at>${BOT.name}</at>`;
  return {
    type: 'message', id: next(), text: `${tag} ${text}`, channelId: 'msteams', serviceUrl, locale: 'en-IN',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId }, recipient: BOT,
    conversation: { id: `${CHANNEL};messageid=${seq}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { team: { id: TEAM }, channel: { id: CHANNEL }, tenant: { id: TENANT } },
    entities: [{ type: 'mention', text: tag, mentioned: BOT }],
    ...extra,
  };
}

/** A message from the user in her personal chat. */
export function userMessage(serviceUrl: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message', id: next(), text, channelId: 'msteams', serviceUrl, locale: 'hi-IN',
    from: { id: ASHA.id, name: ASHA.name, aadObjectId: ASHA.aadObjectId }, recipient: BOT,
    conversation: { id: ASHA_CHAT, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

/** A universal action pressed on a card (`adaptiveCard/action`), as Teams sends it. */
export function press(base: Record<string, unknown>, action: { verb: string; data: object }, trigger = 'manual'): Record<string, unknown> {
  return { ...base, type: 'invoke', name: 'adaptiveCard/action', text: undefined, entities: undefined, value: { action: { type: 'Action.Execute', ...action }, trigger } };
}

/** A staff member's press on the request card in its thread. */
export function staffPress(serviceUrl: string, from: Member, thread: string, activityId: string, action: { verb: string; data: object }, trigger = 'manual'): Record<string, unknown> {
  return press({ ...channelMessage(serviceUrl, from, ''), conversation: { id: thread, conversationType: 'channel', isGroup: true, tenantId: TENANT }, replyToId: activityId }, action, trigger);
}

/** Posts and returns the invoke's card (what replaces the pressed card), checking the universal-action response shape. */
export async function invokeCard(app: TestApp, activity: Record<string, unknown>): Promise<{ card: any; text: string }> {
  const res = await post(app.url, activity);
  expect(res.status).toBe(200);
  expect(res.json).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  return { card: res.json.value, text: deskText(res.json.value) };
}

/** What a card says, a line per text block, rich text (runs joined) and button title. */
export function deskText(card: any): string {
  const lines: string[] = [];
  const walk = (n: any): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (n.type === 'RichTextBlock') lines.push((n.inlines ?? []).map((i: any) => i.text).join(''));
    for (const key of ['body', 'items', 'columns', 'actions']) walk(n[key]);
  };
  walk(card);
  return `${cardText(card)}\n${lines.join('\n')}`;
}

/** The card of an activity the bot sent, and what it says. */
export function cardOf(activity: any): { card: any; text: string } {
  const card = activity?.attachments?.[0]?.content ?? activity?.activity?.attachments?.[0]?.content;
  return { card, text: card ? deskText(card) : String(activity?.text ?? '') };
}

/** Every Action.Execute on a card (including inside Action.ShowCard), by verb. */
export function executeData(card: any, verb: string): any {
  const found: any[] = [];
  const walk = (n: any): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (n.type === 'Action.Execute' && n.verb === verb) found.push(n.data);
    for (const [k, v] of Object.entries(n)) if (k !== 'data' && typeof v === 'object') walk(v);
  };
  walk(card);
  expect(found.length).toBeGreaterThan(0);
  return found[0];
}

/** The environment of every instance: the shared blob store, Graph at the stand-in, a fast sweep, a temp worklist. */
export function deskEnv(connectionString: string, standInUrl: string, container: string): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-desk-'));
  return {
    SAHAYAK_BLOB_CONNECTION_STRING: connectionString,
    SAHAYAK_BLOB_CONTAINER: container,
    SAHAYAK_GRAPH_URL: standInUrl,
    SAHAYAK_DESK_SWEEP_SECONDS: '1',
    SAHAYAK_INSIGHTS_FILE: path.join(dir, 'insights.jsonl'),
  };
}

export { startTestApp, post };
export type { TestApp };
