import type { TFunction } from 'i18next';
import type { HelpDeskStatus } from '../domain/help-desk/hours';
import type { TrainingDates } from '../domain/training/timeline';
import type { Lang } from '../domain/types';
import { formatDay, formatIndiaTime } from './format-date';

/** One line saying whether the live query assistance is open now and when it next opens. */
export function renderHelpDeskStatus(status: HelpDeskStatus, lang: Lang, t: TFunction): string {
  if (status.state === 'open') return t('desk.open', { until: formatIndiaTime(status.closesAt!, lang) });
  if (status.state === 'unknown') return t('desk.unknown');
  const holiday = lang === 'hi' ? status.holidayNameHi ?? status.holidayName : status.holidayName;
  const reason = status.reason === 'holiday' ? t('desk.reason.holiday', { name: holiday }) : t(`desk.reason.${status.reason}`);
  const next = status.nextOpen ? t('desk.nextOpen', { when: formatIndiaTime(status.nextOpen, lang) }) : t('desk.nextOpenUnknown');
  return `${t('desk.closed', { reason })} ${next}`;
}

/** The register-by date and log-in check window for the user's training date. */
export function renderTrainingDates(dates: TrainingDates, lang: Lang, t: TFunction): string {
  const values = {
    training: formatDay(dates.trainingDate, lang),
    registerBy: formatDay(dates.registerBy, lang),
    checkFrom: formatDay(dates.checkFrom, lang),
    checkTo: formatDay(dates.checkTo, lang),
  };
  if (dates.daysLeft < 0) return t('training.past', values);
  const plan = t('training.plan', values);
  return dates.late ? `${plan} ${t('training.late', { count: dates.daysLeft })}` : plan;
}
