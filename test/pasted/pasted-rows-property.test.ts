import fs from 'node:fs';
import fc from 'fast-check';
import { LAYOUT_COLUMNS, checkPastedText } from '../../src/domain/bulk-upload';
import { createI18n } from '../../src/i18n';
import { loadConfig } from '../../src/config';
import { createTestCore } from '../helpers/core';
import { logTextToSearch, tempWorklistFile } from '../helpers/temp-worklist';
import { message, post, replyTexts, startTestApp, type TestApp } from '../server/helpers/http-app';

/**
 * Property: rows with every kind of fault, joined by every separator, pasted in chat with and
 * without a header, are each checked (topic row-check, one result per row, over real HTTP), and
 * nothing of them reaches the worklist or the logs.
 */
const FIRST = ['Suresh', 'Kavita', 'Anil', 'Meena', 'Farhan', 'Gurpreet', 'Lalitha', 'Vikram', 'Nandini', 'Joseph'];
const LAST = ['Yadav', 'Raghunathan', 'Sharma', 'Iyer', 'Qureshi', 'Kaur', 'Menon', 'Bhattacharya', 'Joshi', 'Dsouza'];

interface Person {
  readonly first: string;
  readonly last: string;
  readonly mobile: string;
  readonly tag: string;
}

const person: fc.Arbitrary<Person> = fc.record({
  first: fc.constantFrom(...FIRST),
  last: fc.constantFrom(...LAST),
  mobile: fc.tuple(fc.constantFrom('6', '7', '8', '9'), fc.stringMatching(/^[0-9]{9}$/)).map(([a, b]) => a + b),
  tag: fc.stringMatching(/^[a-z]{6}$/),
});

/** A row of the current layout (the 2023 one keeps the first four cells) that passes every rule. */
const goodRow = (p: Person, i: number): string[] => [
  `${p.first} ${p.last}`, `${p.first.toLowerCase()}.${p.last.toLowerCase()}${i}@nic.in`, p.mobile, 'Group B', 'Section Officer', 'Female', 'OBC',
  '12-05-1990', 'Hindi', `EMP${i}${p.mobile.slice(0, 3)}`, '110001', `EHRMS-${i}`, 'eHRMS', p.tag,
];

type Fault = readonly [string, number, (cell: string) => string, { readonly current?: boolean; readonly spaces?: boolean }];
/** [name, column, change, where it applies]: every fault of bulk-upload-rules.md's fields. */
const FAULTS: readonly Fault[] = [
  ['name double space', 0, (c) => c.replace(' ', '  '), { spaces: false }],
  ['name dot', 0, (c) => c.replace(' ', '. '), {}],
  ['name digits', 0, (c) => `${c}2`, {}],
  ['name Devanagari', 0, () => 'सुरेश यादव', {}],
  ['name missing', 0, () => '', { spaces: false }],
  ['email no ending', 1, (c) => c.slice(0, c.lastIndexOf('.')), {}],
  ['email no @', 1, (c) => c.replace('@', '.'), {}],
  ['email missing', 1, () => '', { spaces: false }],
  ['mobile five digits', 2, (c) => c.slice(0, 5), {}],
  ['mobile +91', 2, (c) => `+91${c}`, {}],
  ['mobile leading zero', 2, (c) => `0${c}`, {}],
  ['mobile scientific', 2, (c) => `${c[0]}.${c.slice(1, 6)}E+09`, {}],
  ['mobile missing', 2, () => '', { spaces: false }],
  ['group lower case', 3, (c) => c.toLowerCase(), {}],
  ['group letter', 3, () => 'B', {}],
  ['group missing', 3, () => '', { spaces: false }],
  ['designation special', 4, (c) => `${c}@HQ`, { current: true }],
  ['gender letter', 5, () => 'F', { current: true }],
  ['category', 6, () => 'Gen', { current: true }],
  ['dob yyyy-mm-dd', 7, () => '1990-05-12', { current: true }],
  ['dob no date', 7, () => '31-02-1990', { current: true }],
  ['mother tongue', 8, () => 'Hindi!', { current: true }],
  ['employee id dash', 9, (c) => `${c.slice(0, 3)}-${c.slice(3)}`, { current: true }],
  ['pin five digits', 10, () => '11000', { current: true }],
  ['external id underscore', 11, (c) => c.replace('-', '_'), { current: true }],
  ['external name digits', 12, () => '12345', { current: true }],
  ['tag digit', 13, () => 's2', { current: true }],
];
const SEPARATORS = [['tab', '\t'], ['comma', ','], ['semicolon', ';'], ['runs of spaces', '   ']] as const;

