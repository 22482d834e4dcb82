/**
 * The request card rendered in a real browser (Debian chromium, driven by playwright-core) with
 * Microsoft's `adaptivecards` renderer and a Teams-like host config: every line of the card shows,
 * the answer box opens. With UPDATE_DESK_SCREENSHOT=1 it rewrites the README's screenshot
 * (docs/desk-request-card.png); otherwise it writes dist/test-artifacts/desk-request-card.png.
 *
 *   UPDATE_DESK_SCREENSHOT=1 npx jest test/desk/desk-card-screenshot
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { transition, type DeskRequest } from '../../src/domain/desk';
import { createI18n, translatorFor } from '../../src/i18n';
import { buildDeskRequestCard } from '../../src/cards/desk-request-card';
import { ensureChromium, launchChromium, ROOT } from '../tab/tab-harness';
import { PRIYA, request, USER } from './desk-fixtures';

declare const document: any, window: any;
jest.setTimeout(120_000);

const OUT = process.env.UPDATE_DESK_SCREENSHOT === '1' ? path.join(ROOT, 'docs', 'desk-request-card.png') : path.join(ROOT, 'dist', 'test-artifacts', 'desk-request-card.png');

/** A request as staff see it a little after Priya took it: it came in the evening, while the desk was closed. */
function sample(): DeskRequest {
  const created = new Date('2026-11-20T13:10:00Z'); // Friday 6:40 pm India time
  const base = request({
    n: 42, createdAt: created.toISOString(), outOfHours: true, lang: 'hi',
    question: 'मेरा OTP नहीं आ रहा। मैंने तीन बार कोशिश की, और पिछले महीने मेरा मोबाइल नंबर बदला था। रजिस्ट्रेशन अधूरा है और ट्रेनिंग सोमवार को है।',
    user: { ...USER, userName: 'Asha Verma' },
  });
  const assigned = transition(base, { kind: 'assign', by: PRIYA }, new Date('2026-11-23T03:35:00Z'));
  if (!assigned.ok) throw new Error(assigned.code);
  return { ...assigned.request, outbox: [] };
}

/** A Teams-like light theme for the renderer. */
const HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Noto Sans', 'Noto Sans Devanagari', system-ui, sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 28, padding: 16 },
  fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5B5FC7' }, good: { default: '#0E700E' }, warning: { default: '#8A5300' }, attention: { default: '#C4314B' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5B5FC7' }, good: { default: '#0E700E' }, warning: { default: '#8A5300' }, attention: { default: '#C4314B' } } },
  },
  actions: { maxActions: 6, buttonSpacing: 8, showCard: { actionMode: 'inline', inlineTopMargin: 12 }, actionsOrientation: 'horizontal', actionAlignment: 'left' },
};

const CSS = `
  body { margin: 0; padding: 24px; background: #EBEBEB; font-family: ${HOST_CONFIG.fontFamily}; }
  #card { width: 620px; background: #fff; border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.18); overflow: hidden; }
  .ac-pushButton { border: 1px solid #D1D1D1; background: #fff; color: #242424; border-radius: 4px; padding: 6px 12px; font: 600 14px ${HOST_CONFIG.fontFamily}; cursor: pointer; }
  .ac-pushButton.style-positive { background: #5B5FC7; color: #fff; border-color: #5B5FC7; }
  .ac-textInput { border: 1px solid #D1D1D1; border-radius: 4px; padding: 6px; font: 14px ${HOST_CONFIG.fontFamily}; width: 100%; box-sizing: border-box; min-height: 64px; }
`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(ensureChromium());
});
afterAll(async () => browser?.close());

test('the request card renders in chromium with every line, and its answer box opens', async () => {
  const i18n = createI18n(path.join(ROOT, 'locales'));
  const t = translatorFor(i18n, 'en');
  const now = new Date('2026-11-23T03:47:00Z'); // Monday 9:17 am India time
  const card = buildDeskRequestCard(sample(), { t: (k, o) => String(t(k, o as never)), lang: 'en', now }, { topics: [{ id: 'otp-problem', title: 'OTP not received' }] });
  const page = await (await browser.newContext({ viewport: { width: 680, height: 900 }, deviceScaleFactor: 2, locale: 'en-IN' })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div id="card"></div></body></html>`);
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') });
  await page.evaluate(({ json, host }) => {
    const AC = window.AdaptiveCards;
    const adaptive = new AC.AdaptiveCard();
    adaptive.hostConfig = new AC.HostConfig(host);
    adaptive.parse(json);
    document.getElementById('card').appendChild(adaptive.render());
  }, { json: card, host: HOST_CONFIG });
  await page.getByRole('button', { name: 'Answer' }).click();
  const shown = (await page.locator('#card').innerText()).replace(/\s+/g, ' ');
  for (const line of ['Request 42', 'Assigned', 'From: Asha Verma', 'Reply in: Hindi', 'Received: Fri, 20 Nov, 6:40 pm (for 2 days)', 'Assigned to: Priya Sharma (for 12 minutes)', 'Arrived while the desk was closed', 'मेरा OTP नहीं आ रहा', 'Send the answer', 'Unassign me', 'Chat with the user']) {
    expect(shown).toContain(line);
  }
  expect(errors).toEqual([]);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await page.locator('#card').screenshot({ path: OUT });
  expect(fs.statSync(OUT).size).toBeGreaterThan(10_000);
});
