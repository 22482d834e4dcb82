import type { AppConfig } from './config';
import { Assistant } from './domain/assistant/assistant';
import type { Capability } from './domain/assistant/capability';
import { loadAnswers, readContentJson, readContentLines } from './domain/knowledge/answer-store';
import { HelpDeskCalendar } from './domain/help-desk/hours';
import { loadHolidays } from './domain/help-desk/holiday-store';
import { DECISION_DEFAULTS, ExampleData, QuestionMatcher } from './domain/understanding';
import type { LexiconData } from './domain/understanding/lexicon';
import { createI18n, I18n } from './i18n';
import { Directory, loadDirectory } from './domain/directory';
import { directoryCapability } from './domain/directory/directory-capability';
import { rowCheckCapability } from './domain/bulk-upload/row-check-capability';
import { trainingCapability } from './domain/training/training-capability';

/** The core shared by every surface (bot, CLI, tab, messaging extension). */
export interface Core {
  readonly assistant: Assistant;
  readonly calendar: HelpDeskCalendar;
  readonly directory: Directory;
  readonly i18n: I18n;
  readonly clock: () => Date;
}

/** Options for building the core (tests inject a clock). */
export interface CoreOptions {
  readonly clock?: () => Date;
  /** How many recent questions the matcher and the assistant remember (the benchmark sets 0 to time fresh questions). */
  readonly recentQuestions?: number;
}

/** Loads content and builds indexes: everything the surfaces need. */
export function createCore(config: AppConfig, options: CoreOptions = {}): Core {
  const clock = options.clock ?? (() => new Date());
  const lexicon = readContentJson<LexiconData>(config.contentDir, 'understanding', 'lexicon.json');
  const dictionary = readContentLines(config.contentDir, 'understanding', 'english-words.txt');
  const matcher = new QuestionMatcher(
    { ...lexicon, dictionary },
    readContentJson<ExampleData>(config.contentDir, 'understanding', 'examples.json'),
    { ...DECISION_DEFAULTS, cacheSize: options.recentQuestions ?? DECISION_DEFAULTS.cacheSize },
  );
  const calendar = new HelpDeskCalendar(loadHolidays(config.contentDir));
  const directory = loadDirectory(config.contentDir);
  const help = directory.fallbackContacts().find((f) => f.id === 'igot-queries');
  const capabilities: Capability[] = [rowCheckCapability(clock), directoryCapability(directory), trainingCapability({ calendar, clock, help })];
  const assistant = new Assistant({ answers: loadAnswers(config.contentDir), matcher, calendar, clock, capabilities, recentReplies: options.recentQuestions });
  return { assistant, calendar, directory, i18n: createI18n(config.localesDir), clock };
}
