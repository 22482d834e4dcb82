import { ReplyPresenter } from '../../src/bot/reply-presenter';
import { factRenderers } from '../../src/present/fact-renderers';
import { TextRenderer } from '../../src/present/text-renderer';
import { createTestCore } from '../helpers/core';

const core = createTestCore();
const presenter = new ReplyPresenter(core.assistant, new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory)), core.i18n);
const cardOf = (text: string): unknown => presenter.reply(core.assistant.ask(text)).attachments?.[0].content;

describe('ReplyPresenter remembers rendered cards, never personal data', () => {
  test('a common question is rendered once: the same frozen card comes back', () => {
    const card = cardOf('otp nahi aa raha');
    expect(cardOf('otp nahi aa raha')).toBe(card);
    expect(Object.isFrozen(card)).toBe(true);
  });

  test('a row check is rendered every time (the rows are not kept)', () => {
    const rows = 'Full Name,Email,Mobile\nAsha Verma,asha.verma@gov.in,9876543210';
    expect(core.assistant.ask(rows).topic).toBe('row-check');
    expect(cardOf(rows)).not.toBe(cardOf(rows));
  });

  test('a question with an email is rendered every time', () => {
    const text = 'asha.verma@gov.in otp not received';
    expect(cardOf(text)).not.toBe(cardOf(text));
  });

  test('suggested actions are made once per language', () => {
    expect(presenter.suggestedActions('hi')).toBe(presenter.suggestedActions('hi'));
    expect(presenter.suggestedActions('en')).not.toBe(presenter.suggestedActions('hi'));
  });
});
