import path from 'node:path';
import { transition, type DeskAction, type DeskRequest } from '../../src/domain/desk';
import type { HelpDeskStatus } from '../../src/domain/help-desk/hours';
import type { Lang } from '../../src/domain/types';
import { createI18n, translatorFor } from '../../src/i18n';
import { buildDeskRequestCard, buildDeskGoneCard } from '../../src/cards/desk-request-card';
import { buildDeskAnswerCard, buildDeskLimitedCard, buildDeskOfferCard, buildDeskSentCard } from '../../src/cards/desk-user-cards';
import { readDeskInvoke, DESK_VERB } from '../../src/cards/desk-data';
import type { DeskCardContext } from '../../src/cards/desk-kit';
import { cardProblems, typesIn } from '../cards/validate-card';
import { NOW, PRIYA, RAVI, request } from './desk-fixtures';

const i18n = createI18n(path.resolve(__dirname, '../../locales'));
const ctx = (lang: Lang, now = new Date(NOW.getTime() + 25 * 60_000)): DeskCardContext => {
  const t = translatorFor(i18n, lang);
  return { t: (k, o) => String(t(k, o as never)), lang, now };
};
const TOPICS = [{ id: 'otp-problem', title: 'OTP not received' }, { id: 'login', title: 'Logging in' }];
const DEVANAGARI = /\p{Script=Devanagari}/u;

/** Every text a card shows: TextBlocks, TextRuns and button titles (not data). */
function shown(card: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    for (const k of ['text', 'title', 'label']) if (typeof o[k] === 'string') out.push(o[k] as string);
    for (const [k, v] of Object.entries(o)) if (k !== 'data' && typeof v === 'object') walk(v);
  };
  walk(card);
  return out.join('\n');
}
const buttons = (card: any): string[] => (card.actions ?? []).map((a: any) => a.verb ?? a.type);

function after(...actions: DeskAction[]): DeskRequest {
  let r = request();
  for (const a of actions) {
    const res = transition(r, a, new Date(NOW.getTime() + 5 * 60_000));
    if (!res.ok) throw new Error(res.code);
    r = res.request;
  }
  return r;
}

