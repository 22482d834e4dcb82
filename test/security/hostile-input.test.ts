import { MAX_BODY_BYTES } from '../../src/server/create-server';
import { message, post, replyTexts, startTestApp, TestApp } from '../server/helpers/http-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop(1000));

describe('malformed and oversized bodies', () => {
  test('malformed JSON → 400 with a fixed message that does not echo the body', async () => {
    for (const body of ['{bad json', '{"type":"message",', '\u0000\u0001', '[1,2,']) {
      const res = await post(app.url, body);
      expect(res.status).toBe(400);
      expect(res.text).not.toContain('bad json');
    }
  });

  test('JSON that is not an activity → 400', async () => {
    for (const body of ['[]', '"text"', '42', 'null', '{}', JSON.stringify({ type: 'message' }), JSON.stringify({ ...message('x'), conversation: 7 }), JSON.stringify({ ...message('x'), text: { a: 1 } })]) {
      const res = await post(app.url, body);
      expect(res.status).toBe(400);
    }
  });

  test('a body over the limit → 413, quickly', async () => {
    const res = await post(app.url, message(','.repeat(1_000_000)));
    expect(res.status).toBe(413);
    expect(res.ms).toBeLessThan(2000);
  });

  test('other content types are refused without a 5xx', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream']) {
      const res = await post(app.url, 'type=message', { 'content-type': type });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });
});

describe('odd activities', () => {
  test('unknown activity types are handled with 200', async () => {
    for (const type of ['weird', 'event', 'typing', 'messageReaction', 'installationUpdate', 'endOfConversation', 'x'.repeat(100)]) {
      const res = await post(app.url, message('hello', { type }));
      expect(res.status).toBe(200);
    }
  });

  test('unknown invokes (with and without expectReplies) are handled without a 5xx', async () => {
    for (const name of ['no/such/invoke', 'composeExtension/unknownThing', 'adaptiveCard/action', 'task/fetch', 'signin/verifyState']) {
      for (const deliveryMode of ['expectReplies', undefined]) {
        const res = await post(app.url, message('', { type: 'invoke', name, value: { junk: [1, 'two', null] }, deliveryMode }));
        expect(res.status).toBeLessThan(500);
      }
    }
  });
});

describe('hostile text gets a short clear reply, quickly', () => {
  const cases: [string, string][] = [
    ['200 KB of commas (inside the body limit)', ','.repeat(200_000)],
    ['a 250 KB message of letters', 'a'.repeat(MAX_BODY_BYTES - 6000)],
    ['control characters', 'otp\u0000\u0007\u001b[31m not\u0008 received\u007f\u200b\u202e'],
    ['lone surrogates', '\ud800 otp \udfff not received \ud83d'],
    ['only control characters', '\u0000\u0001\u0002\u0003'],
    ['emoji and combining marks', '🙏🏽 ओटीपी ̸̛̖̈ नहीं आया'],
  ];
  test.each(cases)('%s', async (_label, text) => {
    const res = await post(app.url, message(text));
    expect(res.status).toBe(200);
    const replies = replyTexts(res.json);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(reply.length).toBeLessThan(4000);
    expect(res.ms).toBeLessThan(1500);
  });

  test('a message over 20,000 characters is refused in words, not echoed', async () => {
    const res = await post(app.url, message('my mobile 9876543210 '.repeat(2000)));
    const reply = replyTexts(res.json).join('\n');
    expect(reply).toMatch(/too long/i);
    expect(reply).not.toContain('9876543210');
  });
});
