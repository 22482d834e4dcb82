import path from 'node:path';
import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config';
import { runContacts } from '../../src/cli/commands/contacts';

const config = { ...loadConfig({}), contentDir: path.resolve(__dirname, '../../content'), localesDir: path.resolve(__dirname, '../../locales') };

async function run(args: string[], input = ''): Promise<{ code: number; out: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  stdin.end(input);
  const code = await runContacts(args, { stdin, stdout, stderr: new PassThrough() }, config);
  return { code, out };
}

describe('sahayak contacts', () => {
  it('writes one contract object per input line with --json', async () => {
    const { code, out } = await run(['--json'], 'Ministry of Coal\nMinistry of Power\n');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ query: 'Ministry of Coal', matches: [{ organisation: 'M/o Coal', name: 'Priyamvada Pallavi', email: 'priyamvadapallavi.kb@karmayogi.in', mobile: '9315718261' }], suggestions: [] });
    expect(lines[1]).toMatchObject({ query: 'Ministry of Power', matches: [], suggestions: [] });
    // Fields added to the contract's shape: one group per person, notes by code.
    expect(lines[0].groups).toEqual([{ name: 'Priyamvada Pallavi', email: 'priyamvadapallavi.kb@karmayogi.in', mobile: '9315718261', organisations: ['M/o Coal'], otherSpellings: ['Primvada Pallavi'] }]);
    expect(lines[1]).toMatchObject({ groups: [], notes: [] });
  });

  it('prints readable text in the language of the query, with the conflict said plainly', async () => {
    const en = (await run(['BPR&D'])).out;
    expect(en).toContain('priyamvadapallavi.kb@karmayogi.in');
    expect(en).toContain('conflicting details');
    const hi = (await run(['विद्युत', 'मंत्रालय'])).out;
    expect(hi).toContain('प्रकाशित सूची');
    expect(hi).toContain('+91-9810347159');
    expect(hi).toContain('mission.karmayogi@gov.in');
  });

  it('rejects bad usage', async () => {
    await expect(run(['--nope'])).rejects.toMatchObject({ code: 'unknown-option', params: { option: '--nope' } });
  });
});