describe('the request card in each state', () => {
  const states: [string, DeskRequest, string[]][] = [
    ['open', after(), [DESK_VERB.assign, 'Action.ShowCard', DESK_VERB.close, 'Action.OpenUrl']],
    ['assigned', after({ kind: 'assign', by: PRIYA }), ['Action.ShowCard', DESK_VERB.release, DESK_VERB.close, 'Action.OpenUrl']],
    ['answered', after({ kind: 'answer', by: PRIYA, text: 'Wait 2 minutes, then press Resend.' }), ['Action.ShowCard', DESK_VERB.close, 'Action.OpenUrl']],
    ['reopened', after({ kind: 'answer', by: PRIYA, text: 'x' }, { kind: 'reopen' }), ['Action.ShowCard', DESK_VERB.release, DESK_VERB.close, 'Action.OpenUrl']],
    ['closed', after({ kind: 'answer', by: PRIYA, text: 'x' }, { kind: 'learn', by: PRIYA, topic: null }, { kind: 'close', by: RAVI }), ['Action.OpenUrl']],
  ];

  it.each(states)('%s: valid for Teams (schema 1.5), status, owner and age shown, the buttons it allows', (status, r, expected) => {
    for (const lang of ['en', 'hi'] as const) {
      const card = buildDeskRequestCard(r, ctx(lang), { topics: TOPICS });
      expect(cardProblems(card)).toEqual([]);
      expect(buttons(card)).toEqual(expected);
      const words = shown(card);
      expect(words).toContain(lang === 'en' ? `Request 42` : 'अनुरोध 42');
      expect(words).toContain(ctx(lang).t(`desk:status.${status}`));
      if (lang === 'hi') expect(words).toMatch(DEVANAGARI);
    }
    const en = shown(buildDeskRequestCard(r, ctx('en'), { topics: TOPICS }));
    expect(en).toContain('Asha Verma');
    expect(en).toContain(r.owner ? r.owner.name : 'Nobody yet');
    if (status === 'open') expect(en).toContain('for 25 minutes');
    if (status === 'answered') expect(en).toContain('Wait 2 minutes, then press Resend.');
    if (status === 'closed') expect(en).toMatch(/Closed by: \nRavi Kumar/);
  });

  it('refreshes itself when viewed, for its owner', () => {
    expect(buildDeskRequestCard(after(), ctx('en'), { topics: TOPICS }).refresh).toEqual({ action: { type: 'Action.Execute', verb: DESK_VERB.refresh, data: { n: 42 } } });
    expect(buildDeskRequestCard(after({ kind: 'assign', by: PRIYA }), ctx('en'), { topics: TOPICS }).refresh).toMatchObject({ userIds: [PRIYA.id] });
  });

  it('says when a request came while the desk was closed', () => {
    expect(shown(buildDeskRequestCard(request({ outOfHours: true }), ctx('en'), { topics: TOPICS }))).toMatch(/Arrived while the desk was closed: waiting since Mon, 23 Nov, 11:30 am/);
  });

  it('shows typed text as typed: markdown in a question never becomes a link or formatting', () => {
    const hostile = request({ question: '[Click here](https://evil.example) **now**', user: { ...request().user, userName: '[Admin](https://evil.example)' } });
    const card = buildDeskRequestCard(hostile, ctx('en'), { topics: TOPICS });
    const textBlocks = JSON.stringify(card).match(/"type":"TextBlock","text":"[^"]*"/g) ?? [];
    expect(textBlocks.join()).not.toContain('evil.example');
    expect(shown(card)).toContain('[Click here](https://evil.example) **now**');
  });

  it('without the user principal name there is no chat button; copies for the search have no buttons', () => {
    const r = request({ user: { ...request().user, userPrincipalName: undefined } });
    expect(buttons(buildDeskRequestCard(r, ctx('en'), { topics: TOPICS }))).not.toContain('Action.OpenUrl');
    const copy = buildDeskRequestCard(request(), ctx('en'), { topics: TOPICS, interactive: false });
    expect(copy.actions).toBeUndefined();
    expect(copy.refresh).toBeUndefined();
  });

  it('the chat button opens a 1:1 chat with the user, with a first line about the request', () => {
    const url = (buildDeskRequestCard(request(), ctx('en'), { topics: TOPICS }).actions as any[]).find((a) => a.type === 'Action.OpenUrl').url;
    expect(url).toBe('https://teams.microsoft.com/l/chat/0/0?users=asha.verma%40example.gov.in&message=About%20your%20iGOT%20Sahayak%20request%2042');
  });

  it('a request no longer kept gets a plain card', () => {
    expect(cardProblems(buildDeskGoneCard(7, ctx('hi'), 90))).toEqual([]);
  });
});

