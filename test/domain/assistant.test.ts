import { loadConfig } from '../../src/config';
import { createCore } from '../../src/compose';
import { createTestCore } from '../helpers/core';

const { assistant } = createTestCore();

describe('understanding questions in English, Hindi and Hinglish', () => {
  it.each([
    ['I have no government email, how do I register?', 'no-government-email'],
    ['mere paas gov email nahi hai', 'no-government-email'],
    ['मेरे पास सरकारी ईमेल नहीं है', 'no-government-email'],
    ['mera account approve nahi hua', 'pending-approval'],
    ['मेरा registration pending है', 'pending-approval'],
    ['OTP nahi aa raha', 'otp-problem'],
    ['otp', 'otp-problem'],
    ['ओटीपी नहीं मिला', 'otp-problem'],
    ['forgot my pasword', 'password'],
    ['मेरा विभाग सूची में नहीं है', 'organisation-not-found'],
    ['how to bulk upload employees on the mdo portal', 'bulk-upload-process'],
    ['is the teams query assistance open now', 'query-assistance'],
    ['my training is on 5 December, when should I register?', 'training-timeline'],
    ['regisration kaise kare', 'self-registration'],
  ])('%s → %s', (text, topic) => {
    expect(assistant.ask(text).topic).toBe(topic);
  });

  it('understands a long rambling question', () => {
    const text =
      'Sir I am a clerk in the district office and last week I filled the form on the portal with my gmail because ' +
      'we do not have nic ids, but still it is showing that my access is pending and our training is coming, what do I do';
    expect(assistant.ask(text).topic).toBe('pending-approval');
  });
});

describe('out of scope', () => {
  it.each([
    'how many karma points do I have',
    'when will I get my salary',
    'what is the weather in Delhi',
    'how to apply for casual leave',
    'मौसम कैसा है',
    'pension kab milegi',
    'aadhaar otp not received',
  ])('%s is declined', (text) => {
    const reply = assistant.ask(text);
    expect(reply.topic).toBeNull();
    expect(reply.kind).toBe('decline');
  });
});

describe('social turns', () => {
  it.each([
    ['hello', 'greeting'],
    ['नमस्ते', 'greeting'],
    ['thanks', 'thanks'],
    ['dhanyavaad', 'thanks'],
    ['help', 'help'],
    ['what can you do', 'help'],
  ])('%s → %s', (text, topic) => {
    expect(assistant.ask(text).topic).toBe(topic);
  });

  it('answers the question after a greeting', () => {
    expect(assistant.ask('hi, my otp is not coming').topic).toBe('otp-problem');
  });
});

describe('reply language', () => {
  it.each([
    ['Devanagari → Hindi', 'ओटीपी नहीं आया', {}, 'hi'],
    ['mixed script → Hindi', 'मेरा registration pending है', {}, 'hi'],
    ['Latin with no preference → English', 'otp nahi aaya', {}, 'en'],
    ['Latin with saved Hindi → Hindi', 'otp nahi aaya', { savedLang: 'hi' as const }, 'hi'],
    ['Latin with Teams locale hi-IN → Hindi', 'otp not received', { locale: 'hi-IN' }, 'hi'],
    ['saved English beats the locale', 'otp not received', { savedLang: 'en' as const, locale: 'hi-IN' }, 'en'],
    ['Devanagari beats saved English', 'ओटीपी नहीं आया', { savedLang: 'en' as const }, 'hi'],
    ['forced language wins', 'ओटीपी नहीं आया', { forcedLang: 'en' as const }, 'en'],
  ])('%s', (_name, text, user, lang) => {
    expect(assistant.ask(text, user).lang).toBe(lang);
  });

  it.each([
    ['Hindi me batao', 'hi'],
    ['हिंदी में बताइए', 'hi'],
    ['switch to English', 'en'],
    ['please reply in english', 'en'],
  ])('"%s" switches to %s and asks to save it', (text, lang) => {
    const reply = assistant.ask(text, { savedLang: lang === 'hi' ? 'en' : 'hi' });
    expect(reply.topic).toBe('language');
    expect(reply.setLang).toBe(lang);
    expect(reply.lang).toBe(lang);
  });

  it('answers the rest of a message that also switches language', () => {
    const reply = assistant.ask('otp nahi aaya, hindi me batao');
    expect(reply.topic).toBe('otp-problem');
    expect(reply.lang).toBe('hi');
    expect(reply.setLang).toBe('hi');
  });

  it('does not take "the app in Hindi" as a request to the bot', () => {
    expect(assistant.ask('how to change the app language to hindi').setLang).toBeUndefined();
  });
});

describe('answers carry data', () => {
  it('query-assistance says whether the desk is open (clock injected: Monday 11:30 IST)', () => {
    const reply = assistant.ask('is the query assistance open now');
    expect(reply.facts.helpDesk).toMatchObject({ state: 'open' });
  });

  it('training-timeline computes the dates', () => {
    const reply = assistant.ask('my training is on 5 December');
    expect(reply.facts.training).toMatchObject({ registerBy: '2026-11-28', checkFrom: '2026-12-03', checkTo: '2026-12-04' });
  });

  it('an answer has title, body, sources and follow-ups in both languages', () => {
    const reply = assistant.ask('otp not received');
    expect(reply.answer?.en.title).toBeTruthy();
    expect(reply.answer?.hi.title).toMatch(/\p{Script=Devanagari}/u);
    expect(reply.answer?.sources.length).toBeGreaterThan(0);
    expect(reply.suggestions.length).toBeGreaterThan(0);
  });
});

