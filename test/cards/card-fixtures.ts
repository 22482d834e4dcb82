import type { AssistantReply } from '../../src/domain/assistant/reply';
import { checkPastedText } from '../../src/domain/bulk-upload';
import type { Lang } from '../../src/domain/types';
import { factRenderers } from '../../src/present/fact-renderers';
import { TextRenderer } from '../../src/present/text-renderer';
import { ReplyPresenter } from '../../src/bot/reply-presenter';
import type { Core } from '../../src/compose';
import { createTestCore } from '../helpers/core';

/** Rows as an MDO admin pastes them (header plus two rows, one with problems). */
export const PASTED_ROWS = [
  'Full Name\tEmail\tMobile Number\tGroup\tDesignation',
  'Asha Verma\tasha.verma@gov.in\t9876543210\tGroup A\tDeputy Secretary',
  'Ravi\travi@gmail\t98765\tGroup Z\t',
].join('\n');

let shared: Core | undefined;
/** One core for the card tests (content loading is the slow part). */
export function core(): Core {
  shared ??= createTestCore();
  return shared;
}

/** The presenter used by the bot, over the real core. */
export function presenter(): ReplyPresenter {
  const c = core();
  return new ReplyPresenter(c.assistant, new TextRenderer(c.assistant, c.i18n, factRenderers(c.directory)), c.i18n);
}

/** A reply of each kind in a language, by a short name. */
export function sampleReplies(lang: Lang): Record<string, AssistantReply> {
  const a = core().assistant;
  const ask = (q: string) => a.ask(q, { forcedLang: lang });
  return {
    answer: ask('OTP not received'),
    'answer with desk status': a.answerTopic('query-assistance', lang),
    'answer with training dates': ask('my training is on 5 December 2026, when should I register?'),
    'answer with links and contacts': a.answerTopic('helpdesk-contacts', lang),
    'contact (organisation)': ask('KB representative for railways'),
    'contact (not listed)': ask('KB rep for ministry of magic'),
    'contact (ask which)': ask('kb representative'),
    'row check': ask(PASTED_ROWS),
    clarify: ask('email'),
    decline: ask('weather in delhi'),
    empty: ask(''),
    'too long': ask('x'.repeat(20001)),
    'language switch': a.ask(lang === 'hi' ? 'Hindi me batao' : 'reply in English'),
    greeting: ask('hello'),
  };
}

/** A direct check result (for the row-check card on its own). */
export function sampleCheck() {
  return checkPastedText(PASTED_ROWS, { now: new Date('2026-11-23T06:00:00Z') });
}
