/** `sahayak ask --at`: time-dependent answers as of a moment (cli-contract.md), for desk hours and training dates. */
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config';
import { runAsk } from '../../src/cli/commands/ask';
import { parseAt } from '../../src/cli/at-time';

const config = { ...loadConfig({}), contentDir: path.resolve(__dirname, '../../content'), localesDir: path.resolve(__dirname, '../../locales') };

async function ask(at: string, question: string, lang = 'en'): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  stdin.end();
  expect(await runAsk(['--json', '--lang', lang, '--at', at, question], { stdin, stdout, stderr: new PassThrough() }, config)).toBe(0);
  return JSON.parse(out).answer as string;
}

describe('--at', () => {
  it.each([
    ['2027-01-03T10:30+05:30', '2027-01-03T05:00:00.000Z'],
    ['2027-01-03T10:30', '2027-01-03T05:00:00.000Z'],
    ['2027-01-03T05:00Z', '2027-01-03T05:00:00.000Z'],
    ['2027-01-03T10:30:15+0530', '2027-01-03T05:00:15.000Z'],
    ['2027-01-03', '2027-01-02T18:30:00.000Z'],
  ])('%s is %s (India time without an offset)', (value, instant) => {
    expect(parseAt(value).toISOString()).toBe(instant);
  });

  it.each(['tomorrow', '2027-02-30T10:00', '2027-01-03T25:00', '03/01/2027', '2027-01-03T10:30+05:30 extra'])('rejects %s', (value) => {
    expect(() => parseAt(value)).toThrow(/^(bad-at|at-not-a-moment)$/);
  });
});

describe('desk hours as of a moment, with no 2027 holiday list', () => {
  it('a Sunday morning: closed, opens Monday unless a holiday', async () => {
    const a = await ask('2027-01-03T10:30+05:30', 'is the helpdesk open now');
    expect(a).toContain('closed right now (it does not run on weekends)');
    expect(a).toContain('Monday, 4 January 2027 at 9:00 am (India time), unless that day is a government holiday');
  });

  it('a weekday at 10:30 PM: closed', async () => {
    expect(await ask('2027-01-04T22:30+05:30', 'is the query assistance open now')).toContain('closed right now (it closes at 5 PM)');
  });

  it('a weekday within hours: should be open unless a government holiday', async () => {
    const a = await ask('2027-01-05T11:00+05:30', 'is the query assistance open now');
    expect(a).toContain('should be open now (until Tuesday, 5 January 2027 at 5:00 pm, India time), unless today is a government holiday');
    expect(a).not.toMatch(/is open right now/);
  });

  it('in Hindi too', async () => {
    expect(await ask('2027-01-05T11:00+05:30', 'क्या हेल्पडेस्क अभी खुला है', 'hi')).toContain('अगर आज सरकारी छुट्टी न हो');
  });
});

describe('training today or in the past, as of a moment', () => {
  it('a training today: no "register today… approval can take time", but the fastest help', async () => {
    const a = await ask('2026-12-02T10:00+05:30', 'my training is today');
    expect(a).toContain('Your training is today (Wednesday, 2 December 2026)');
    expect(a).toContain('may not be fixable on the day');
    expect(a).toContain('The live query assistance on Teams is open right now');
    expect(a).toContain('Ms. Deepshi Aggarwal (Mob No : +91-9810347159)');
    expect(a).not.toMatch(/register today|approval can take time/i);
  });

  it('"my training was on 1 December, I could not log in" asked on 2 December: that 1 December, the login and what to do now', async () => {
    const a = await ask('2026-12-02T10:00+05:30', 'my training was on 1 December, I could not log in');
    expect(a).toContain('Your training on Tuesday, 1 December 2026 has passed');
    expect(a).toContain('mobile number (or email) you registered and the OTP');
    expect(a).not.toContain('2027');
    expect(a).not.toMatch(/logs? in on \w+day/); // no log-in check days offered
  });

  it('the same question on 3 January 2027 is about 1 December 2026', async () => {
    expect(await ask('2027-01-03T10:30+05:30', 'my training was on 1 December, I could not log in')).toContain('1 December 2026 has passed');
  });

  it('log-in check days that have passed are not offered (training tomorrow: log in today only)', async () => {
    const a = await ask('2026-12-02T10:00+05:30', 'my training is on 3 December');
    expect(a).toContain('Log in on Wednesday, 2 December 2026 to check your access');
    expect(a).not.toContain('Tuesday, 1 December 2026');
  });

  it("a date in a login question is read as the training's only when a training is named", async () => {
    const a = await ask('2026-12-02T10:00+05:30', 'login problem since 1 December');
    expect(a).not.toContain('has passed');
  });
});