describe('bad input never throws', () => {
  it.each([
    ['empty', ''],
    ['only punctuation', '?!?!'],
    ['lone surrogate', 'otp \uD800 nahi'],
    ['control characters', '\u0000\u0001otp'],
    ['a million commas', ','.repeat(1_000_000)],
    ['very long text', 'otp '.repeat(10_000)],
  ])('%s', (_name, text) => {
    const reply = assistant.ask(text);
    expect(['empty', 'too-long', 'answer', 'decline', 'clarify']).toContain(reply.kind);
  });

  it('refuses a message longer than it reads', () => {
    expect(assistant.ask('a '.repeat(20_000)).kind).toBe('too-long');
  });
});

describe('other systems are out of scope', () => {
  it.each([
    'sparrow portal par otp nahi aa raha',
    'स्पैरो पोर्टल पर ओटीपी नहीं आ रहा',
    'umang app ka password bhool gaya',
    'jeevan pramaan portal login',
  ])('%s is declined', (text) => {
    expect(assistant.ask(text).topic).toBeNull();
  });

  it.each([
    ['igot portal par otp nahi aa raha', 'otp-problem'],
    ['our office has no portal, how do we get a new portal set up', 'organisation-without-portal'],
    ['mdo portal pe bulk upload kaise kare', 'bulk-upload-process'],
  ])('but "%s" is still about iGOT', (text, topic) => {
    expect(assistant.ask(text).topic).toBe(topic);
  });
});

describe('names of offices are not out-of-scope questions', () => {
  it.each([
    ['I work in the Income Tax department and my otp is not coming', 'otp-problem'],
    ['My office, Regional Passport Office, is not in the list when I sign up', 'organisation-not-found'],
  ])('%s → %s', (text, topic) => {
    expect(assistant.ask(text).topic).toBe(topic);
  });

  it('still declines the questions themselves', () => {
    expect(assistant.ask('how to file income tax return').topic).toBeNull();
    expect(assistant.ask('my pension has not come this month').topic).toBeNull();
  });

  it('takes "please reply in Hindi from now on" as a language switch', () => {
    const reply = assistant.ask('Please reply in Hindi from now on');
    expect(reply.topic).toBe('language');
    expect(reply.setLang).toBe('hi');
  });
});

describe('remembered replies', () => {
  it('a message that comes again from a user with the same language settings gets the same frozen reply', () => {
    const ask = () => assistant.ask('OTP nahi aa raha', { locale: 'en-IN' });
    const [first, second, third] = [ask(), ask(), ask()];
    expect(second).not.toBe(first); // seen once: not kept
    expect(third).toBe(second); // seen again: kept
    expect(second).toEqual(first);
    expect(Object.isFrozen(second)).toBe(true);
  });

  it('a different language setting is a different reply', () => {
    const en = assistant.ask('otp not received', { savedLang: 'en' });
    const hi = assistant.ask('otp not received', { savedLang: 'hi' });
    expect([en.lang, hi.lang]).toEqual(['en', 'hi']);
    expect(assistant.ask('otp not received', { forcedLang: 'hi' }).lang).toBe('hi');
  });

  it('replies that depend on the clock are computed again (desk open at 11:30 IST, closed at 18:30)', () => {
    let now = new Date('2026-11-23T06:00:00Z');
    const core = createCore(loadConfig({}), { clock: () => now });
    expect(core.assistant.ask('is the query assistance open now').facts.helpDesk).toMatchObject({ state: 'open' });
    now = new Date('2026-11-23T13:00:00Z');
    expect(core.assistant.ask('is the query assistance open now').facts.helpDesk).not.toMatchObject({ state: 'open' });
  });

  it('a date without a year is looked for again later ("29 Feb" exists only in a leap year)', () => {
    let now = new Date('2026-11-23T06:00:00Z');
    const core = createCore(loadConfig({}), { clock: () => now });
    expect(core.assistant.ask('my training is on 29 feb').facts.training).toBeUndefined();
    now = new Date('2027-03-10T06:00:00Z');
    expect(core.assistant.ask('my training is on 29 feb').facts.training).toMatchObject({ registerBy: expect.stringMatching(/^2028-02/) });
  });

  it('the text and the language settings cannot run into each other', () => {
    const a = assistant.ask('foo|otp nahi aa raha', { locale: 'en-IN' });
    const b = assistant.ask('otp nahi aa raha', { locale: 'en-IN|foo' });
    expect([a.query, b.query]).toEqual(['foo|otp nahi aa raha', 'otp nahi aa raha']);
  });

  it('a message with an email or a mobile number is never remembered, here or by the matcher', () => {
    const text = 'Asha Verma asha.verma@gov.in otp not received';
    expect(assistant.ask(text).topic).toBe('otp-problem');
    expect(assistant.ask(text)).not.toBe(assistant.ask(text));
    const matcher = createCore(loadConfig({})).assistant['deps'].matcher;
    expect(matcher.understand('otp not received 9810347159')).not.toBe(matcher.understand('otp not received 9810347159'));
    matcher.understand('otp not received');
    expect(matcher.understand('otp not received')).toBe(matcher.understand('otp not received'));
  });

  it('pasted rows and long messages are never remembered', () => {
    const rows = 'Full Name,Email,Mobile\nAsha Verma,asha.verma@gov.in,9876543210';
    expect(assistant.ask(rows)).not.toBe(assistant.ask(rows));
    const long = `otp not received ${'please help '.repeat(60)}`;
    expect(assistant.ask(long).topic).toBe('otp-problem');
    expect(assistant.ask(long)).not.toBe(assistant.ask(long));
  });

  it('remembers nothing when told to (the benchmark times fresh questions)', () => {
    const fresh = createCore(loadConfig({}), { recentQuestions: 0 }).assistant;
    expect(fresh.ask('otp not received')).not.toBe(fresh.ask('otp not received'));
  });
});
