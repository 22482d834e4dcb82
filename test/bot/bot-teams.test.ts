import type { Activity } from 'botbuilder';
import { cardOf, createHarness, groupMessage, textOf } from './bot-harness';
import { PASTED_ROWS } from '../cards/card-fixtures';
import { cardProblems } from '../cards/validate-card';

const DEVANAGARI = /\p{Script=Devanagari}/u;
const BOT = { id: '28:sahayak-app-id', name: 'iGOT Sahayak' };

function membersAdded(ids: string[], conversationType = 'personal'): Partial<Activity> {
  return {
    type: 'conversationUpdate',
    membersAdded: ids.map((id) => ({ id, name: id })),
    recipient: BOT,
    conversation: { id: `c-${conversationType}`, conversationType, isGroup: conversationType !== 'personal', name: '' },
  };
}

describe('welcome', () => {
  it('sends the bilingual welcome card with suggested questions when the bot is installed', async () => {
    const { adapter } = createHarness();
    await adapter.send(membersAdded([BOT.id, 'user-1'])).assertReply((a) => {
      const card = cardOf(a);
      expect(cardProblems(card)).toEqual([]);
      const json = JSON.stringify(card);
      expect(json).toContain('iGOT Sahayak');
      expect(json).toMatch(DEVANAGARI);
      expect(a.suggestedActions?.actions.map((s) => s.title)).toContain('OTP not received');
    });
  });

  it('adds the personal-data advice when added to a group chat, and no suggested actions', async () => {
    const { adapter } = createHarness();
    await adapter.send(membersAdded([BOT.id], 'groupChat')).assertReply((a) => {
      expect(textOf(a)).toContain('personal chat');
      expect(a.suggestedActions).toBeUndefined();
    });
  });

  it('does not welcome when someone else joins', async () => {
    const { adapter } = createHarness();
    await adapter.send(membersAdded(['user-2'])).assertNoReply('nobody new', 200);
  });
});

describe('group chats and channels', () => {
  it('answers only when @mentioned', async () => {
    const { adapter } = createHarness();
    await adapter
      .send(groupMessage('OTP not received', false))
      .assertNoReply('not mentioned', 200)
      .send(groupMessage('OTP not received', true))
      .assertReply((a) => expect(JSON.stringify(cardOf(a))).toContain('OTP'));
  });

  it('never echoes pasted rows there: it advises a personal chat instead', async () => {
    const { adapter, insights } = createHarness();
    await adapter.send(groupMessage(PASTED_ROWS, true)).assertReply((a) => {
      const json = JSON.stringify(a);
      expect(textOf(a)).toContain('personal chat');
      for (const personal of ['asha.verma@gov.in', '9876543210', 'Asha Verma', 'ravi@gmail']) expect(json).not.toContain(personal);
      expect(JSON.stringify(cardOf(a))).toContain('https://teams.microsoft.com/l/chat/0/0?users=28%3Asahayak-app-id');
    });
    expect(await insights.read()).toEqual([]);
  });

  it('checks the same rows in a personal chat', async () => {
    const { adapter } = createHarness();
    await adapter.send(PASTED_ROWS).assertReply((a) => {
      expect(textOf(a)).toContain('Checked 2 rows');
      expect(cardOf(a).body.some((b) => String(b.text ?? '').startsWith('Checked 2 rows'))).toBe(true);
    });
  });

  it('adds the advice to a row-check question asked in a channel', async () => {
    const { adapter } = createHarness();
    const ask = { ...groupMessage('can you check my bulk upload rows?', true), conversation: { id: 'ch-1', conversationType: 'channel', isGroup: true, name: '' } };
    await adapter
      .send(ask)
      .assertReply((a) => expect(a.attachments).toHaveLength(1))
      .assertReply((a) => expect(textOf(a)).toContain('personal chat'));
  });
});

describe('messaging extension search', () => {
  const query = (commandId: string, parameters: { name: string; value: string }[], locale = 'en-IN'): Partial<Activity> => ({
    type: 'invoke',
    name: 'composeExtension/query',
    locale,
    value: { commandId, parameters, queryOptions: { skip: 0, count: 25 } },
  });
  type Result = { composeExtension: { type: string; attachmentLayout: string; attachments: { content: object; preview: { content: { title: string } } }[] } };
  const run = async (activity: Partial<Activity>): Promise<Result> => {
    const { adapter } = createHarness();
    let body: Result | undefined;
    await adapter.send(activity).assertReply((a) => {
      expect(a.type).toBe('invokeResponse');
      expect(a.value.status).toBe(200);
      body = a.value.body;
    });
    return body!;
  };
  const titles = (r: Result) => r.composeExtension.attachments.map((x) => x.preview.content.title);
  const previews = (r: Result) => r.composeExtension.attachments.map((x) => (x.preview.content as { text?: string }).text ?? '');

  it('"railways" lists the KB contact first, each with a preview and a valid card', async () => {
    const r = await run(query('searchContact', [{ name: 'query', value: 'railways' }]));
    expect(r.composeExtension.type).toBe('result');
    expect(r.composeExtension.attachmentLayout).toBe('list');
    expect(titles(r)[0]).toBe('Pawan Pathak');
    expect(previews(r)[0]).toContain('M/o Railways');
    for (const x of r.composeExtension.attachments) {
      expect(cardProblems(x.content)).toEqual([]);
      expect(JSON.stringify(x.content)).not.toContain('Action.Submit');
    }
  });

  it('one result per person: "रक्षा मंत्रालय" is one contact listing the five departments; the BPR&D row is flagged', async () => {
    const r = await run(query('searchContact', [{ name: 'query', value: 'रक्षा मंत्रालय' }]));
    const contacts = titles(r).filter((t) => t === 'Akshay Sharma');
    expect(contacts).toHaveLength(1);
    expect(previews(r)[0]).toContain('D/o Defence; D/o Defence Production; D/o Defence Research & Development; D/o Ex-Servicemen Welfare; D/o Military Affairs');
    const bprd = await run(query('searchContact', [{ name: 'query', value: 'BPR&D' }]));
    expect(titles(bprd)[0]).toBe('⚠ BPR&D: Pawan Pathak');
    expect(previews(bprd)[0]).toContain("Priyamvada Pallavi's address");
  });

  it('"pending approval" lists the answer', async () => {
    const r = await run(query('searchContact', [{ name: 'query', value: 'pending approval' }]));
    const { core } = createHarness();
    expect(titles(r)[0]).toBe(core.assistant.answerTopic('pending-approval', 'en').answer!.en.title);
  });

  it('a Hindi query finds the contact and Hindi answers', async () => {
    const r = await run(query('searchContact', [{ name: 'query', value: 'रेल मंत्रालय' }]));
    expect(titles(r)[0]).toBe('Pawan Pathak');
    expect(previews(r)[0]).toContain('M/o Railways');
    const hindi = await run(query('searchAnswers', [{ name: 'query', value: 'OTP नहीं आया' }]));
    expect(titles(hindi)[0]).toMatch(DEVANAGARI);
  });

  it('the initial run (empty query) lists common topics', async () => {
    const r = await run(query('searchContact', [{ name: 'initialRun', value: 'true' }]));
    expect(r.composeExtension.attachments.length).toBeGreaterThanOrEqual(5);
  });
});
