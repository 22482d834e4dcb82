import { checkPastedText } from '../../src/domain/bulk-upload';
import { createI18n } from '../../src/i18n';
import { loadConfig } from '../../src/config';
import { errorText, fieldLabel, type Translate } from '../../src/present/row-check-messages';
import { message, post, startTestApp, type TestApp } from '../server/helpers/http-app';
import { cardText } from '../cards/card-text';
import { FAULTY_ROWS, type FaultyRowCase } from './faulty-rows';

/**
 * Done when: every faulty row kind of bulk-upload-rules.md, pasted in chat WITHOUT a header, gets its
 * row-check card with the right error codes, over real HTTP (`expectReplies`), whatever separates the cells.
 */
const i18n = createI18n(loadConfig({}).localesDir);
/** The reply speaks Hindi when the pasted text holds Devanagari (the reply-language rule). */
const tFor = (text: string) => i18n.getFixedT(/\p{Script=Devanagari}/u.test(text) ? 'hi' : 'en') as unknown as Translate;
/**
 * Runs of spaces can't show an empty cell or a cell with two spaces inside (that is why the portal's
 * template is a sheet): with them, only rows whose every cell is filled and single-spaced are read by position.
 */
const readableWithSpaces = (c: FaultyRowCase) => c.rows.every((r) => r.every((cell) => cell !== '' && !cell.includes('  ')));
const SEPARATORS: readonly [string, string, FaultyRowCase[]][] = [
  ['tabs', '\t', [...FAULTY_ROWS]],
  ['commas', ',', [...FAULTY_ROWS]],
  ['runs of spaces', '   ', FAULTY_ROWS.filter(readableWithSpaces)],
];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop(1000);
});

describe.each(SEPARATORS)('faulty rows pasted without a header, separated by %s', (_name, sep, cases) => {
  it.each(cases.map((c) => [c.kind, c] as const))('%s → its row-check card', async (_kind, c) => {
    const text = c.rows.map((r) => r.join(sep)).join('\n');
    const t = tFor(text);
    const domain = checkPastedText(text, { now: new Date() });
    expect(domain.rows.map((r) => r.errors.map((e) => `${e.field}:${e.code}`))).toEqual(c.errors);

    const res = await post(app.url, message(text));
    expect(res.status).toBe(200);
    const cards = (res.json?.activities ?? []).flatMap((a: any) => a.attachments ?? []).filter((x: any) => x.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(cards).toHaveLength(1);
    const shown = cardText(cards[0].content);
    const failed = domain.rows.filter((r) => !r.valid).length;
    const warned = domain.rows.filter((r) => r.warnings.length > 0).length;
    expect(shown).toContain(t('checker:ui.summary', { count: domain.rows.length, failed, warned }));
    for (const row of domain.rows) for (const e of row.errors) expect(shown).toContain(`${fieldLabel(e.field, t)}: ${errorText(e, t)}`);
  });
});
