/**
 * The personal tab in a real headless browser (Debian's chromium via playwright-core), against the
 * real server: search, Hindi toggle, pasted and file checks, keyboard-only use, hosts and themes.
 */
import { BAD_ROWS, useTabBrowser } from './tab-harness';

// Browser globals used inside page.evaluate callbacks (the test program has no DOM lib).
declare const document: any, window: any, getComputedStyle: any;

jest.setTimeout(120_000);

const env = useTabBrowser({ locale: 'en-IN', viewport: { width: 1000, height: 900 } });

async function open(query = ''): Promise<void> {
  await env.page.goto(`${env.tab.url}/tab${query}`);
  await env.page.waitForSelector('html[data-ready="true"]', { timeout: 10_000 });
}

const text = (selector: string): Promise<string> => env.page.locator(selector).innerText();

test('searching "railways" shows the listed KB representative', async () => {
  await open();
  expect(await env.page.getAttribute('html', 'data-host')).toBe('browser');
  await env.page.getByLabel("Ministry, department or representative's name").fill('railways');
  await env.page.getByRole('button', { name: 'Search' }).click();
  await expect(env.page.locator('#contacts-status')).toBeTruthy();
  await env.page.waitForFunction(() => document.querySelector('#contacts-results .contact') !== null);
  expect(await text('#contacts-status')).toBe('1 listed contact for “railways”.');
  const result = await text('#contacts-results');
  expect(result).toContain('Pawan Pathak');
  expect(result).toContain('M/o Railways');
  expect(result).toContain('pawankpathak.kb@karmayogi.in');
  expect(result).toContain('8595675447');
  expect(await env.page.getAttribute('#contacts-results a[href^="mailto:"]', 'href')).toBe('mailto:pawankpathak.kb@karmayogi.in');
});

test('a person is one contact, and the BPR&D row says whose address its email is', async () => {
  await open();
  await env.page.fill('#contacts-query', 'Pawan Pathak');
  await env.page.press('#contacts-query', 'Enter');
  await env.page.waitForSelector('#contacts-results .contact');
  expect(await text('#contacts-status')).toBe('2 listed contacts for “Pawan Pathak”.');
  const items = env.page.locator('#contacts-results .contact');
  expect(await items.count()).toBe(2);
  expect(await items.nth(0).innerText()).toContain('D/o Border Management; D/o Home; M/o Railways; ASSAM RIFLES');
  const bprd = await items.nth(1).innerText();
  expect(bprd).toContain("priyamvadapallavi.kb@karmayogi.in (Priyamvada Pallavi's address, not Pawan Pathak's)");
  expect(bprd).toContain('call 8595675447');
  expect(await items.nth(1).locator('a[href^="mailto:"]').innerText()).toBe('Write an email to Priyamvada Pallavi');
});

test('an unlisted query says so and offers the fallback contacts', async () => {
  await open();
  await env.page.fill('#contacts-query', 'ministry of nowhere at all');
  await env.page.press('#contacts-query', 'Enter');
  await env.page.waitForFunction(() => /No listed representative/.test(document.querySelector('#contacts-status')?.textContent ?? ''));
  expect(await text('#contacts-results')).toContain('You can also contact:');
});

test('the Hindi toggle switches the page and the shown results, and is remembered', async () => {
  await open();
  await env.page.fill('#contacts-query', 'railways');
  await env.page.press('#contacts-query', 'Enter');
  await env.page.waitForSelector('#contacts-results .contact');
  await env.page.click('#lang-toggle');
  expect(await env.page.getAttribute('html', 'lang')).toBe('hi');
  expect(await text('h1')).toBe('iGOT सहायक');
  expect(await text('#lang-toggle')).toBe('View in English');
  expect(await env.page.getAttribute('#lang-toggle', 'lang')).toBe('en');
  expect(await text('label[for="contacts-query"]')).toBe('मंत्रालय, विभाग या प्रतिनिधि का नाम');
  expect(await text('#contacts-status')).toBe('“railways” के लिए 1 सूचीबद्ध संपर्क।');
  expect(await text('#contacts-results')).toContain('संगठन');
  await env.page.reload();
  await env.page.waitForSelector('html[data-ready="true"]');
  expect(await env.page.getAttribute('html', 'lang')).toBe('hi');
  await env.page.click('#lang-toggle');
  expect(await text('h1')).toBe('iGOT Sahayak');
});

test('?lang=hi serves the page in Hindi before any script runs', async () => {
  const res = await fetch(`${env.tab.url}/tab?lang=hi`);
  const html = await res.text();
  expect(html).toContain('<html lang="hi"');
  expect(html).toContain('अपना KB प्रतिनिधि खोजें');
});

