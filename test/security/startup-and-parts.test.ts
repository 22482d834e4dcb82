/**
 * Finding 8 of issue 11 (the smaller ones): incomplete credentials stop the start with one clear line
 * naming the variable (not a bare AssertionError), and malformed parts of an activity are read as
 * absent instead of ending the turn in the error path.
 */
import { message, post, replyTexts, startTestApp, type TestApp } from '../server/helpers/http-app';
import { spawnServer } from './helpers/spawn-server';

const APP_ID = '00000000-0000-0000-0000-000000000001';
const TENANT = '00000000-0000-0000-0000-0000000000aa';

describe('incomplete credentials: one line naming what is missing, exit 1', () => {
  test.each([
    ['an app id without a tenant id', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' }, 'MicrosoftAppTenantId'],
    ['an app id without a password', { MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT }, 'MicrosoftAppPassword'],
    ['a password without an app id', { MicrosoftAppPassword: 'secret' }, 'MicrosoftAppId'],
    ['an unknown app type', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: TENANT, MicrosoftAppType: 'Everyone' }, 'MicrosoftAppType'],
    ['a managed identity with a password', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: TENANT, MicrosoftAppType: 'UserAssignedMSI' }, 'MicrosoftAppPassword'],
  ])('%s', async (_label, env, variable) => {
    const server = await spawnServer(env, { waitReady: false });
    try {
      expect(await server.exited).toBe(1);
      const lines = server.output().split('\n').filter((l) => l.trim() && !/DeprecationWarning|trace-deprecation/.test(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(variable);
      expect(lines[0]).toMatch(/^iGOT Sahayak cannot start: /);
      expect(server.output()).not.toMatch(/AssertionError|\n\s+at /);
    } finally {
      server.kill();
    }
  }, 100_000);
});

describe('malformed activity parts are read as absent', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop(1000));

  const APOLOGY = /something went wrong/i;
  test.each([
    ['attachments: [null]', { attachments: [null] }],
    ['attachments: [1, "x"]', { attachments: [1, 'x'] }],
    ['an attachment without a content type', { attachments: [{ content: { downloadUrl: 'https://x.sharepoint.com/f' } }] }],
    ['entities: [null]', { entities: [null] }],
    ['a mention without who it mentions', { entities: [{ type: 'mention', mentioned: null, text: '<at>Sahayak</at>' }] }],
    ['a mention whose text is not text', { entities: [{ type: 'mention', mentioned: { id: 'bot' }, text: 42 }] }],
    ['an entity type that is not text', { entities: [{ type: 7 }] }],
  ])('%s: the question is answered, not apologised for', async (_label, extra) => {
    const res = await post(app.url, message('otp not received', extra));
    expect(res.status).toBe(200);
    const replies = replyTexts(res.json).join('\n');
    expect(replies).toMatch(/OTP/);
    expect(replies).not.toMatch(APOLOGY);
    expect(app.logs.join('')).not.toContain('turn failed');
  });

  test('a group-chat message with a malformed mention is taken as not mentioning the bot (no reply, no error)', async () => {
    const res = await post(app.url, message('otp not received', { conversation: { id: 'g1', conversationType: 'groupChat' }, entities: [null, { type: 'mention', mentioned: 5 }] }));
    expect(res.status).toBe(200);
    expect(replyTexts(res.json).join('\n')).not.toMatch(APOLOGY);
  });

  test('members added as [null] is a conversation update without the bot in it', async () => {
    const res = await post(app.url, message('', { type: 'conversationUpdate', membersAdded: [null, 3] }));
    expect(res.status).toBe(200);
    expect(replyTexts(res.json).join('\n')).not.toMatch(APOLOGY);
    expect(app.logs.join('')).not.toContain('turn failed');
  });
});
