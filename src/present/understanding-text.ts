import type { TFunction } from 'i18next';
import type { AssistantReply } from '../domain/assistant/reply';
import type { SupportChannels } from '../domain/assistant/support-channels';
import type { QuotedMessage } from '../domain/understanding/portal-messages';

/** The text of a decline: iGOT support's channels for an iGOT question outside onboarding, a plain "I can't help" otherwise. */
export function renderDeclineText(reply: AssistantReply, t: TFunction): string {
  const support = reply.facts.support as SupportChannels | undefined;
  if (reply.declineReason === 'igot-support' && support) {
    const text = t('understanding:decline.igotSupport.text', { hours: support.hours[reply.lang], email: support.email });
    return `${text}\n- ${t('understanding:decline.igotSupport.teams')}: ${support.teamsUrl}\n- ${t('understanding:decline.igotSupport.email')}: ${support.email}`;
  }
  if (reply.declineReason === 'not-igot') return t('understanding:decline.notIgot.text');
  return t('reply.decline');
}

/** A quoted portal message: which message it is, where the portal shows it, and what it means. */
export function renderPortalMessage(value: unknown, lang: 'en' | 'hi', t: TFunction): string | undefined {
  const m = value as QuotedMessage | undefined;
  if (!m) return undefined;
  return `${t('understanding:portalMessage.heading', { text: m.text, where: t(`understanding:portalMessage.where.${m.where}`) })}: ${m[lang]}`;
}
