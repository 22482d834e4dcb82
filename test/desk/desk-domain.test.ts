import {
  allocate, asksForPerson, checkAnswer, checkQuestion, cleanName, deskCommand, DESK_LIMITS, elapsed, EMPTY_INDEX, isId, median,
  monthsBetween, stillNeedsHelp, summarizeDesk, transition, withLive, withoutLive, liveEntry, type DeskAction, type DeskStatus,
} from '../../src/domain/desk';
import { NOW, PRIYA, RAVI, request } from './desk-fixtures';

const LATER = new Date(NOW.getTime() + 10 * 60_000);
const assign = (by = PRIYA): DeskAction => ({ kind: 'assign', by });
const answer = (by = PRIYA, text = 'Use the resend link after 2 minutes.'): DeskAction => ({ kind: 'answer', by, text });

describe('state machine: open → assigned → answered → closed, reopened by "still need help"', () => {
  type Row = [string, DeskStatus, string | undefined, DeskAction, DeskStatus | string, string[]];
  // [case, status before, owner before, action, status after (or refusal code), outbox kinds added]
  const rows: Row[] = [
    ['assign an open request', 'open', undefined, assign(), 'assigned', ['update', 'taken']],
    ['assign again by the owner: nothing changes', 'assigned', PRIYA.id, assign(), 'assigned', []],
    ['assign what another holds', 'assigned', RAVI.id, assign(), 'taken', []],
    ['assign an answered one', 'answered', RAVI.id, assign(), 'answered', []],
    ['assign a closed one', 'closed', RAVI.id, assign(), 'closed', []],
    ['assign a reopened one the owner released', 'reopened', undefined, assign(), 'assigned', ['update', 'taken']],
    ['assign a reopened one another holds', 'reopened', RAVI.id, assign(), 'taken', []],
    ['release by the owner', 'assigned', PRIYA.id, { kind: 'release', by: PRIYA }, 'open', ['update']],
    ['release by someone else', 'assigned', RAVI.id, { kind: 'release', by: PRIYA }, 'not-owner', []],
    ['release an unassigned one', 'open', undefined, { kind: 'release', by: PRIYA }, 'not-assigned', []],
    ['release a reopened one: stays reopened', 'reopened', PRIYA.id, { kind: 'release', by: PRIYA }, 'reopened', ['update']],
    ['answer an open request (takes it)', 'open', undefined, answer(), 'answered', ['update', 'answered']],
    ['answer one I hold', 'assigned', PRIYA.id, answer(), 'answered', ['update', 'answered']],
    ['answer one another holds', 'assigned', RAVI.id, answer(), 'taken', []],
    ['answer again once answered', 'answered', PRIYA.id, answer(), 'answered', []],
    ['answer a reopened one I hold', 'reopened', PRIYA.id, answer(), 'answered', ['update', 'answered']],
    ['answer with nothing', 'open', undefined, answer(PRIYA, '   '), 'empty-answer', []],
    ['close an open one: the user is told', 'open', undefined, { kind: 'close', by: PRIYA }, 'closed', ['update', 'closed']],
    ['close an answered one: the user already has the answer', 'answered', RAVI.id, { kind: 'close', by: PRIYA }, 'closed', ['update']],
    ['close one another holds', 'assigned', RAVI.id, { kind: 'close', by: PRIYA }, 'taken', []],
    ['close a closed one', 'closed', PRIYA.id, { kind: 'close', by: PRIYA }, 'closed', []],
    ['the user reopens an answered one', 'answered', PRIYA.id, { kind: 'reopen' }, 'reopened', ['update', 'reopened']],
    ['the user reopens an open one', 'open', undefined, { kind: 'reopen' }, 'not-answered', []],
    ['the user reopens a closed one', 'closed', PRIYA.id, { kind: 'reopen' }, 'closed', []],
    ['the user says it is solved', 'answered', PRIYA.id, { kind: 'solved' }, 'closed', ['update']],
    ['an answered one expires', 'answered', PRIYA.id, { kind: 'expire' }, 'closed', ['update']],
    ['an open one does not expire', 'open', undefined, { kind: 'expire' }, 'open', []],
  ];

  it.each(rows)('%s', (_case, status, owner, action, expected, told) => {
    const before = request({
      status,
      owner: owner ? (owner === PRIYA.id ? PRIYA : RAVI) : undefined,
      answer: status === 'answered' || status === 'reopened' || status === 'closed' ? { text: 'Earlier answer', by: RAVI, at: NOW.toISOString() } : undefined,
    });
    const result = transition(before, action, LATER);
    if (result.ok) {
      expect(result.request.status).toBe(expected);
      expect(result.request.outbox.map((o) => o.kind)).toEqual(told);
      expect(result.request.version).toBe(before.version + (result.changed ? 1 : 0));
    } else {
      expect(result.code).toBe(expected);
      expect(result.request).toBe(before);
      expect(told).toEqual([]);
    }
  });

  it('keeps who answered, when, and the first answer time across a reopen', () => {
    const answered = transition(request(), answer(), LATER);
    expect(answered.ok && answered.request.answer).toMatchObject({ by: PRIYA, text: 'Use the resend link after 2 minutes.' });
    const reopened = transition((answered as { request: any }).request, { kind: 'reopen' }, new Date(LATER.getTime() + 60_000));
    const again = transition((reopened as { request: any }).request, answer(PRIYA, 'Second answer'), new Date(LATER.getTime() + 120_000));
    expect(again.ok && again.request.firstAnswerAt).toBe(LATER.toISOString());
    expect(again.ok && again.request.reopenCount).toBe(1);
  });

  it(`stops reopening after ${DESK_LIMITS.maxReopens} times`, () => {
    const r = request({ status: 'answered', reopenCount: DESK_LIMITS.maxReopens, answer: { text: 'x', by: PRIYA, at: NOW.toISOString() } });
    expect(transition(r, { kind: 'reopen' }, LATER)).toMatchObject({ ok: false, code: 'too-many-reopens' });
  });

  it('adds to answers once, and only with an answer', () => {
    expect(transition(request(), { kind: 'learn', by: PRIYA, topic: null }, LATER)).toMatchObject({ ok: false, code: 'not-answered' });
    const answered = request({ status: 'answered', answer: { text: 'x', by: PRIYA, at: NOW.toISOString() } });
    const learned = transition(answered, { kind: 'learn', by: PRIYA, topic: 'otp-problem' }, LATER);
    expect(learned.ok && learned.request.learned?.topic).toBe('otp-problem');
    expect(transition((learned as { request: any }).request, { kind: 'learn', by: RAVI, topic: null }, LATER)).toMatchObject({ ok: false, code: 'learned' });
  });

  it('gives each outbox item a distinct id', () => {
    let r = request();
    for (const a of [assign(), { kind: 'release', by: PRIYA } as DeskAction, assign(RAVI), answer(RAVI)]) {
      const res = transition(r, a, LATER);
      if (res.ok) r = res.request;
    }
    const ids = r.outbox.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('numbering, the double-press guard and the hourly limit', () => {
  const send = (user: string, token: string, now = NOW.getTime()) => ({ user, token, now, limit: 3, windowMs: 3_600_000 });

  it('numbers from 1, and a second press of the same card gets the same number', () => {
    const first = allocate(EMPTY_INDEX, send('u1', 'tok-a'));
    expect(first).toMatchObject({ kind: 'new', n: 1 });
    const index = (first as { index: any }).index;
    expect(allocate(index, send('u1', 'tok-a'))).toEqual({ kind: 'duplicate', n: 1 });
    expect(allocate(index, send('u2', 'tok-a'))).toMatchObject({ kind: 'new', n: 2 });
  });

  it('allows three requests an hour per user, says when the next one can be sent, and forgets after the hour', () => {
    let index = EMPTY_INDEX;
    for (const [i, t] of ['a', 'b', 'c'].entries()) {
      const r = allocate(index, send('u1', t, NOW.getTime() + i * 60_000));
      expect(r.kind).toBe('new');
      index = (r as { index: any }).index;
    }
    expect(allocate(index, send('u1', 'd', NOW.getTime() + 5 * 60_000))).toEqual({ kind: 'limited', retryAt: NOW.getTime() + 3_600_000 });
    expect(allocate(index, send('u2', 'd', NOW.getTime() + 5 * 60_000)).kind).toBe('new');
    expect(allocate(index, send('u1', 'e', NOW.getTime() + 3_600_001)).kind).toBe('new');
  });

  it('keeps one live entry per request and drops it when closed', () => {
    const entry = liveEntry(request({ n: 5 }), 'u1');
    const once = withLive(EMPTY_INDEX, entry)!;
    expect(withLive(once, entry)).toBeUndefined();
    expect(withoutLive(once, new Set([5]), '2026-11')).toMatchObject({ live: [], months: ['2026-11'] });
    expect(withoutLive(EMPTY_INDEX, new Set([5]))).toBeUndefined();
  });
});

describe('phrases', () => {
  it.each([
    'talk to a person', 'I want to talk to a real person', 'can I speak with someone from the help desk', 'human please', 'agent',
    'connect me to the helpdesk', 'insaan se baat karni hai', 'kisi insaan se baat karao', 'kisi se baat karni hai',
    'किसी व्यक्ति से बात', 'मुझे किसी इंसान से बात करनी है', 'Talk to a Person!',
  ])('"%s" asks for a person', (text) => expect(asksForPerson(text)).toBe(true));

  it.each([
    'OTP not received', 'whom to contact for pending approval', 'how do I talk to the KB representative', 'helpdesk email',
    'someone told me to register', 'OTP kisi ko nahi aata', '',
    'I talked to my nodal officer and he said the portal would send me an OTP but nothing came, what do I do now please tell me quickly',
  ])('"%s" does not', (text) => expect(asksForPerson(text)).toBe(false));

  it.each(['I still need help', 'still not working', 'this did not help', "didn't help", 'abhi bhi madad chahiye', 'ab bhi problem hai', 'hal nahi hua', 'अभी भी मदद चाहिए', 'समस्या हल नहीं हुई'])(
    '"%s" means the answer did not solve it',
    (text) => expect(stillNeedsHelp(text)).toBe(true),
  );
  it.each(['it is still not working', 'OTP still not working', 'ab bhi kaam nahi kar raha'])('"%s" means it too', (text) => expect(stillNeedsHelp(text)).toBe(true));
  it.each(['thank you, it worked', 'help', 'how do I reset my password', 'I need help with OTP', 'OTP not working', 'my login is not working', 'portal not working since morning'])(
    '"%s" does not (a new question, answered by the bot, not a reopened request)',
    (text) => expect(stillNeedsHelp(text)).toBe(false),
  );

  it.each([
    ['desk here', 'here'], ['Desk here.', 'here'], ['desk yahan', 'here'], ['डेस्क यहाँ', 'here'], ['डेस्क यहां', 'here'],
    ['desk off', 'off'], ['डेस्क बंद', 'off'], ['desk', 'status'], ['desk status', 'status'],
    ['desk here please now', undefined], ['the desk is here', undefined], ['help', undefined],
  ])('"%s" is the command %s', (text, command) => expect(deskCommand(text)).toBe(command));

  it('reads a long message in linear time and never as a phrase', () => {
    const long = 'talk to a person '.repeat(20_000);
    const t0 = Date.now();
    expect(asksForPerson(long)).toBe(false);
    expect(stillNeedsHelp(long)).toBe(false);
    expect(deskCommand(long)).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(200);
  });
});

describe('what a user and staff type, as kept', () => {
  it.each([
    ['spaces', '  OTP is not   coming  ', { ok: true, text: 'OTP is not coming' }],
    ['empty', '', { ok: false, code: 'empty' }],
    ['too short', 'hi', { ok: false, code: 'too-short' }],
    ['one over the limit', 'x'.repeat(DESK_LIMITS.questionMax + 1), { ok: false, code: 'too-long' }],
    ['a megabyte', 'x'.repeat(1_000_000), { ok: false, code: 'too-long' }],
    ['a number', 42, { ok: false, code: 'empty' }],
    ['an object', { text: 'OTP' }, { ok: false, code: 'empty' }],
    ['pasted rows', 'Name\tEmail\tMobile\nAsha\tasha@gov.in\t9876543210', { ok: false, code: 'rows' }],
    ['control and zero-width characters', 'OTP\u0000 nahi\u200b aa raha', { ok: true, text: 'OTP nahi aa raha' }],
  ])('question: %s', (_case, raw, expected) => expect(checkQuestion(raw)).toEqual(expected));

  it('blank lines fold to one, lines are trimmed, and whitespace floods are read in linear time', () => {
    expect(checkQuestion(' OTP \r\n  \r\n\n\t not coming \n on my  phone ')).toEqual({ ok: true, text: 'OTP\n\nnot coming\non my phone' });
    // the widest whitespace a press may carry, a hundred times: the old pattern took ~50 ms for each
    const floods = ['\r', '\u2003', '\n\r'].map((w) => `OTP ${w.repeat(Math.floor((DESK_LIMITS.questionMax * 4 - 9) / w.length))} help`);
    const t0 = Date.now();
    for (let i = 0; i < 34; i++) for (const flood of floods) expect(checkQuestion(flood).ok).toBe(true);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it.each([
    ['spaces', '  Use the resend link.  ', { ok: true, text: 'Use the resend link.' }],
    ['empty', '', { ok: false, code: 'empty-answer' }],
    ['only invisible characters', ' \u200b\u202e ', { ok: false, code: 'empty-answer' }],
    ['at the limit', 'x'.repeat(DESK_LIMITS.answerMax), { ok: true, text: 'x'.repeat(DESK_LIMITS.answerMax) }],
    ['one over the limit', 'x'.repeat(DESK_LIMITS.answerMax + 1), { ok: false, code: 'answer-too-long' }],
    ['a megabyte', 'x'.repeat(1_000_000), { ok: false, code: 'answer-too-long' }],
    ['an array', ['a'], { ok: false, code: 'empty-answer' }],
  ])('answer: %s', (_case, raw, expected) => expect(checkAnswer(raw)).toEqual(expected));

  it('names are one line and bounded; ids have no spaces and a length limit', () => {
    expect(cleanName('  Priya\n Sharma ')).toBe('Priya Sharma');
    expect(cleanName('x'.repeat(500))).toHaveLength(DESK_LIMITS.nameMax);
    expect(cleanName(undefined)).toBe('');
    expect(isId('29:abc')).toBe(true);
    for (const bad of ['', ' 29:abc', 'a b', 'x'.repeat(DESK_LIMITS.idMax + 1), 5, null]) expect(isId(bad)).toBe(false);
  });
});

describe('ages and counts', () => {
  it.each([
    [0, { unit: 'minutes', count: 0 }],
    [59 * 60_000, { unit: 'minutes', count: 59 }],
    [3 * 3_600_000 + 5, { unit: 'hours', count: 3 }],
    [47 * 3_600_000, { unit: 'hours', count: 47 }],
    [3 * 86_400_000, { unit: 'days', count: 3 }],
    [-5000, { unit: 'minutes', count: 0 }],
  ])('%d ms ago is %j', (ms, expected) => expect(elapsed(NOW.getTime() - ms, NOW.getTime())).toEqual(expected));

  it('median of nothing, an odd and an even count', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('summarizes opened, answered, closed and the median wait for a first answer', () => {
    const c = NOW.getTime();
    const live = [{ n: 3, s: 'open' as const, c, u: 'a' }, { n: 4, s: 'answered' as const, c, f: c + 30 * 60_000, u: 'b' }];
    const closed = [{ n: 1, c: c - 86_400_000, f: c - 86_400_000 + 10 * 60_000, x: c }, { n: 2, c: c - 40 * 86_400_000, x: c - 39 * 86_400_000 }];
    expect(summarizeDesk(live, closed)).toEqual({ opened: 4, answered: 2, closed: 2, openNow: 2, medianFirstAnswerMinutes: 20, since: null });
    expect(summarizeDesk(live, closed, c - 7 * 86_400_000)).toMatchObject({ opened: 3, answered: 2, closed: 1 });
    expect(summarizeDesk([], [])).toMatchObject({ opened: 0, medianFirstAnswerMinutes: null });
  });

  it('lists the months between two instants', () => {
    expect(monthsBetween(Date.parse('2026-10-20T00:00:00Z'), Date.parse('2027-01-02T00:00:00Z'))).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
  });
});
