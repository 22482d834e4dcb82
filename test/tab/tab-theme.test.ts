/**
 * Themes and hosts of the tab in headless chromium: dark theme screenshot against a stored baseline,
 * colour contrast in every theme, Teams context (theme, locale, theme changes), plain browser and a
 * silent parent frame (teams-js must time out gracefully).
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareScreenshots } from './screenshot-compare';
import { BAD_ROWS, ROOT, useTabBrowser } from './tab-harness';

// Browser globals used inside page.evaluate callbacks (the test program has no DOM lib).
declare const document: any, window: any, getComputedStyle: any;

jest.setTimeout(120_000);

const BASELINE = path.join(__dirname, '__screenshots__', 'tab-dark.png');
const ACTUAL = path.join(ROOT, 'dist', 'test-artifacts', 'tab-dark.png');

const env = useTabBrowser({ locale: 'en-IN', viewport: { width: 900, height: 1000 }, deviceScaleFactor: 1 });

async function open(query = ''): Promise<void> {
  await env.page.goto(`${env.tab.url}/tab${query}`);
  await env.page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
}

const style = (selector: string, prop: string): Promise<string> =>
  env.page.$eval(selector, (e, p) => getComputedStyle(e).getPropertyValue(p), prop);

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('dark theme (?theme=dark): dark background, and the screenshot matches the baseline', async () => {
  await open('?theme=dark');
  expect(await env.page.getAttribute('html', 'data-theme')).toBe('dark');
  expect(await style('body', 'background-color')).toBe('rgb(31, 31, 31)');
  expect(await style('.panel', 'background-color')).toBe('rgb(41, 41, 41)');
  expect(await style('body', 'color')).toBe('rgb(255, 255, 255)');
  await env.page.fill('#contacts-query', 'railways');
  await env.page.press('#contacts-query', 'Enter');
  await env.page.waitForSelector('#contacts-results .contact');
  await env.page.fill('#check-text', BAD_ROWS);
  await env.page.click('text=Check rows');
  await env.page.waitForSelector('#check-results .problem-row');
  await env.page.evaluate(() => document.activeElement?.blur());
  fs.mkdirSync(path.dirname(ACTUAL), { recursive: true });
  const shot = await env.page.screenshot({ path: ACTUAL, fullPage: true, animations: 'disabled', caret: 'hide' });
  if (!fs.existsSync(BASELINE) || process.env.UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(path.dirname(BASELINE), { recursive: true });
    fs.writeFileSync(BASELINE, shot);
  }
  const diff = compareScreenshots(fs.readFileSync(BASELINE), shot);
  // Fonts differ a little between machines: allow small per-pixel and area differences, not a different env.page.
  expect(diff.sizeMatches).toBe(true);
  expect(diff.differentRatio).toBeLessThan(0.03);
  expect(diff.darkRatio).toBeGreaterThan(0.7);
});

test.each([
  ['default', 'rgb(245, 245, 245)'],
  ['dark', 'rgb(31, 31, 31)'],
  ['contrast', 'rgb(0, 0, 0)'],
])('theme %s: background %s and text, hints and buttons meet WCAG AA contrast', async (theme, background) => {
  await open(`?theme=${theme}`);
  expect(await style('body', 'background-color')).toBe(background);
  const panel = await style('.panel', 'background-color');
  expect(contrast(await style('body', 'color'), panel)).toBeGreaterThanOrEqual(7);
  expect(contrast(await style('.hint', 'color'), panel)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(await style('button[type="submit"]', 'color'), await style('button[type="submit"]', 'background-color'))).toBeGreaterThanOrEqual(4.5);
  await env.page.fill('#check-text', BAD_ROWS);
  await env.page.click('#check-form button[type="submit"]');
  await env.page.waitForSelector('#check-results .problem-row');
  expect(contrast(await style('.problem.error .badge', 'color'), panel)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(await style('.portal', 'color'), panel)).toBeGreaterThanOrEqual(4.5);
});

test('inside Teams: follows the context theme and locale, and later theme changes', async () => {
  // A stand-in for teams-js that answers like a Teams host (dark theme, Hindi locale).
  await env.page.route('**/tab/teams-js.min.js', (route) => route.fulfill({
    contentType: 'text/javascript',
    body: `window.nativeInterface = {};
      window.__themeHandler = null;
      window.microsoftTeams = { app: {
        initialize: () => Promise.resolve(),
        getContext: () => Promise.resolve({ app: { theme: 'dark', locale: 'hi-in' } }),
        registerOnThemeChangeHandler: (h) => { window.__themeHandler = h; },
        notifySuccess: () => Promise.resolve(),
      } };`,
  }));
  await open();
  expect(await env.page.getAttribute('html', 'data-host')).toBe('teams');
  expect(await env.page.getAttribute('html', 'data-theme')).toBe('dark');
  expect(await env.page.getAttribute('html', 'lang')).toBe('hi');
  expect(await env.page.locator('h1').innerText()).toBe('iGOT सहायक');
  await env.page.evaluate(() => window.__themeHandler('contrast'));
  expect(await env.page.getAttribute('html', 'data-theme')).toBe('contrast');
  expect(await style('body', 'background-color')).toBe('rgb(0, 0, 0)');
});

test('a plain browser is ready at once; a silent parent frame makes teams-js time out gracefully', async () => {
  const started = Date.now();
  await open();
  expect(Date.now() - started).toBeLessThan(2500);
  expect(await env.page.getAttribute('html', 'data-host')).toBe('browser');
  await env.page.evaluate((url) => {
    document.body.innerHTML = `<iframe id="host" title="tab" src="${url}/tab" width="800" height="600"></iframe>`;
  }, env.tab.url);
  const frame = env.page.frameLocator('#host');
  await frame.locator('html[data-ready="true"]').waitFor({ timeout: 20_000 });
  expect(await frame.locator('html').getAttribute('data-host')).toBe('browser');
  await frame.locator('#contacts-query').fill('railways');
  await frame.locator('#contacts-query').press('Enter');
  await frame.locator('#contacts-results .contact').waitFor();
  expect(await frame.locator('#contacts-results').innerText()).toContain('Pawan Pathak');
});
