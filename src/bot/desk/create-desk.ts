import { ConfigurationServiceClientCredentialFactory, type CloudAdapter, type Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config';
import type { Core } from '../../compose';
import type { InsightsStore } from '../../insights';
import type { TextRenderer } from '../../present/text-renderer';
import type { AdaptiveCard } from '../../cards';
import { ReplyPresenter } from '../reply-presenter';
import { DeskService } from './desk-service';

/** What the desk is wired from. */
export interface DeskWiring {
  readonly config: AppConfig;
  readonly core: Core;
  readonly logger: Logger;
  readonly storage: Storage;
  readonly adapter: CloudAdapter;
  readonly renderer: TextRenderer;
  readonly insights: InsightsStore;
}

/** An app-only token for Microsoft Graph from the bot's own credentials (only when an app id is set). */
function graphToken(config: AppConfig): (() => Promise<string | undefined>) | undefined {
  if (!config.microsoftAppId) return undefined;
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  });
  return async () => {
    const credentials = (await factory.createCredentials(config.microsoftAppId, 'https://graph.microsoft.com', 'https://login.microsoftonline.com', true)) as { getToken?: () => Promise<string> };
    return credentials.getToken?.();
  };
}

/** Builds the desk over the bot's state store and adapter, and starts its outbox sweep. */
export function createDesk(w: DeskWiring): DeskService {
  const presenter = new ReplyPresenter(w.core.assistant, w.renderer, w.core.i18n);
  const contacts = (lang: 'en' | 'hi') => presenter.helpDesk(lang).attachments![0].content as AdaptiveCard;
  return new DeskService({
    storage: w.storage,
    adapter: w.adapter,
    botAppId: w.config.microsoftAppId,
    assistant: w.core.assistant,
    calendar: w.core.calendar,
    i18n: w.core.i18n,
    clock: w.core.clock,
    insights: w.insights,
    options: w.config.desk,
    contacts,
    logger: w.logger,
    graphToken: graphToken(w.config),
  }).start();
}
