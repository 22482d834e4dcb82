import { adaptiveCard, AdaptiveCard, bullets, CardElement, CardT, container, heading, submit, text } from './card-kit';
import type { LanguageAction } from './card-data';

/** What the bilingual welcome card needs. */
export interface WelcomeContext {
  readonly tEn: CardT;
  readonly tHi: CardT;
  /** The plain-text welcome (both languages). */
  readonly fallbackText: string;
  /** In a group chat or channel: add the "use a personal chat for personal data" advice. */
  readonly shared?: boolean;
}

function half(t: CardT, shared: boolean, separator: boolean): CardElement {
  const items = [
    heading(t('cards:welcome.title'), separator ? 'Medium' : 'Large'),
    text(t('cards:welcome.intro')),
    bullets([t('cards:welcome.can.answer'), t('cards:welcome.can.contacts'), t('cards:welcome.can.rows')]),
    text(t('cards:welcome.try'), { isSubtle: true }),
    shared ? text(t('bot:group.privacy'), { color: 'Warning' }) : undefined,
  ];
  return container(items.filter(Boolean) as CardElement[], { separator });
}

/** The bilingual welcome card: the three things Sahayak does, and a language choice. */
export function buildWelcomeCard(ctx: WelcomeContext): AdaptiveCard {
  const shared = ctx.shared === true;
  const choose = (lang: 'en' | 'hi', t: CardT) => submit(t('cards:welcome.choose'), { sahayak: 'lang', lang, topic: null } satisfies LanguageAction);
  return adaptiveCard([half(ctx.tEn, shared, false), half(ctx.tHi, shared, true)], [choose('en', ctx.tEn), choose('hi', ctx.tHi)], ctx.fallbackText);
}

/** The plain-text welcome in one language (used for the bilingual fallback text). */
export function welcomeText(t: CardT, shared = false): string {
  const lines = [t('cards:welcome.title'), t('cards:welcome.intro'), ...['answer', 'contacts', 'rows'].map((k) => `- ${t(`cards:welcome.can.${k}`)}`), t('cards:welcome.try')];
  if (shared) lines.push(t('bot:group.privacy'));
  return lines.join('\n');
}
