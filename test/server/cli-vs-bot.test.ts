import { spawnSync } from 'node:child_process';
import { cardFallback } from '../../src/bot/reply-presenter';
import { cardText, missingWords } from '../cards/card-text';
import path from 'node:path';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createCore } from '../../src/compose';
import { createBot } from '../../src/bot/create-bot';
import { createLogger } from '../../src/server/logger';
import { createServer } from '../../src/server/create-server';
import { listen, messageActivity, postJson } from '../helpers/http';
import { tempWorklistFile } from '../helpers/temp-worklist';

const CLI = path.resolve(__dirname, '../../dist/cli/sahayak.js');
const QUESTIONS = [
  'OTP nahi aa raha',
  'मेरा विभाग सूची में नहीं है',
  'I have no government email, how do I register?',
  'mera account approve nahi hua',
  'who is the KB rep for Ministry of Coal',
  'what is the weather today',
  'bulk upload template columns',
];

describe('the bot over real HTTP and the CLI give the same topic and answer', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const config = loadConfig({ SAHAYAK_INSIGHTS_FILE: tempWorklistFile() });
    const core = createCore(config);
    const logger = createLogger('silent');
    const { bot, adapter } = createBot(config, core, logger);
    server = createServer({ adapter, bot, logger });
    url = await listen(server);
  });

  afterAll(() => server.close());

  it('answers every question the same way', async () => {
    const cli = spawnSync(process.execPath, [CLI, 'ask', '--json'], { input: QUESTIONS.join('\n'), encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const cliAnswers = cli.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(cliAnswers).toHaveLength(QUESTIONS.length);
    for (const [i, question] of QUESTIONS.entries()) {
      const res = await postJson(`${url}/api/messages`, messageActivity(question));
      expect(res.status).toBe(200);
      const reply = res.body.activities.find((a: { type: string }) => a.type === 'message');
      expect(reply.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      // The same answer: the card's fallback is the CLI text's opening, and the words the CLI prints are on the card
      // (for a representative found in the directory, the card shows that contact, not the topic's general text).
      const card = reply.attachments[0].content;
      const cliText: string = cliAnswers[i].answer;
      expect(card.fallbackText).toBe(cardFallback(cliText));
      const contactLines = cliText.split('\n').filter((line) => line.startsWith('•'));
      expect(missingWords(contactLines.length ? contactLines.join('\n') : cliText, cardText(card))).toEqual([]);
      expect(reply.locale.startsWith(cliAnswers[i].lang)).toBe(true);
      expect(cliAnswers[i].query).toBe(question);
    }
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await postJson(`${url}/api/messages`, '{not json');
    expect(res.status).toBe(400);
  });
});
