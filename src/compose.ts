import type { AppConfig } from './config';
import { Assistant } from './domain/assistant/assistant';
import type { Capability } from './domain/assistant/capability';
import { loadAnswers, loadSources } from './domain/knowledge/answer-store';
import { loadSupportChannels } from './domain/assistant/support-channels';
import { HelpDeskCalendar } from './domain/help-desk/hours';
import { loadHolidays } from './domain/help-desk/holiday-store';
import { DECISION_DEFAULTS, QuestionMatcher } from './domain/understanding';
import { buildLexicon, loadUnderstanding } from './domain/understanding/load';
import { PortalMessageFinder } from './domain/understanding/portal-messages';
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
  const understanding = loadUnderstanding(config.contentDir);
  const lexicon = buildLexicon(understanding.lexicon, understanding.dictionary, understanding.examples, PortalMessageFinder.vocabulary(understanding.portalMessages));
  const matcher = new QuestionMatcher(
    lexicon,
    understanding.model,
    { ...DECISION_DEFAULTS, cacheSize: options.recentQuestions ?? DECISION_DEFAULTS.cacheSize },
    new PortalMessageFinder(lexicon, understanding.portalMessages),
  );
  const calendar = new HelpDeskCalendar(loadHolidays(config.contentDir));
  const directory = loadDirectory(config.contentDir);
  const help = directory.fallbackContacts().find((f) => f.id === 'igot-queries');
  const capabilities: Capability[] = [rowCheckCapability(clock), directoryCapability(directory), trainingCapability({ calendar, clock, help })];
  const sources = loadSources(config.contentDir);
  const support = loadSupportChannels(config.contentDir, new Set(sources.keys()));
  const assistant = new Assistant({ answers: loadAnswers(config.contentDir, sources), matcher, calendar, clock, capabilities, recentReplies: options.recentQuestions, support });
  return { assistant, calendar, directory, i18n: createI18n(config.localesDir), clock };
}
