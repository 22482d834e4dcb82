import fc from 'fast-check';
import { message, post, startTestApp, TestApp } from '../server/helpers/http-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop(1000));

/** Pasted text: anything (lone surrogates, controls), sheet-like rows, punctuation floods, Hindi. */
const pastedText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.array(fc.string({ maxLength: 20 }), { maxLength: 8 }).map((cells) => cells.join('\t')), { maxLength: 30 }).map((rows) => rows.join('\n')),
  fc.tuple(fc.constantFrom(',', ';', '\t', '|', '\u0000', '\n', ' '), fc.integer({ min: 1, max: 30_000 })).map(([c, n]) => c.repeat(n)),
  fc.constantFrom('otp नहीं आया', 'Hindi me batao', 'English please', 'रजिस्ट्रेशन कैसे करें', 'sahayak contacts Ministry of Coal', 'who is the nodal officer for MeitY'),
);

/** A JSON value of modest size for `value` / `channelData`. */
const junk = fc.jsonValue({ maxDepth: 3 });

const activityType = fc.oneof(
  fc.constantFrom('message', 'invoke', 'event', 'conversationUpdate', 'messageReaction', 'installationUpdate', 'typing', 'endOfConversation', 'messageUpdate', 'messageDelete'),
  fc.string({ minLength: 1, maxLength: 30 }),
);

const invokeName = fc.oneof(
  fc.constantFrom('composeExtension/query', 'composeExtension/selectItem', 'composeExtension/submitAction', 'adaptiveCard/action', 'task/fetch', 'task/submit', 'tab/fetch', 'fileConsent/invoke', 'actionableMessage/executeAction', 'signin/verifyState'),
  fc.string({ maxLength: 40 }),
);

const activity = fc.record(
  {
    type: activityType,
    text: pastedText,
    name: invokeName,
    value: junk,
    channelData: fc.option(fc.dictionary(fc.string({ maxLength: 10 }), junk, { maxKeys: 4 }), { nil: undefined }),
    locale: fc.option(fc.constantFrom('en-IN', 'hi-IN', 'hi', 'xx', ''), { nil: undefined }),
    entities: fc.option(fc.array(fc.record({ type: fc.constantFrom('mention', 'clientInfo', 'x'), text: fc.string({ maxLength: 20 }) }), { maxLength: 3 }), { nil: undefined }),
    attachments: fc.option(fc.array(fc.record({ contentType: fc.string({ maxLength: 60 }), content: junk }), { maxLength: 2 }), { nil: undefined }),
  },
  { requiredKeys: ['type', 'text'] },
);

test('no crash and no 5xx for arbitrary activities and pasted text over real HTTP', async () => {
  await fc.assert(
    fc.asyncProperty(activity, async (fields) => {
      const res = await post(app.url, message('', fields));
      expect(res.status).toBeLessThan(500);
      expect(res.ms).toBeLessThan(3000);
      if (fields.type === 'message') expect(res.status).toBe(200);
    }),
    { numRuns: 300 },
  );
  // The server is still healthy afterwards.
  expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  expect(app.logs.filter((l) => /"level":50/.test(l) && !l.includes('turn failed'))).toEqual([]);
}, 90_000);
