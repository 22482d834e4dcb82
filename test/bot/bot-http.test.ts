import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startApp, type RunningApp } from '../../src/index';
import { messageActivity, postJson } from '../helpers/http';
import { PASTED_ROWS } from '../cards/card-fixtures';
import { cardProblems } from '../cards/validate-card';

/** The "done means" for the chat and the messaging extension, over real HTTP (`expectReplies`). */
describe('Teams surfaces over HTTP', () => {
  let app: RunningApp;
  const insightsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-http-')), 'insights.jsonl');
  beforeAll(async () => {
    app = await startApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', SAHAYAK_INSIGHTS_FILE: insightsFile }), { logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await app.stop(1000);
  });

  const send = async (activity: Record<string, unknown>) => {
    const res = await postJson(`${app.url}/api/messages`, activity);
    expect(res.status).toBe(200);
    return res.body;
  };
  const firstCard = (body: { activities: { attachments?: { contentType: string; content: object }[] }[] }) => {
    const card = body.activities.flatMap((a) => a.attachments ?? []).find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card).toBeDefined();
    expect(cardProblems(card!.content)).toEqual([]);
    return JSON.stringify(card!.content);
  };

  it('a question returns an Adaptive Card', async () => {
    expect(firstCard(await send(messageActivity('OTP not received')))).toContain('"version":"1.5"');
  });

  it('a Hindi question returns a Devanagari card', async () => {
    expect(firstCard(await send(messageActivity('मेरा अकाउंट अप्रूव नहीं हुआ')))).toMatch(/\p{Script=Devanagari}/u);
  });

  it('"KB rep for railways" returns the right contact card', async () => {
    const card = firstCard(await send(messageActivity('KB rep for railways')));
    expect(card).toContain('M/o Railways');
    expect(card).toContain('Pawan Pathak');
  });

  it('a pasted row returns its check', async () => {
    expect(firstCard(await send(messageActivity(PASTED_ROWS)))).toContain('Checked 2 rows');
  });

  it('a composeExtension/query invoke with searchContact returns results (as Teams sends it, and with expectReplies)', async () => {
    const invoke = {
      ...messageActivity(''), type: 'invoke', name: 'composeExtension/query', text: undefined,
      value: { commandId: 'searchContact', parameters: [{ name: 'query', value: 'railways' }] },
    };
    const direct = await send({ ...invoke, deliveryMode: undefined });
    const expectReplies = await send(invoke);
    for (const result of [direct, expectReplies.activities[0].value.body]) {
      expect(result.composeExtension.type).toBe('result');
      expect(result.composeExtension.attachments[0].preview.content.title).toBe('Pawan Pathak');
      expect(result.composeExtension.attachments[0].preview.content.text).toContain('M/o Railways');
    }
  });

  it('a conversationUpdate adding the bot returns the welcome', async () => {
    const body = await send({ ...messageActivity(''), type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot' }, { id: 'user-x' }] });
    expect(firstCard(body)).toContain('iGOT Sahayak');
  });
});