test('pasted rows are checked and the problems shown per row, in both languages', async () => {
  await open();
  await env.page.fill('#check-text', BAD_ROWS);
  await env.page.getByRole('button', { name: 'Check rows' }).click();
  await env.page.waitForSelector('#check-results .problem-row');
  expect(await text('#check-status')).toBe('2 rows checked: 1 would be rejected by the portal, 0 with warnings.');
  const results = await text('#check-results');
  expect(results).toContain('Row 2');
  expect(results).not.toContain('Row 3');
  for (const field of ['Full Name', 'Email', 'Mobile Number', 'Group']) expect(results).toContain(`Error · ${field}:`);
  expect(results).toContain('The portal says: Invalid Email Id');
  await env.page.click('#lang-toggle');
  expect(await text('#check-results')).toContain('पंक्ति 2');
  expect(await text('#check-status')).toContain('पोर्टल अस्वीकार करेगा');
});

test('a chosen .csv file is checked; an empty form and a wrong file type get a bilingual message', async () => {
  await open();
  await env.page.getByRole('button', { name: 'Check rows' }).click();
  await env.page.waitForFunction(() => (document.querySelector('#check-status')?.textContent ?? '') !== '');
  expect(await text('#check-status')).toBe('Paste some rows or choose a file first.');
  expect(await env.page.getAttribute('#check-status', 'class')).toContain('error');
  await env.page.setInputFiles('#check-file', { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await env.page.click('text=Check rows');
  expect(await text('#check-status')).toBe('Only .xlsx and .csv files can be checked.');
  const csv = BAD_ROWS.replace(/\t/g, ',').replace('+91 98765 43210', '+919876543210');
  await env.page.setInputFiles('#check-file', { name: 'rows.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await env.page.click('text=Check rows');
  await env.page.waitForSelector('#check-results .problem-row');
  expect(await text('#check-results')).toContain('Row 2');
  await env.page.click('#check-clear');
  await env.page.waitForFunction(() => document.querySelector('#check-results')?.childElementCount === 0);
  expect(await env.page.evaluate(() => document.activeElement?.id)).toBe('check-text');
});

test('keyboard only: skip link, toggle, search, check, in a sensible focus order', async () => {
  await open();
  const focused = () => env.page.evaluate(() => document.activeElement?.id || document.activeElement?.className || document.activeElement?.tagName);
  await env.page.keyboard.press('Tab');
  expect(await focused()).toBe('skip-link');
  await env.page.keyboard.press('Tab');
  expect(await focused()).toBe('lang-toggle');
  await env.page.keyboard.press('Shift+Tab');
  await env.page.keyboard.press('Enter');
  expect(await focused()).toBe('contacts-query');
  await env.page.keyboard.type('railways');
  await env.page.keyboard.press('Enter');
  await env.page.waitForSelector('#contacts-results .contact');
  await env.page.keyboard.press('Tab');
  expect(await env.page.evaluate(() => document.activeElement?.textContent)).toBe('Search');
  await env.page.keyboard.press('Tab');
  expect(await env.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('mailto:pawankpathak.kb@karmayogi.in');
  await env.page.keyboard.press('Tab');
  expect(await focused()).toBe('check-text');
  await env.page.keyboard.insertText(BAD_ROWS);
  await env.page.keyboard.press('Tab');
  expect(await focused()).toBe('check-file');
  await env.page.keyboard.press('Tab');
  expect(await env.page.evaluate(() => document.activeElement?.textContent)).toBe('Check rows');
  await env.page.keyboard.press('Enter');
  await env.page.waitForSelector('#check-results .problem-row');
  const outline = await env.page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).toBe('solid');
});

test('screen reader support: labelled controls, live regions, page language', async () => {
  await open();
  const unlabelled = await env.page.evaluate(() =>
    Array.from(document.querySelectorAll('input, textarea, select')).filter((e: any) => !e.labels?.length).map((e: any) => e.id));
  expect(unlabelled).toEqual([]);
  for (const id of ['contacts-status', 'check-status']) {
    expect(await env.page.getAttribute(`#${id}`, 'role')).toBe('status');
    expect(await env.page.getAttribute(`#${id}`, 'aria-live')).toBe('polite');
  }
  expect(await env.page.getAttribute('#contacts-form', 'role')).toBe('search');
  expect(await env.page.getAttribute('#lang-toggle', 'aria-label')).toBe('Show this page in Hindi');
  expect(await env.page.locator('h1').count()).toBe(1);
});
