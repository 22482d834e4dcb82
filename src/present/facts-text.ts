import type { TFunction } from 'i18next';
import type { HelpDeskStatus } from '../domain/help-desk/hours';
import type { TrainingDates } from '../domain/training/timeline';
import type { Lang } from '../domain/types';
import { formatDay, formatIndiaTime } from './format-date';

/** The year of an India-time calendar date or instant. */
const yearOf = (isoDate: string): string => isoDate.slice(0, 4);

/**
 * One line saying whether the live query assistance is open now and when it next opens. Outside
 * Monday–Friday 9 to 5 it is closed, holiday list or not; within hours in a year without a holiday
 * list it should be open unless the day is a government holiday.
 */
export function renderHelpDeskStatus(status: HelpDeskStatus, lang: Lang, t: TFunction): string {
  if (status.state === 'open') return t('desk.open', { until: formatIndiaTime(status.closesAt!, lang) });
  if (status.state === 'unknown') {
    if (!status.closesAt) return t('desk.unknown');
    return t('calendar:desk.openUnlessHoliday', { until: formatIndiaTime(status.closesAt, lang), year: yearOf(status.today) });
  }
  const holiday = lang === 'hi' ? status.holidayNameHi ?? status.holidayName : status.holidayName;
  const reason = status.reason === 'holiday' ? t('desk.reason.holiday', { name: holiday }) : t(`desk.reason.${status.reason}`);
  const next = !status.nextOpen
    ? t('desk.nextOpenUnknown')
    : status.nextOpenUnconfirmed
      ? t('calendar:desk.nextOpenUnlessHoliday', { when: formatIndiaTime(status.nextOpen, lang), year: status.nextOpen.toISOString().slice(0, 4) })
      : t('desk.nextOpen', { when: formatIndiaTime(status.nextOpen, lang) });
  return `${t('desk.closed', { reason })} ${next}`;
}

/** The log-in check days still ahead, as a sentence (none on or after the training day). */
function checkLine(dates: TrainingDates, lang: Lang, t: TFunction): string | undefined {
  const days = dates.checkDates.map((d) => formatDay(d, lang));
  if (days.length === 2) return t('calendar:training.checkTwo', { first: days[0], second: days[1] });
  return days.length === 1 ? t('calendar:training.checkOne', { day: days[0] }) : undefined;
}

/** How to get help fastest, for a training today or past: the desk now and the iGOT queries contact. */
function helpLine(dates: TrainingDates, lang: Lang, t: TFunction): string {
  const parts = [dates.help?.desk ? renderHelpDeskStatus(dates.help.desk, lang, t) : ''];
  if (dates.help?.name && dates.help.mobile) parts.push(t('calendar:training.helpContact', { name: dates.help.name, mobile: dates.help.mobile }));
  return parts.filter(Boolean).join(' ');
}

/**
 * The training-date advice: ahead, the register-by date and the check days; late, register today;
 * today, no "register early" (problems may not be fixable on the day) but the fastest route to help;
 * past, what to do about a failed log-in now. Check days that have passed are not offered.
 */
export function renderTrainingDates(dates: TrainingDates, lang: Lang, t: TFunction): string {
  const values = { training: formatDay(dates.trainingDate, lang), registerBy: formatDay(dates.registerBy, lang) };
  const stage = dates.stage ?? (dates.daysLeft < 0 ? 'past' : dates.daysLeft === 0 ? 'today' : dates.late ? 'late' : 'ahead');
  if (stage === 'past') return [t('calendar:training.past', values), helpLine(dates, lang, t)].filter(Boolean).join(' ');
  if (stage === 'today') return [t('calendar:training.today', values), helpLine(dates, lang, t)].filter(Boolean).join(' ');
  const plan = stage === 'ahead' ? t('calendar:training.ahead', values) : t('calendar:training.late', { ...values, count: dates.daysLeft });
  return [plan, checkLine(dates, lang, t)].filter(Boolean).join(' ');
}
