import { checkPastedText } from '../../src/domain/bulk-upload';
import { createI18n } from '../../src/i18n';
import { loadConfig } from '../../src/config';
import { errorText, fieldLabel, limitText, type Translate } from '../../src/present/row-check-messages';
import { message, post, replyTexts, startTestApp, type TestApp } from '../server/helpers/http-app';
import { FAULTY_ROWS } from './faulty-rows';

/**
 * How Teams delivers rows pasted from Excel, over real HTTP: an HTML table in a `text/html`
 * attachment (the text runs the cells together), the message as HTML (`textFormat: xml`), or
 * text that lost its separators; each is checked or answered with "send the file", never declined.
 */
const i18n = createI18n(loadConfig({}).localesDir);
const t = (lang: 'en' | 'hi') => i18n.getFixedT(lang) as unknown as Translate;
const htmlTable = (rows: readonly (readonly string[])[]) =>
  `<div><div itemprop="copy-paste-block"><table><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('')}</tbody></table></div></div>`;
const runTogether = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join('')).join('');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop(1000);
});

describe('a table pasted in Teams arrives as HTML beside run-together text', () => {
  it.each(FAULTY_ROWS.filter((c) => !/Devanagari/.test(c.kind)).map((c) => [c.kind, c] as const))('%s → its row-check card', async (_kind, c) => {
    const res = await post(app.url, message(runTogether(c.rows), { attachments: [{ contentType: 'text/html', content: htmlTable(c.rows) }] }));
    expect(res.status).toBe(200);
    const shown = replyTexts(res.json).join('\n');
    expect(shown).not.toContain(t('en')('cards:decline.title'));
    const domain = checkPastedText(c.rows.map((r) => r.join('\t')).join('\n'), { now: new Date() });
    expect(domain.rows.map((r) => r.errors.map((e) => `${e.field}:${e.code}`))).toEqual(c.errors);
    for (const row of domain.rows) for (const e of row.errors) expect(shown).toContain(`${fieldLabel(e.field, t('en'))}: ${errorText(e, t('en'))}`);
  });

  it('the message as HTML (textFormat xml) is read the same way', async () => {
    const rows = FAULTY_ROWS.find((c) => c.kind === 'mobile of five digits')!.rows;
    const res = await post(app.url, message(htmlTable(rows), { textFormat: 'xml' }));
    expect(replyTexts(res.json).join('\n')).toContain(`${fieldLabel('Mobile Number', t('en'))}:`);
  });

  it('in a group chat, a pasted table is not echoed: the privacy advice instead', async () => {
    const rows = FAULTY_ROWS[0].rows;
    const res = await post(app.url, message(`<at>Sahayak</at> ${runTogether(rows)}`, {
      conversation: { id: 'group-x', conversationType: 'groupChat', isGroup: true },
      entities: [{ type: 'mention', text: '<at>Sahayak</at>', mentioned: { id: 'bot', name: 'Sahayak' } }],
      attachments: [{ contentType: 'text/html', content: htmlTable(rows) }],
    }));
    const json = JSON.stringify(res.json);
    expect(json).toContain('personal chat');
    for (const cell of rows[0].filter(Boolean)) expect(json).not.toContain(cell);
  });
});

describe('rows whose separators were lost, with no HTML to read them from', () => {
  it.each([
    ['en', 'Suresh Yadav suresh@nic.in 9811223344 Group B Asha Verma asha@nic.in 9811223345 Group C'],
    ['en', 'Suresh Yadavsuresh@nic.in9811223344Group B'],
    ['hi', 'सुरेश यादव suresh@nic.in 9811223344 Group B आशा वर्मा asha@nic.in 9811223345 Group C'],
  ] as const)('(%s) %s → "send the file or paste from the sheet", in the reply language', async (lang, text) => {
    const res = await post(app.url, message(text));
    const shown = replyTexts(res.json).join('\n');
    expect(shown).toContain(limitText({ code: 'separators-lost' }, t(lang)));
    expect(shown).not.toContain(t(lang)('cards:decline.title'));
  });
});