interface Paste {
  readonly people: readonly Person[];
  readonly fault: Fault;
  readonly faultyRow: number;
  readonly separator: (typeof SEPARATORS)[number];
  readonly layout: 'current' | '2023';
  readonly header: boolean;
  readonly duplicate: 'none' | 'email' | 'mobile';
}

const pasted: fc.Arbitrary<Paste> = fc.record({
  people: fc.array(person, { minLength: 1, maxLength: 4 }),
  fault: fc.constantFrom(...FAULTS),
  faultyRow: fc.nat(),
  separator: fc.constantFrom(...SEPARATORS),
  layout: fc.constantFrom('current', '2023') as fc.Arbitrary<'current' | '2023'>,
  header: fc.boolean(),
  duplicate: fc.constantFrom('none', 'email', 'mobile') as fc.Arbitrary<Paste['duplicate']>,
}).filter(({ fault, layout, separator }) => (layout === 'current' || !fault[3].current) && (separator[1] !== '   ' || fault[3].spaces !== false));

/** The pasted text, and the cells that identify someone (to search the worklist and the logs for). */
function build(p: Paste): { text: string; rows: number; secrets: string[] } {
  const width = p.layout === 'current' ? 14 : 4;
  const rows = p.people.map((x, i) => goodRow(x, i).slice(0, width));
  const [, column, change] = p.fault;
  const at = p.faultyRow % rows.length;
  rows[at][column] = change(rows[at][column]);
  if (p.duplicate !== 'none' && rows.length > 1) rows[rows.length - 1][p.duplicate === 'email' ? 1 : 2] = rows[0][p.duplicate === 'email' ? 1 : 2];
  const header = LAYOUT_COLUMNS.current.slice(0, width);
  const lines = [...(p.header ? [header] : []), ...rows].map((r) => r.join(p.separator[1]));
  const secrets = rows.flatMap((r) => [r[0], r[1], r[2], r[9] ?? '']).filter((c) => c.length >= 5 && !/^(Group|Female|Section)/.test(c));
  return { text: lines.join('\n'), rows: rows.length, secrets: [...new Set([...secrets, ...p.people.map((x) => x.last), ...p.people.map((x) => x.mobile)])] };
}

const i18n = createI18n(loadConfig({}).localesDir);
const core = createTestCore();
const worklist = tempWorklistFile();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SAHAYAK_INSIGHTS_FILE: worklist });
});
afterAll(async () => {
  await app?.stop(1000);
});

test('every generated paste is checked in chat, and none of it is kept or logged', async () => {
  const secrets = new Set<string>();
  await fc.assert(fc.asyncProperty(pasted, async (p) => {
    const { text, rows, secrets: own } = build(p);
    own.forEach((s) => secrets.add(s));
    const reply = core.assistant.ask(text);
    expect(reply.topic).toBe('row-check');
    const domain = checkPastedText(text, { now: new Date() });
    expect(domain.rows).toHaveLength(rows);
    expect(domain.rows.some((r) => !r.valid)).toBe(true);
    const res = await post(app.url, message(text));
    expect(res.status).toBe(200);
    const t = i18n.getFixedT(/\p{Script=Devanagari}/u.test(text) ? 'hi' : 'en');
    const failed = domain.rows.filter((r) => !r.valid).length;
    const warned = domain.rows.filter((r) => r.warnings.length > 0).length;
    expect(replyTexts(res.json).join('\n')).toContain(t('checker:ui.summary', { count: rows, failed, warned }));
  }), { numRuns: 120 });

  await app.stop(1000);
  const stored = fs.readFileSync(worklist, 'utf8');
  expect(stored.trim().split('\n').every((l) => JSON.parse(l).type === 'asked' && JSON.parse(l).topic === 'row-check')).toBe(true);
  const logged = logTextToSearch(app.logs.join(''));
  expect([...secrets].filter((s) => stored.includes(s) || logged.includes(s))).toEqual([]);
}, 120_000);
