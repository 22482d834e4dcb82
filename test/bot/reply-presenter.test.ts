import { ReplyPresenter } from '../../src/bot/reply-presenter';
import { stringifyBody } from '../../src/server/json-body';
import { factRenderers } from '../../src/present/fact-renderers';
import { TextRenderer } from '../../src/present/text-renderer';
import { createTestCore } from '../helpers/core';

const core = createTestCore();
const presenter = new ReplyPresenter(core.assistant, new TextRenderer(core.assistant, core.i18n, factRenderers(core.directory)), core.i18n);
const cardOf = (text: string): unknown => presenter.reply(core.assistant.ask(text)).attachments?.[0].content;

describe('ReplyPresenter remembers rendered cards, never personal data', () => {
  test('a common question is rendered once: once it comes again, the same frozen card comes back', () => {
    cardOf('otp nahi aa raha');
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

describe('ReplyPresenter builds a card once per answer and puts each question in', () => {
  const questions = [
    'otp nahi aa raha', 'OTP nahi aa raha hai sir', 'मेरा खाता लंबित है', 'who is the KB representative for Ministry of Coal', 'what is my salary',
    'hmm', 'desk kab khulta hai', `${'how do I register on igot '.repeat(14)}`, 'registration', 'my training is on 15 March, when should I register?',
    'क्या मुझे "approval" चाहिए?', 'line\nbreak "quoted" \\ text',
  ];

  test.each(questions)('%j: the card and its JSON are what building it directly gives', (q) => {
    const reply = core.assistant.ask(q);
    const message = presenter.reply(reply);
    const card = message.attachments?.[0].content as object;
    const direct = presenter.card(reply);
    expect(card).toEqual(direct);
    expect(stringifyBody(card)).toBe(JSON.stringify(direct));
  });

  test('two questions with the same answer share the card body, each with its own question in the language button', () => {
    const a = presenter.reply(core.assistant.ask('otp nahi aa raha')).attachments?.[0].content as { body: unknown; actions: { data: { query?: string } }[] };
    const b = presenter.reply(core.assistant.ask('otp nahi aa rha bhai')).attachments?.[0].content as typeof a;
    expect(b.body).toBe(a.body);
    expect(a.actions[0].data.query).toBe('otp nahi aa raha');
    expect(b.actions[0].data.query).toBe('otp nahi aa rha bhai');
    expect(Object.isFrozen(b) && Object.isFrozen(b.actions[0])).toBe(true);
  });

  test('questions that find the same representative share one card; each keeps its own question', () => {
    type Card = { body: unknown; actions: { data: { query?: string } }[] };
    const [q1, q2] = ['who is the KB representative for Ministry of Coal', 'kb rep for ministry of coal please'];
    const a = presenter.reply(core.assistant.ask(q1)).attachments?.[0].content as Card;
    const b = presenter.reply(core.assistant.ask(q2)).attachments?.[0].content as Card;
    expect(core.assistant.ask(q2).facts).toHaveProperty('directory.query', q2);
    expect(b.body).toBe(a.body);
    expect(b.actions[0].data.query).toBe(q2);
    expect(b).toEqual(presenter.card(core.assistant.ask(q2)));
  });

  test('a directory card that quotes the question ("not listed") is built for each question, with its own', () => {
    const questions = ['who is the KB representative for the Zorblat Authority', 'KB representative for the Quixotic Board of Widgets'];
    const cards = questions.map((q) => JSON.stringify(presenter.reply(core.assistant.ask(q)).attachments?.[0].content));
    questions.forEach((q, i) => {
      const reply = core.assistant.ask(q);
      expect(reply.facts).toHaveProperty('directory.query', q);
      expect(cards[i]).toBe(JSON.stringify(presenter.card(reply)));
    });
    expect(cards[0]).toContain('Zorblat');
    expect(cards[1]).not.toContain('Zorblat');
  });
});