describe("the user's cards", () => {
  const open: HelpDeskStatus = { state: 'open', today: '2026-11-23', closesAt: new Date('2026-11-23T11:30:00Z') };
  const closed: HelpDeskStatus = { state: 'closed', reason: 'after-hours', today: '2026-11-23', nextOpen: new Date('2026-11-24T03:30:00Z') };

  it.each(['en', 'hi'] as const)('the offer (%s): editable question, privacy reminder, hours, and three buttons', (lang) => {
    const card = buildDeskOfferCard({ question: 'OTP nahi aa raha', token: 'tok-12345678', hours: closed }, ctx(lang));
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('"value":"OTP nahi aa raha"');
    expect(buttons(card)).toEqual([DESK_VERB.send, DESK_VERB.contacts, DESK_VERB.cancel]);
    expect(shown(card)).toContain(lang === 'en' ? 'never a password or an OTP' : 'पासवर्ड या OTP कभी न लिखें');
    expect(shown(card)).toContain(lang === 'en' ? 'It opens on Tue, 24 Nov, 9:00 am (India time): your request will wait' : 'मंगल, 24 नव॰, सुबह 9:00 बजे');
  });

  it('the offer says when the desk is open, and shows what was wrong with the last try', () => {
    const card = buildDeskOfferCard({ question: '', token: 'tok-12345678', hours: open, problem: 'rows' }, ctx('en'));
    expect(shown(card)).toContain('open now, until Mon, 23 Nov, 5:00 pm');
    expect(shown(card)).toContain('rows of an upload sheet');
  });

  it('sent, limited and answered cards are valid in both languages', () => {
    const answered = after({ kind: 'answer', by: PRIYA, text: 'Press Resend OTP after 2 minutes.' });
    for (const lang of ['en', 'hi'] as const) {
      for (const card of [buildDeskSentCard(request(), closed, ctx(lang)), buildDeskLimitedCard(3, new Date(NOW.getTime() + 3_600_000), ctx(lang)), buildDeskAnswerCard(answered, ctx(lang))]) {
        expect(cardProblems(card)).toEqual([]);
        expect(typesIn(card).has('Action.Submit')).toBe(false);
      }
    }
    const answerCard = buildDeskAnswerCard(answered, ctx('hi'));
    expect(shown(answerCard)).toContain('Priya Sharma, हेल्पडेस्क की ओर से');
    expect(buttons(answerCard)).toEqual([DESK_VERB.solved, DESK_VERB.reopen]);
  });
});

describe('reading a desk button press (hostile input)', () => {
  const press = (verb: unknown, data: unknown, extra: object = {}) => ({ action: { type: 'Action.Execute', verb, data }, trigger: 'manual', ...extra });

  it('reads the verb, number and inputs', () => {
    expect(readDeskInvoke(press(DESK_VERB.answer, { n: 42, deskAnswer: 'Try again', junk: { deep: 1 } }))).toEqual({ verb: DESK_VERB.answer, n: 42, answer: 'Try again', automatic: false });
    expect(readDeskInvoke(press(DESK_VERB.send, { t: 'tok-12345678', lang: 'hi', deskQuestion: 'OTP' }))).toEqual({ verb: DESK_VERB.send, token: 'tok-12345678', lang: 'hi', question: 'OTP', automatic: false });
    expect(readDeskInvoke({ ...press(DESK_VERB.refresh, { n: 1 }), trigger: 'automatic' })?.automatic).toBe(true);
  });

  it.each([
    ['no value', undefined],
    ['not an object', 'desk.assign'],
    ['no action', { verb: 'desk.assign' }],
    ['a Submit', { action: { type: 'Action.Submit', verb: DESK_VERB.assign, data: { n: 1 } } }],
    ['an unknown verb', press('desk.delete', { n: 1 })],
    ['a verb that is not a string', press(['desk.assign'], { n: 1 })],
    ['a staff verb without a number', press(DESK_VERB.assign, {})],
    ['a negative number', press(DESK_VERB.assign, { n: -1 })],
    ['a fractional number', press(DESK_VERB.assign, { n: 1.5 })],
    ['a number as text', press(DESK_VERB.assign, { n: '42' })],
    ['a huge number', press(DESK_VERB.assign, { n: 1e12 })],
  ])('refuses %s', (_case, value) => expect(readDeskInvoke(value)).toBeUndefined());

  it('drops fields of the wrong shape or size; cuts an oversized text just past the limit (so it is refused as too long)', () => {
    const r = readDeskInvoke(press(DESK_VERB.send, { t: 'short', lang: 'fr', deskQuestion: 'x'.repeat(90_000), deskTopic: '../etc' }));
    expect(r).toEqual({ verb: DESK_VERB.send, automatic: false, question: 'x'.repeat(8001) });
    expect(readDeskInvoke(press(DESK_VERB.learn, { n: 3, deskTopic: { a: 1 } }))).toEqual({ verb: DESK_VERB.learn, n: 3, automatic: false });
  });
});
