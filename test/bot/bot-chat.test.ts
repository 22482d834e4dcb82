import { MemoryStorage, type Activity } from 'botbuilder';
import { buttonData, cardOf, createHarness, textOf } from './bot-harness';
import { cardProblems } from '../cards/validate-card';
import { missingWords } from '../cards/card-text';
import { cardFallback } from '../../src/bot/reply-presenter';

const DEVANAGARI = /\p{Script=Devanagari}/u;

describe('answers in a personal chat', () => {
  it('answers with an Adaptive Card carrying every word of the CLI text, and its opening as the fallback', async () => {
    const { adapter, core, renderer } = createHarness();
    const expected = renderer.render(core.assistant.ask('OTP not received'));
    await adapter.send('OTP not received').assertReply((a) => {
      expect(missingWords(expected, textOf(a))).toEqual([]);
      const card = cardOf(a);
      expect(cardProblems(card)).toEqual([]);
      expect(card.fallbackText).toBe(cardFallback(expected));
      expect(card.fallbackText.length).toBeLessThan(expected.length / 2);
      expect(card.body[0].text).toBe(core.assistant.answerTopic('otp-problem', 'en').answer!.en.title);
      expect(card.actions!.map((b) => b.title)).toEqual(['हिंदी में', 'Talk to a person', '👍 Helpful', '👎 Not helpful']);
      expect(a.locale).toBe('en-IN');
    });
  });

  it('answers a Hindi question with a Devanagari card', async () => {
    const { adapter } = createHarness();
    await adapter.send('मेरा OTP नहीं आया').assertReply((a) => {
      expect(a.locale).toBe('hi-IN');
      expect(String(cardOf(a).body[0].text)).toMatch(DEVANAGARI);
      expect(cardOf(a).actions![0].title).toBe('In English');
    });
  });

  it('gives the contact card for "KB rep for railways"', async () => {
    const { adapter } = createHarness();
    await adapter.send('KB rep for railways').assertReply((a) => {
      const json = JSON.stringify(cardOf(a));
      expect(json).toContain('M/o Railways');
      expect(json).toContain('mailto:');
      expect(json).toContain('https://teams.microsoft.com/l/chat/0/0?users=');
    });
  });

  it('the language button re-renders the same answer in Hindi and saves the preference across restarts', async () => {
    const storage = new MemoryStorage();
    const first = createHarness(storage);
    let toggle: object = {};
    await first.adapter
      .send('my account is pending approval')
      .assertReply((a) => {
        toggle = buttonData(a, 'हिंदी में');
      })
      .then(() => first.adapter.send({ type: 'message', value: toggle } as Partial<Activity>))
      .assertReply((a) => {
        expect(a.locale).toBe('hi-IN');
        expect(String(cardOf(a).body[0].text)).toBe(first.core.assistant.answerTopic('pending-approval', 'hi').answer!.hi.title);
        const hindi = first.renderer.render(first.core.assistant.ask('my account is pending approval', { forcedLang: 'hi' }));
        expect(missingWords(hindi, textOf(a))).toEqual([]);
      })
      .send('login problem')
      .assertReply((a) => expect(a.locale).toBe('hi-IN'));
    const restarted = createHarness(storage);
    await restarted.adapter.send('password reset').assertReply((a) => expect(a.locale).toBe('hi-IN'));
  });

  it('"Talk to a person" shows the help desk with whether it is open now', async () => {
    const { adapter } = createHarness();
    await adapter.send({ type: 'message', value: { sahayak: 'talk', lang: 'en' } } as Partial<Activity>).assertReply((a) => {
      const card = cardOf(a);
      expect(card.body[0].text).toBe('Talk to a person');
      expect(JSON.stringify(card)).toMatch(/live query assistance on Teams is (open|closed) right now/);
      expect(JSON.stringify(card)).toContain('mailto:mission.karmayogi@gov.in');
    });
  });

  it('offers related topics as buttons that answer the topic', async () => {
    const { adapter } = createHarness();
    await adapter.send({ type: 'message', value: { sahayak: 'topic', topic: 'login', lang: 'en' } } as Partial<Activity>).assertReply((a) => {
      expect(textOf(a)).toContain('log in');
    });
  });

  it('ignores a card value that is not ours', async () => {
    const { adapter } = createHarness();
    await adapter.send({ type: 'message', value: { foo: 1 } } as Partial<Activity>).assertNoReply('not our card', 200);
  });

  it('"Hindi me batao" still switches and saves the language by text', async () => {
    const { adapter } = createHarness();
    await adapter
      .send('Hindi me batao')
      .assertReply((a) => expect(textOf(a)).toMatch(DEVANAGARI))
      .send('OTP not received')
      .assertReply((a) => expect(a.locale).toBe('hi-IN'));
  });
});

describe('feedback and unanswered questions', () => {
  it('records 👍 / 👎 with topic and language only', async () => {
    const { adapter, insights } = createHarness();
    await adapter
      .send({ type: 'message', value: { sahayak: 'feedback', topic: 'otp-problem', lang: 'en', helpful: true } } as Partial<Activity>)
      .assertReply((a) => expect(textOf(a)).toBe('Thank you for the feedback.'))
      .send({ type: 'message', value: { sahayak: 'feedback', topic: 'otp-problem', lang: 'hi', helpful: false } } as Partial<Activity>)
      .assertReply((a) => expect(textOf(a)).toMatch(DEVANAGARI))
      .assertReply((a) => expect(cardOf(a).body[0].text).toBe('किसी व्यक्ति से बात करें'));
    const events = (await insights.read()).filter((e) => e.type === 'feedback');
    expect(events.map(({ at: _at, expires: _expires, ...e }) => e)).toEqual([
      { type: 'feedback', topic: 'otp-problem', lang: 'en', helpful: true },
      { type: 'feedback', topic: 'otp-problem', lang: 'hi', helpful: false },
    ]);
  });

  it('records answered topics without text, unanswered questions minimised, and no text at all of one with personal data', async () => {
    const { adapter, insights } = createHarness();
    await adapter
      .send('OTP not received')
      .assertReply(() => undefined)
      .send('what is the weather today')
      .assertReply(() => undefined)
      .send('what is the weather? mail me at ravi.kumar@gmail.com or call +91 98103 47159')
      .assertReply(() => undefined);
    const events = await insights.read();
    expect(events[0]).toMatchObject({ type: 'asked', topic: 'otp-problem', lang: 'en' });
    expect(JSON.stringify(events[0])).not.toContain('OTP not received');
    expect(events[1]).toMatchObject({ type: 'unanswered', kind: 'decline', question: 'what is the weather today' });
    expect(events[2]).toEqual({ type: 'unanswered', kind: 'decline', lang: 'en', at: events[2].at, expires: events[2].expires });
  });
});

describe('suggested actions', () => {
  it.each(['en', 'hi'] as const)('every %s suggestion is understood as the question it stands for', (lang) => {
    const { core } = createHarness();
    const expected = { otp: 'otp-problem', pending: 'pending-approval', kb: 'kb-representative', rows: 'row-check', talk: 'helpdesk-contacts' };
    const t = core.i18n.getFixedT(lang);
    for (const [key, topic] of Object.entries(expected)) {
      const reply = core.assistant.ask(t(`bot:suggest.${key}`));
      expect([key, reply.topic, reply.lang]).toEqual([key, topic, lang]);
    }
  });
});
