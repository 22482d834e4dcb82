import { TeamsInfo, type MessagingExtensionAttachment, type MessagingExtensionQuery, type MessagingExtensionResponse, type TurnContext } from 'botbuilder';
import { isId, type DeskRequest } from '../../domain/desk';
import { foldText, tokenize } from '../../domain/text/normalize';
import type { DeskStore } from '../../storage/desk-store';
import { ADAPTIVE_CARD_TYPE } from '../../cards';
import { buildDeskRequestCard } from '../../cards/desk-request-card';
import { staffLang } from './desk-setup';
import type { DeskViews } from './desk-views';
import { queryText } from '../messaging-extension';

/** The messaging-extension command that searches requests (declared in the app manifest). */
export const SEARCH_REQUESTS = 'searchRequests';

const MAX_RESULTS = 10;
/** How many recent requests a word search reads at most. */
const MAX_SCANNED = 200;
/** How long a "member of the desk team" answer is remembered (per instance). */
const MEMBER_TTL_MS = 5 * 60_000;
const MAX_REMEMBERED = 1000;

/**
 * "Requests" in the compose box and command box, for members of the desk's team only (asked of
 * the Teams roster, remembered for five minutes): a number finds that request, words find
 * requests whose question or answer has them all, nothing lists those not yet closed. Results
 * are copies without buttons and without the user's name.
 */
export class DeskSearch {
  /** Until when (ms) a `<team>|<user>` is known to be a member. */
  private readonly members = new Map<string, number>();

  constructor(private readonly store: DeskStore, private readonly views: DeskViews, private readonly clock: () => Date) {}

  async search(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const lang = staffLang(context, queryText(query));
    const t = this.views.ctx(lang).t;
    const settings = await this.store.settings();
    if (!settings || !(await this.isMember(context, settings.teamId))) return { composeExtension: { type: 'message', text: t('desk:search.notMember') } };
    const found = await this.find(queryText(query));
    const attachments = found.map((r) => this.attachment(r, lang));
    return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
  }

  private async isMember(context: TurnContext, teamId: string): Promise<boolean> {
    const user = context.activity.from?.id;
    if (!isId(user)) return false;
    const now = this.clock().getTime();
    const key = `${teamId}|${user}`; // a member of the team that had the desk is nobody once it moves
    if ((this.members.get(key) ?? 0) > now) return true;
    try {
      const member = await TeamsInfo.getTeamMember(context, teamId, user);
      if (!member?.id) return false;
    } catch {
      return false;
    }
    if (this.members.size >= MAX_REMEMBERED) this.members.clear();
    this.members.set(key, now + MEMBER_TTL_MS);
    return true;
  }

  private async find(q: string): Promise<DeskRequest[]> {
    const index = await this.store.index();
    const number = /^#?(\d{1,9})$/.exec(q.trim());
    if (number) return this.store.requests([Number(number[1])]);
    const words = tokenize(foldText(q));
    if (!words.length) return (await this.store.requests(index.live.map((e) => e.n).reverse().slice(0, MAX_RESULTS)));
    const recent = [...index.live.map((e) => e.n), ...(await this.recentClosed(index.months))].sort((a, b) => b - a).slice(0, MAX_SCANNED);
    const requests = await this.store.requests(recent);
    return requests.filter((r) => {
      const hay = new Set(tokenize(foldText(`${r.question} ${r.answer?.text ?? ''}`)));
      return words.every((w) => hay.has(w));
    }).slice(0, MAX_RESULTS);
  }

  private async recentClosed(months: readonly string[]): Promise<number[]> {
    const last = months.slice(-2);
    return (await Promise.all(last.map((m) => this.store.closedIn(m)))).flat().map((e) => e.n);
  }

  private attachment(r: DeskRequest, lang: 'en' | 'hi'): MessagingExtensionAttachment {
    const ctx = this.views.ctx(lang);
    const shared = { ...r, user: { ...r.user, userName: undefined, userPrincipalName: undefined } };
    const card = buildDeskRequestCard(shared, ctx, { topics: [], interactive: false });
    const title = ctx.t('desk:search.title', { n: r.n, status: ctx.t(`desk:status.${r.status}`) });
    // The preview is not an Adaptive Card: characters that could format or link are left out of it.
    const plain = r.question.replace(/[[\]()*_`<>#|~]/g, ' ').replace(/\s+/g, ' ').trim();
    const text = plain.length > 120 ? `${plain.slice(0, 120)}…` : plain;
    return { contentType: ADAPTIVE_CARD_TYPE, content: card, preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: { title, text } } };
  }
}
