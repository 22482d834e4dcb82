import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runInsights } from '../../src/cli/commands/insights';
import { loadConfig } from '../../src/config';
import { JsonlInsightsStore, maskPersonalData, summarizeInsights, type InsightEvent } from '../../src/insights';

describe('maskPersonalData', () => {
  it.each([
    ['call me on 9810347159 please', 'call me on [number] please'],
    ['+91-9810347159 or +91 98103 47159', '[number] or [number]'],
    ['mera email ravi.k@nic.in hai', 'mera email [email] hai'],
    ['मेरा नंबर ९८१०३४७१५९ है', 'मेरा नंबर [number] है'],
    ['phone 98-1034-7159!', 'phone [number]!'],
    ['OTP 123456 not received', 'OTP 123456 not received'],
    ['training on 05-12-2026', 'training on 05-12-2026'],
  ])('%s', (input, expected) => expect(maskPersonalData(input)).toBe(expected));

  it('cuts very long questions', () => expect(maskPersonalData('a '.repeat(400)).length).toBeLessThanOrEqual(301));

  it('masks what it keeps of a long question, up to and across the cut', () => {
    const long = `${'x'.repeat(280)} asha.verma@gov.in ${'y '.repeat(10000)}@`;
    const kept = maskPersonalData(long);
    expect(kept).toContain('[email]');
    expect(kept).not.toMatch(/asha|verma/);
  });
});

const at = '2026-11-23T06:00:00.000Z';
const EVENTS: InsightEvent[] = [
  { type: 'asked', at, topic: 'otp-problem', lang: 'en' },
  { type: 'asked', at, topic: 'otp-problem', lang: 'hi' },
  { type: 'asked', at, topic: 'login', lang: 'en' },
  { type: 'feedback', at, topic: 'login', lang: 'en', helpful: false },
  { type: 'feedback', at, topic: 'otp-problem', lang: 'en', helpful: true },
  { type: 'feedback', at, topic: 'otp-problem', lang: 'en', helpful: false },
  { type: 'unanswered', at, lang: 'en', kind: 'decline', question: 'what is the weather' },
  { type: 'unanswered', at, lang: 'en', kind: 'decline', question: 'What is the weather' },
  { type: 'unanswered', at, lang: 'hi', kind: 'clarify', question: 'ईमेल', choices: ['login'] },
];

describe('insights summary and store', () => {
  it('finds the most asked, least helpful and unanswered', () => {
    const s = summarizeInsights(EVENTS);
    expect(s.mostAsked[0]).toEqual({ topic: 'otp-problem', count: 2 });
    expect(s.leastHelpful.map((h) => h.topic)).toEqual(['login', 'otp-problem']);
    expect(s.unanswered[0]).toMatchObject({ count: 2, kind: 'decline' });
  });

  it('appends JSON lines, skips broken lines, and treats a missing file as empty', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-'));
    const file = path.join(dir, 'sub', 'insights.jsonl');
    const store = new JsonlInsightsStore(file);
    expect(await store.all()).toEqual([]);
    for (const e of EVENTS) await store.record(e);
    await store.flush();
    fs.appendFileSync(file, '{"type":"asked", broken\n');
    const byJson = (events: readonly InsightEvent[]): string[] => events.map((e) => JSON.stringify(e)).sort();
    expect(byJson(await store.all())).toEqual(byJson(EVENTS));
  });

  it('keeps the answered questions of a batch as one line per topic and language, with a count', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'insights-')), 'counts.jsonl');
    const store = new JsonlInsightsStore(file);
    for (let i = 0; i < 50; i++) await store.record({ type: 'asked', at: `2026-11-22T10:00:${String(i).padStart(2, '0')}.000Z`, topic: 'otp-problem', lang: i % 5 ? 'en' : 'hi' });
    await store.record({ type: 'asked', at, topic: 'login', lang: 'en' });
    await store.flush();
    await store.record({ type: 'asked', at, topic: 'otp-problem', lang: 'en' });
    const events = await store.all();
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(4);
    expect(events).toContainEqual({ type: 'asked', at: '2026-11-22T10:00:01.000Z', topic: 'otp-problem', lang: 'en', count: 40 });
    expect(events).toContainEqual({ type: 'asked', at: '2026-11-22T10:00:00.000Z', topic: 'otp-problem', lang: 'hi', count: 10 });
    const summary = summarizeInsights(events);
    expect(summary.mostAsked).toEqual([{ topic: 'otp-problem', count: 51 }, { topic: 'login', count: 1 }]);
    expect(summary.events).toBe(52);
  });

  it('writes events in one batch, not one write per turn', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'insights-')), 'batch.jsonl');
    const store = new JsonlInsightsStore(file);
    for (const e of EVENTS) await store.record(e);
    expect(fs.existsSync(file)).toBe(false);
    await store.flush();
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(EVENTS.length);
  });

  it('never throws when the file cannot be written', async () => {
    const errors: unknown[] = [];
    const notADir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'insights-')), 'file');
    fs.writeFileSync(notADir, '');
    const store = new JsonlInsightsStore(path.join(notADir, 'x.jsonl'), (e) => errors.push(e));
    await expect(store.record(EVENTS[0])).resolves.toBeUndefined();
    await expect(store.flush()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

describe('sahayak insights', () => {
  const run = async (args: string[], file: string): Promise<string> => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (c) => (out += c));
    const code = await runInsights(args, { stdin: new PassThrough(), stdout, stderr: new PassThrough() }, loadConfig({ SAHAYAK_INSIGHTS_FILE: file }));
    expect(code).toBe(0);
    return out;
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'insights-cli-')), 'i.jsonl');
  beforeAll(() => fs.writeFileSync(file, EVENTS.map((e) => JSON.stringify(e)).join('\n') + '\n'));

  it('prints the worklist', async () => {
    const out = await run([], file);
    expect(out).toContain('Most asked topics\n  2× otp-problem');
    expect(out).toContain('login: 1 👎 of 1 votes');
    expect(out).toContain('2× [en, decline] what is the weather');
  });

  it('prints JSON with --json, and Hindi headings with --lang hi', async () => {
    expect(JSON.parse(await run(['--json'], file)).mostAsked[0].topic).toBe('otp-problem');
    expect(await run(['--lang', 'hi'], file)).toContain('सबसे ज़्यादा पूछे गए विषय');
  });
});
