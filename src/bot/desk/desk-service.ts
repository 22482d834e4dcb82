import { randomUUID } from 'node:crypto';
import type { Activity, CloudAdapter, InvokeResponse, MessagingExtensionQuery, MessagingExtensionResponse, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Assistant } from '../../domain/assistant/assistant';
import { chooseReplyLanguage } from '../../domain/assistant/reply-language';
import { asksForPerson, deskCommand, stillNeedsHelp } from '../../domain/desk';
import type { HelpDeskCalendar } from '../../domain/help-desk/hours';
import type { Lang, UserContext } from '../../domain/types';
import type { I18n } from '../../i18n';
import type { InsightsStore } from '../../insights';
import { DeskStore, type StateItems } from '../../storage/desk-store';
import type { AdaptiveCard } from '../../cards';
import { readDeskInvoke, STAFF_VERBS } from '../../cards/desk-data';
import { DeskDelivery } from './desk-delivery';
import { ConnectorMessenger, type DeskMessenger } from './desk-messenger';
import { DeskSearch } from './desk-search';
import { runDeskCommand, staffLang } from './desk-setup';
import { DeskStaffFlow } from './desk-staff-flow';
import { DeskUserFlow } from './desk-user-flow';
import { DeskViews } from './desk-views';
import { ConnectorTeamRoles, type TeamRoles } from './team-roles';

/** The desk's settings (from `src/config.ts`). */
export interface DeskOptions {
  readonly retentionDays: number;
  readonly maxRequestsPerHour: number;
  readonly sweepSeconds: number;
  /** Microsoft Graph's base URL for the team-owner check ('' = the roster only: local open mode). */
  readonly graphUrl: string;
}

/** What the desk is built from (the composition root injects it; tests replace the messenger or the roles). */
export interface DeskServiceDeps {
  readonly storage: StateItems;
  /** For the proactive messages (not needed when a messenger is given). */
  readonly adapter?: CloudAdapter;
  readonly botAppId: string;
  readonly assistant: Assistant;
  readonly calendar: HelpDeskCalendar;
  readonly i18n: I18n;
  readonly clock: () => Date;
  readonly insights: InsightsStore;
  readonly options: DeskOptions;
  /** The contacts card ("Talk to a person" without a desk). */
  readonly contacts: (lang: Lang) => AdaptiveCard;
  readonly logger?: Pick<Logger, 'warn' | 'info'>;
  readonly graphToken?: () => Promise<string | undefined>;
  readonly messenger?: DeskMessenger;
  readonly roles?: TeamRoles;
}

/**
 * The query-assistance desk, as the bot uses it: a few calls routed from the shared bot files
 * (a typed message, "Talk to a person", a universal action, the requests search), and the
 * outbox sweep that runs while the server runs.
 */
export class DeskService {
  readonly store: DeskStore;
  readonly delivery: DeskDelivery;
  private readonly views: DeskViews;
  private readonly user: DeskUserFlow;
  private readonly staff: DeskStaffFlow;
  private readonly finder: DeskSearch;
  private readonly roles: TeamRoles;

  constructor(private readonly deps: DeskServiceDeps) {
    const { options, clock } = deps;
    this.store = new DeskStore(deps.storage);
    this.views = new DeskViews(deps.i18n, deps.assistant, clock, options.retentionDays);
    const messenger = deps.messenger ?? new ConnectorMessenger(deps.adapter!, deps.botAppId);
    this.delivery = new DeskDelivery(this.store, messenger, this.views, clock, randomUUID().slice(0, 8), deps.logger);
    this.user = new DeskUserFlow({
      store: this.store, views: this.views, delivery: this.delivery, assistant: deps.assistant, calendar: deps.calendar, clock,
      maxPerHour: options.maxRequestsPerHour, contacts: deps.contacts,
    });
    this.staff = new DeskStaffFlow({ store: this.store, views: this.views, delivery: this.delivery, insights: deps.insights, clock });
    this.finder = new DeskSearch(this.store, this.views, clock);
    this.roles = deps.roles ?? new ConnectorTeamRoles({ graphUrl: options.graphUrl, graphToken: deps.graphToken });
  }

  /** Starts the outbox sweep (every instance runs one; leases keep them from sending twice). */
  start(): this {
    this.delivery.start({ sweepMs: this.deps.options.sweepSeconds * 1000, retentionMs: this.deps.options.retentionDays * 86_400_000 });
    return this;
  }

  /** Stops the sweep and waits for deliveries in flight. */
  stop(): Promise<void> {
    return this.delivery.stop();
  }

  /** A typed message: `desk here` / `desk off` / `desk`, "talk to a person", "I still need help". True when the desk answered it. */
  async onMessage(context: TurnContext, text: string, user: UserContext): Promise<boolean> {
    const command = deskCommand(text);
    if (command) {
      await runDeskCommand(context, command, text, { store: this.store, roles: this.roles, views: this.views, clock: this.deps.clock });
      return true;
    }
    if (asksForPerson(text)) {
      const offer = await this.user.offer(context, chooseReplyLanguage(text, user));
      if (offer) await context.sendActivity(offer);
      return !!offer;
    }
    return stillNeedsHelp(text) ? this.user.stillNeedsHelp(context) : false;
  }

  /** "Talk to a person" (button, 👎): the offer when a desk is set and this is a personal chat; undefined otherwise. */
  async offer(context: TurnContext, lang: Lang, query?: string): Promise<Partial<Activity>[] | undefined> {
    const offer = await this.user.offer(context, lang, typeof query === 'string' ? query : '');
    return offer ? [offer] : undefined;
  }

  /** Every `adaptiveCard/action` invoke: the desk's verbs; anything else is refused without failing the turn. */
  async onInvoke(context: TurnContext): Promise<InvokeResponse> {
    const press = readDeskInvoke(context.activity.value);
    if (!press) return { status: 200, body: DeskViews.refusal(400, 'unknown action') };
    const byStaff = STAFF_VERBS.has(press.verb);
    try {
      const body = byStaff ? await this.staff.onInvoke(context, press) : await this.user.onInvoke(context, press);
      return { status: 200, body };
    } catch (err) {
      this.deps.logger?.warn({ errorName: (err as Error)?.name }, 'desk action failed');
      const lang = byStaff ? staffLang(context) : press.lang ?? 'en';
      return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: this.views.ctx(lang).t(byStaff ? 'desk:staffFailed' : 'desk:failed') } };
    }
  }

  /** The requests search of the messaging extension. */
  search(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    return this.finder.search(context, query);
  }
}
