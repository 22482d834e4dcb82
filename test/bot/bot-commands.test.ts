import { expandCommand } from '../../src/bot/bot-commands';
import { createTestCore } from '../helpers/core';

const { assistant } = createTestCore();

describe('bot commands from the manifest command list', () => {
  it.each([
    ['contacts railways', 'KB representative for railways', 'kb-representative'],
    ['contacts रेल मंत्रालय', 'KB representative for रेल मंत्रालय', 'kb-representative'],
    ['contacts', 'KB representative', 'kb-representative'],
    ['ask how do I register', 'how do I register', 'self-registration'],
    ['ask', 'help', 'help'],
    ['check', 'check my bulk-upload rows', 'row-check'],
    ['help', 'help', 'help'],
    ['asking for otp', 'asking for otp', 'otp-problem'],
  ])('%s → "%s" → %s', (typed, expanded, topic) => {
    expect(expandCommand(typed)).toBe(expanded);
    expect(assistant.ask(expandCommand(typed)).topic).toBe(topic);
  });

  it('passes pasted rows after "check" to the checker', () => {
    const rows = 'check\nFull Name\tEmail\tMobile Number\tGroup\nAsha Verma\tasha@gmail.com\t9876543210\tGroup C';
    expect(assistant.ask(expandCommand(rows)).topic).toBe('row-check');
  });
});
