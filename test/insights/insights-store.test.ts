import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runInsights } from '../../src/cli/commands/insights';
import { loadConfig } from '../../src/config';
import {
  DEFAULT_RETENTION_DAYS, JsonlInsightsStore, MemoryInsightsStore, summarizeInsights, withExpiry, type InsightEvent, type InsightsStore, type StoredInsight,
} from '../../src/insights';

const at = '2026-11-23T06:00:00.000Z';
const NOW = new Date('2026-11-24T00:00:00Z');
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
  { type: 'unanswered', at, lang: 'hi', kind: 'decline' },
];
const tmpFile = (name = 'insights.jsonl') => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'insights-')), name);
const byJson = (events: readonly object[]): string[] => events.map((e) => JSON.stringify(e)).sort();
const without = ({ expires: _e, ...rest }: StoredInsight) => rest;

describe('insights summary', () => {
  it('finds the most asked, least helpful, unanswered, and the questions withheld', () => {
    const s = summarizeInsights(EVENTS);
    expect(s.mostAsked[0]).toEqual({ topic: 'otp-problem', count: 2 });
    expect(s.leastHelpful.map((h) => h.topic)).toEqual(['login', 'otp-problem']);
    expect(s.unanswered[0]).toMatchObject({ count: 2, kind: 'decline' });
    expect(s.withheld).toEqual([{ count: 1, lang: 'hi', kind: 'decline' }]);
  });
});

describe('expiry', () => {
  it(`every stored entry expires ${DEFAULT_RETENTION_DAYS} days after it happened, or after the days configured`, () => {
    expect(withExpiry(EVENTS[0], DEFAULT_RETENTION_DAYS).expires).toBe('2027-02-21T06:00:00.000Z');
    expect(withExpiry(EVENTS[0], 7).expires).toBe('2026-11-30T06:00:00.000Z');
    expect(loadConfig({}).insightsRetentionDays).toBe(90);
    expect(loadConfig({ SAHAYAK_INSIGHTS_RETENTION_DAYS: '30' }).insightsRetentionDays).toBe(30);
    for (const bad of ['0', '-3', 'x', '', '99999']) expect(loadConfig({ SAHAYAK_INSIGHTS_RETENTION_DAYS: bad }).insightsRetentionDays).toBe(90);
  });
});

const stores: [string, (retentionDays?: number) => InsightsStore][] = [
  ['file', (retentionDays) => new JsonlInsightsStore(tmpFile(), { retentionDays })],
  ['memory', (retentionDays) => new MemoryInsightsStore(retentionDays)],
];

describe.each(stores)('the %s store', (_name, make) => {
  it('reads back what was appended, with expiries; purge removes only what has expired', async () => {
    const store = make(10);
    for (const e of EVENTS) await store.append(e);
    await store.append({ type: 'unanswered', at: '2026-10-01T00:00:00.000Z', lang: 'en', kind: 'decline', question: 'an old question' });
    const read = await store.read(NOW);
    expect(read.every((e) => typeof e.expires === 'string')).toBe(true);
    expect(byJson(read.map(without))).toEqual(byJson(EVENTS));
    expect(await store.purge(NOW)).toBe(1);
    expect(await store.purge(NOW)).toBe(0);
    expect(await store.read(NOW)).toHaveLength(EVENTS.length);
    expect(await store.read(new Date('2026-12-04T00:00:00Z'))).toEqual([]);
    expect(await store.purge(new Date('2026-12-04T00:00:00Z'))).toBe(EVENTS.length);
  });
});

