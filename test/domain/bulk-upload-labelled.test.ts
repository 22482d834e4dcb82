import fs from 'node:fs';
import path from 'node:path';
import { LAYOUT_COLUMNS, checkPastedText, type Layout } from '../../src/domain/bulk-upload';

interface Case { layout: Layout; row: string[]; flagged: string[]; note: string }

const cases: Case[] = fs.readFileSync(path.join(__dirname, '../fixtures/row-check-cases.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l));
const NOW = new Date(2026, 0, 15);

function flaggedFields(c: Case): string[] {
  const text = `${LAYOUT_COLUMNS[c.layout].join('\t')}\n${c.row.join('\t')}\n`;
  const result = checkPastedText(text, { now: NOW });
  expect(result.rows).toHaveLength(1);
  return [...new Set(result.rows[0].errors.map((e) => e.field))].sort();
}

describe('labelled rows (test/fixtures/row-check-cases.jsonl)', () => {
  it('has at least 35 realistic cases', () => expect(cases.length).toBeGreaterThanOrEqual(35));

  it.each(cases.map((c) => [c.note, c] as const))('%s', (_note, c) => {
    expect(flaggedFields(c)).toEqual(c.flagged);
  });

  it('scores at least 34 of 35 (all, in fact)', () => {
    const score = cases.filter((c) => JSON.stringify(flaggedFields(c)) === JSON.stringify(c.flagged)).length;
    expect(score).toBe(cases.length);
  });
});
