import type { Capability } from '../assistant/capability';
import type { HelpDeskCalendar } from '../help-desk/hours';
import { foldText, tokenize } from '../text/normalize';
import type { TopicId } from '../types';
import { findDate } from './find-date';
import { trainingDates } from './timeline';

/** The topic whose answer is about training dates. */
export const TRAINING_TOPIC: TopicId = 'training-timeline';

/** Topics where a date in the question is the training's when the question names a training ("my training was on 1 December, I could not log in"). */
const DATED_TOPICS: ReadonlySet<TopicId> = new Set([
  'login', 'otp-problem', 'password', 'pending-approval', 'self-registration', 'no-government-email', 'lsi-programme', 'certificate',
]);

/** Words that name a training. */
const TRAINING_WORDS = new Set([
  'training', 'trainings', 'traning', 'trainig', 'session', 'programme', 'program', 'course', 'workshop', 'class',
  'ट्रेनिंग', 'ट्रैनिंग', 'प्रशिक्षण', 'सत्र', 'कार्यक्रम', 'कोर्स', 'prashikshan',
]);

/** What the capability needs: the desk's calendar, the clock, and the guidelines' contact for any iGOT query. */
export interface TrainingDeps {
  readonly calendar: HelpDeskCalendar;
  readonly clock: () => Date;
  readonly help?: { readonly name?: string; readonly mobile?: string };
}

/**
 * Training dates as an assistant capability: the register-by date and log-in check days for the
 * training date a question gives; for a training today or past, the fastest help (the desk now, the
 * iGOT queries contact) instead of "register early".
 */
export function trainingCapability(deps: TrainingDeps): Capability {
  return {
    enrich(topic, text) {
      const aboutTraining = topic === TRAINING_TOPIC || (DATED_TOPICS.has(topic) && tokenize(foldText(text)).some((w) => TRAINING_WORDS.has(w)));
      if (!aboutTraining) return undefined;
      const now = deps.clock();
      const date = findDate(text, now, { relative: true });
      if (!date) return undefined;
      const dates = trainingDates(date, now);
      if (dates.stage !== 'today' && dates.stage !== 'past') return { training: dates };
      return { training: { ...dates, help: { desk: deps.calendar.status(now), ...deps.help } } };
    },
  };
}
