import { message, post, startTestApp, TestApp } from '../server/helpers/http-app';

const NAME = 'Rakshanda Thakurani';
const EMAIL = 'rakshanda.thakurani@nic.in';
const MOBILE = '9876543210';
const ROW_EMAIL = 'sunita.devi77@gov.in';
const ROW_MOBILE = '9123456780';
const PASTED = `Name\tEmail\tMobile\tDesignation\n${NAME}\t${EMAIL}\t${MOBILE}\tSection Officer\nSunita Devi\t${ROW_EMAIL}\t${ROW_MOBILE}\tAssistant`;
const SECRETS = [NAME, 'Rakshanda', 'Thakurani', EMAIL, MOBILE, ROW_EMAIL, ROW_MOBILE, 'Sunita', 'Section Officer', '98765', 'nic.in'];

let app: TestApp;
const consoleLines: string[] = [];
beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    });
  }
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop(1000);
  jest.restoreAllMocks();
});

test('personal data sent every way we can think of never reaches the logs', async () => {
  const person = { id: `29:${EMAIL}`, name: NAME, aadObjectId: '11111111-2222-3333-4444-555555555555' };
  const sends: Promise<unknown>[] = [
    post(app.url, message(`My name is ${NAME}, email ${EMAIL}, mobile ${MOBILE}. OTP not received`, { from: person })),
    post(app.url, message(PASTED, { from: person })),
    post(app.url, message(`मेरा नाम ${NAME} है, मोबाइल ${MOBILE}`, { from: person, locale: 'hi-IN' })),
    post(app.url, message(`sahayak contacts ${NAME}`, { from: person })),
    post(app.url, message(`Hindi me batao ${EMAIL}`, { from: person })),
    // A turn that fails inside the bot (junk card action): the error path must stay private too.
    post(app.url, message(`${NAME} ${MOBILE}`, { type: 'invoke', name: 'adaptiveCard/action', value: { junk: EMAIL }, from: person })),
    post(app.url, message(`${NAME} ${MOBILE}`, { type: 'invoke', name: 'composeExtension/query', value: { parameters: [{ name: 'q', value: EMAIL }] }, from: person })),
    post(app.url, message(`${NAME} ${MOBILE}`, { type: 'event', name: EMAIL, value: { email: EMAIL }, channelData: { tenant: { id: MOBILE } }, from: person })),
    // Refused requests: malformed JSON, wrong shape, too large.
    post(app.url, `{"text": "${NAME} ${EMAIL} ${MOBILE}", `),
    post(app.url, { text: `${NAME} ${EMAIL} ${MOBILE}` }),
    post(app.url, message(`${NAME} ${EMAIL} ${MOBILE} `.repeat(20_000))),
    // Personal data in the URL and headers.
    fetch(`${app.url}/api/messages?email=${encodeURIComponent(EMAIL)}&mobile=${MOBILE}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'x-user': EMAIL } }),
    fetch(`${app.url}/${encodeURIComponent(NAME)}/${MOBILE}`),
    fetch(`${app.url}/readyz?name=${encodeURIComponent(NAME)}`),
  ];
  const results = await Promise.all(sends);
  expect(results).toHaveLength(sends.length);
  await new Promise((resolve) => setTimeout(resolve, 200));

  const logText = app.logs.join('\n');
  expect(app.logs.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(sends.length);
  const everything = `${logText}\n${consoleLines.join('\n')}`;
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
});

test('every request log line has method, route, status, duration and a correlation id, and nothing else from the request', () => {
  const lines = app.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(Object.keys(line).sort()).toEqual(expect.arrayContaining(['method', 'ms', 'ref', 'route', 'status']));
    expect(Object.keys(line).every((k) => ['level', 'time', 'app', 'ref', 'method', 'route', 'status', 'ms', 'aborted', 'msg'].includes(k))).toBe(true);
    expect(line.ref).toMatch(/^[0-9a-f]{12}$/);
  }
});

test('a failed turn is logged with the same correlation id the user is told to quote', async () => {
  const res = await post(app.url, message('x', { type: 'invoke', name: 'adaptiveCard/action', value: { junk: true } }));
  const apology = (res.json?.activities ?? []).find((a: any) => /quote this reference/.test(a.text ?? ''));
  if (!apology) return; // the card handler may now accept this invoke: nothing failed, nothing to check
  const ref = /reference to the helpdesk: ([0-9a-f]+)/.exec(apology.text)?.[1];
  expect(ref).toBeDefined();
  expect(app.logs.some((l) => l.includes('"turn failed"') && l.includes(`"ref":"${ref}"`))).toBe(true);
  expect(app.logs.some((l) => l.includes('"msg":"request"') && l.includes(`"ref":"${ref}"`))).toBe(true);
});