describe('the file store', () => {
  it('skips broken lines, treats a missing file as empty, and creates its folder', async () => {
    const file = path.join(path.dirname(tmpFile()), 'sub', 'insights.jsonl');
    const store = new JsonlInsightsStore(file);
    expect(await store.read()).toEqual([]);
    expect(await store.purge()).toBe(0);
    for (const e of EVENTS) await store.append(e);
    await store.flush();
    fs.appendFileSync(file, '{"type":"asked", broken\n{"type":"someday","at":"x"}\n');
    expect(byJson((await store.read(NOW)).map(without))).toEqual(byJson(EVENTS));
  });

  it('keeps the answered questions of a batch as one line per topic and language, with a count', async () => {
    const file = tmpFile();
    const store = new JsonlInsightsStore(file);
    for (let i = 0; i < 50; i++) await store.append({ type: 'asked', at: `2026-11-22T10:00:${String(i).padStart(2, '0')}.000Z`, topic: 'otp-problem', lang: i % 5 ? 'en' : 'hi' });
    await store.append({ type: 'asked', at, topic: 'login', lang: 'en' });
    await store.flush();
    await store.append({ type: 'asked', at, topic: 'otp-problem', lang: 'en' });
    const events = await store.read(NOW);
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(4);
    expect(events.map(without)).toContainEqual({ type: 'asked', at: '2026-11-22T10:00:01.000Z', topic: 'otp-problem', lang: 'en', count: 40 });
    expect(events.map(without)).toContainEqual({ type: 'asked', at: '2026-11-22T10:00:00.000Z', topic: 'otp-problem', lang: 'hi', count: 10 });
    const summary = summarizeInsights(events);
    expect(summary.mostAsked).toEqual([{ topic: 'otp-problem', count: 51 }, { topic: 'login', count: 1 }]);
    expect(summary.events).toBe(52);
  });

  it('writes entries in one batch, not one write per turn', async () => {
    const file = tmpFile();
    const store = new JsonlInsightsStore(file);
    for (const e of EVENTS) await store.append(e);
    expect(fs.existsSync(file)).toBe(false);
    await store.flush();
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(EVENTS.length);
  });

  it('never throws when the file cannot be written', async () => {
    const errors: unknown[] = [];
    const notADir = tmpFile('file');
    fs.writeFileSync(notADir, '');
    const store = new JsonlInsightsStore(path.join(notADir, 'x.jsonl'), { onError: (e) => errors.push(e) });
    await expect(store.append(EVENTS[0])).resolves.toBeUndefined();
    await expect(store.flush()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });

  it('reads lines an older version wrote (no expiry, a question that kept personal data) as the rules are now, and a purge rewrites them so', async () => {
    const file = tmpFile();
    const legacy = [
      { type: 'unanswered', at, lang: 'hi', kind: 'decline', question: 'मेरा नाम Rakshanda Thakurani है, मोबाइल [number]' },
      { type: 'unanswered', at, lang: 'en', kind: 'clarify', question: 'email suresh.yadav@nic otp', choices: ['login'] },
      { type: 'unanswered', at: '2026-01-01T00:00:00.000Z', lang: 'en', kind: 'decline', question: 'weather in january' },
      { type: 'asked', at, topic: 'login', lang: 'en' },
      { type: 'staff-answer', at, lang: 'hi', topic: 'otp-problem', question: 'मेरा नाम Asha Rani है, OTP नहीं आया', answer: 'नंबर अपडेट कर दिया है।' },
    ];
    fs.writeFileSync(file, legacy.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const store = new JsonlInsightsStore(file);
    const read = await store.read(NOW);
    expect(JSON.stringify(read)).not.toMatch(/Rakshanda|suresh|yadav|Asha/i);
    expect(read.map(without)).toEqual([
      { type: 'unanswered', at, lang: 'hi', kind: 'decline' },
      { type: 'unanswered', at, lang: 'en', kind: 'clarify' },
      { type: 'asked', at, topic: 'login', lang: 'en' },
      { type: 'staff-answer', at, lang: 'hi', topic: 'otp-problem', answer: 'नंबर अपडेट कर दिया है।' },
    ]);
    expect(await store.purge(NOW)).toBe(1);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toMatch(/Rakshanda|suresh|weather|Asha/i);
    expect(text.trim().split('\n').every((l) => typeof JSON.parse(l).expires === 'string')).toBe(true);
  });

  it('a purge keeps lines appended while it runs', async () => {
    const file = tmpFile();
    const writer = new JsonlInsightsStore(file, { batch: { delayMs: 1, maxEvents: 1 } });
    const old = { type: 'unanswered', at: '2025-01-01T00:00:00.000Z', lang: 'en', kind: 'decline', question: 'old' } as const;
    await writer.append(old);
    await writer.flush();
    const purging = new JsonlInsightsStore(file).purge(NOW);
    for (let i = 0; i < 20; i++) await writer.append({ type: 'feedback', at, topic: 'login', lang: 'en', helpful: i % 2 === 0 });
    await writer.flush();
    expect(await purging).toBe(1);
    expect((await new JsonlInsightsStore(file).read(NOW)).length).toBe(20);
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
  const file = tmpFile();
  const recent = (e: InsightEvent): InsightEvent => ({ ...e, at: new Date().toISOString() });
  beforeAll(() => fs.writeFileSync(file, [...EVENTS.map(recent), { ...EVENTS[6], at: '2020-01-01T00:00:00.000Z' }].map((e) => JSON.stringify(e)).join('\n') + '\n'));

  it('prints the worklist, without expired entries', async () => {
    const out = await run([], file);
    expect(out).toContain('Most asked topics\n  2× otp-problem');
    expect(out).toContain('login: 1 👎 of 1 votes');
    expect(out).toContain('2× [en, decline] what is the weather');
    expect(out).toContain('not kept as text');
    expect(out).toContain('1× [hi, decline]');
  });

  it('prints JSON with --json, and Hindi headings with --lang hi', async () => {
    const json = JSON.parse(await run(['--json'], file));
    expect(json.mostAsked[0].topic).toBe('otp-problem');
    expect(json.events).toBe(EVENTS.length);
    expect(await run(['--lang', 'hi'], file)).toContain('सबसे ज़्यादा पूछे गए विषय');
  });

  it('--purge removes what has expired, and says how many', async () => {
    expect(await run(['--purge'], file)).toContain('Removed 1 expired entry from');
    expect(JSON.parse(await run(['--purge', '--json'], file))).toEqual({ purged: 0 });
    expect(fs.readFileSync(file, 'utf8')).not.toContain('2020-01-01');
    expect(await run(['--purge', '--lang', 'hi'], file)).toContain('प्रविष्टि हटाई गई');
  });
});
