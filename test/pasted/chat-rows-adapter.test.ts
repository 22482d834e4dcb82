import { checkPastedText } from '../../src/domain/bulk-upload';
import { errorText, fieldLabel, type Translate } from '../../src/present/row-check-messages';
import { createHarness, textOf } from '../bot/bot-harness';
import { FAULTY_ROWS } from './faulty-rows';

/** The same faulty rows through botbuilder's TestAdapter: checked, and nothing of them kept in the worklist. */
describe('faulty rows pasted without a header, through the TestAdapter', () => {
  const { core } = createHarness();
  /** The reply speaks Hindi when the pasted text holds Devanagari (the reply-language rule). */
  const tFor = (text: string) => core.i18n.getFixedT(/\p{Script=Devanagari}/u.test(text) ? 'hi' : 'en') as unknown as Translate;

  it.each(FAULTY_ROWS.map((c) => [c.kind, c] as const))('%s → checked, not declined, not kept', async (_kind, c) => {
    const { adapter, insights } = createHarness();
    const text = c.rows.map((r) => r.join('\t')).join('\n');
    const domain = checkPastedText(text, { now: core.clock() });
    const t = tFor(text);
    await adapter.send(text).assertReply((a) => {
      const shown = textOf(a);
      for (const row of domain.rows) for (const e of row.errors) expect(shown).toContain(`${fieldLabel(e.field, t)}: ${errorText(e, t)}`);
    });
    const events = await insights.read();
    expect(events.map((e) => e.type)).toEqual(['asked']);
    expect(events[0]).toMatchObject({ type: 'asked', topic: 'row-check' });
    expect(JSON.stringify(events)).not.toContain(c.rows[0][0] || c.rows[0][1]);
  });
});
