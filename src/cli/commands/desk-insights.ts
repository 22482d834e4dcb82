import type { AppConfig } from '../../config';
import type { DeskSummary } from '../../domain/desk';
import { createI18n } from '../../i18n';
import { deskSummary, openDeskStore } from './desk';

/** The desk's part of `sahayak insights`: summary counts as JSON (null without the shared store) and as a text section. */
export interface DeskInsights {
  readonly json: DeskSummary | null;
  readonly text: string;
}

/** Opened, answered, closed and the median time to a first answer, from the shared store (a note instead when there is none). */
export async function deskInsights(config: AppConfig, lang: 'en' | 'hi'): Promise<DeskInsights> {
  const fixed = createI18n(config.localesDir).getFixedT(lang);
  const t = (key: string, options?: Record<string, unknown>) => String(fixed(key, options as never));
  const store = openDeskStore(config);
  if (!store) return { json: null, text: t('desk:insights.noStore') };
  const s = await deskSummary(store);
  const median = s.medianFirstAnswerMinutes === null ? t('desk:insights.noMedian') : t('desk:age.minutes', { count: s.medianFirstAnswerMinutes });
  return { json: s, text: `${t('desk:insights.title')}\n  ${t('desk:insights.line', { ...s, median })}` };
}
