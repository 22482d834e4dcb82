import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintContent } from '../../src/tools/lint-content';

const CONTENT = path.resolve(__dirname, '../../content');

function withContent(edit: (annexure: any, aliases: any) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-dir-'));
  fs.mkdirSync(path.join(dir, 'directory'));
  const annexure = JSON.parse(fs.readFileSync(path.join(CONTENT, 'directory/annexure.json'), 'utf8'));
  const aliases = JSON.parse(fs.readFileSync(path.join(CONTENT, 'directory/aliases.json'), 'utf8'));
  edit(annexure, aliases);
  fs.writeFileSync(path.join(dir, 'directory/annexure.json'), JSON.stringify(annexure));
  fs.writeFileSync(path.join(dir, 'directory/aliases.json'), JSON.stringify(aliases));
  return dir;
}

describe('npm run lint:content (directory)', () => {
  it('passes on the shipped content and reports each documented flaw on one line with its rows', () => {
    const out = lintContent(CONTENT);
    expect(out.exitCode).toBe(0);
    const flaws = out.lines.filter((l) => l.startsWith('FLAW (documented)'));
    expect(flaws).toHaveLength(4);
    expect(flaws.join('\n')).toContain('row 67 [BPR&D | Pawan Pathak | priyamvadapallavi.kb@karmayogi.in | 8595675447]');
    expect(flaws.join('\n')).toContain('Akshay Sharma / Akshya Sharma');
  });

  it.each<[string, (a: any, l: any) => void, string]>([
    ['a missing field', (a) => { a.rows[3].mobile = ''; }, 'missing-field'],
    ['a malformed email', (a) => { a.rows[5].email = 'nidhi.kb@'; }, 'bad-email'],
    ['a malformed mobile', (a) => { a.rows[5].mobile = '12345'; }, 'bad-mobile'],
    ['an alias naming no row', (_a, l) => { l.organisations[0].organisation = 'M/o Nowhere'; }, 'alias-no-row'],
    ['a department naming no row', (_a, l) => { l.ministries[0].departments.push('D/o Nothing'); }, 'alias-no-row'],
    ['one alias for two rows', (_a, l) => { l.organisations[1].abbreviations.push('MeitY'); }, 'duplicate-alias'],
    ['a new, undocumented flaw', (a) => { a.rows[20].name = 'Henry A. Raj'; }, 'undocumented-flaw'],
  ])('fails on %s', (_label, edit, code) => {
    const out = lintContent(withContent(edit));
    expect(out.exitCode).toBe(1);
    expect(out.problems.map((p) => p.code)).toContain(code);
  });

  it('fails, without throwing, when the content is unreadable', () => {
    expect(lintContent(path.join(os.tmpdir(), 'no-such-content-dir')).exitCode).toBe(1);
  });
});

describe('npm run lint:content (holiday lists)', () => {
  it('warns from 1 November (India time) when next year\'s list is missing, and does not fail', () => {
    const out = lintContent(CONTENT, new Date('2026-11-01T00:30:00+05:30'));
    expect(out.exitCode).toBe(0);
    expect(out.lines.filter((l) => l.startsWith('WARN no holiday list for 2027'))).toHaveLength(1);
  });

  it('is quiet about holidays before 1 November', () => {
    expect(lintContent(CONTENT, new Date('2026-10-31T23:00:00+05:30')).lines.join('\n')).not.toContain('holiday list');
  });

  it('warns when this year\'s list is missing (on 3 January 2027)', () => {
    expect(lintContent(CONTENT, new Date('2027-01-03T10:30:00+05:30')).lines).toContainEqual(expect.stringMatching(/^WARN no holiday list for 2027: /));
  });
});
