/** The `sahayak` command line: help on stdout (exit 0), and clear bilingual one-line reasons (exit 2) for bad input. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/sahayak';
import { COMMANDS } from '../../src/cli/commands';

async function run(argv: string[], input = ''): Promise<{ code: number; out: string; err: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  stdin.end(input);
  const code = await main(argv, { stdin, stdout, stderr });
  return { code, out, err };
}

const DEVANAGARI = /\p{Script=Devanagari}/u;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('help', () => {
  it.each([['--help'], ['-h'], ['help']])('sahayak %s lists every command on stdout and exits 0', async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const name of Object.keys(COMMANDS)) expect(r.out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it.each(Object.keys(COMMANDS))('sahayak %s --help prints its usage and options and exits 0 (nothing is run)', async (name) => {
    const r = await run([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(`usage: sahayak ${COMMANDS[name].usage}`);
    expect(r.out).toContain('--lang hi|en');
    expect(r.out).not.toMatch(/cli:/);
  });

  it('in Hindi with --lang hi', async () => {
    const r = await run(['check', '--help', '--lang', 'hi']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^उपयोग: sahayak check/);
    expect(r.out).toMatch(DEVANAGARI);
  });

  it('ask --help names --at', async () => {
    expect((await run(['ask', '-h'])).out).toContain('--at TIME');
  });

  it('no command, or an unknown one: the usage on stderr, exit 2', async () => {
    expect(await run([])).toMatchObject({ code: 2, out: '' });
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "frobnicate" / अज्ञात कमांड "frobnicate"');
  });
});

describe('bad input gets one clear line on stderr, in both languages unless --lang chose one', () => {
  const oneLine = (err: string) => {
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    return err;
  };

  it('a missing file says it was not found (not "save it again as .xlsx")', async () => {
    const file = path.join(tmp, 'no-such-sheet.xlsx');
    const r = await run(['check', file]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(`sahayak check: ${file}: file not found / फ़ाइल नहीं मिली\n`);
    expect(r.err).not.toMatch(/save it again/i);
    expect((await run(['check', file, '--lang', 'hi'])).err).toBe(`sahayak check: ${file}: फ़ाइल नहीं मिली\n`);
  });

  it('a folder is not a file', async () => {
    expect(oneLine((await run(['check', tmp])).err)).toContain('this is a folder, not a file');
  });

  it('a .txt gets the same "only .xlsx and .csv" message as the bot', async () => {
    const file = path.join(tmp, 'rows.txt');
    fs.writeFileSync(file, 'Full Name\tEmail\n');
    const r = await run(['check', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(`sahayak check: ${file}: Only .xlsx and .csv files can be checked (not .xls, .ods or .pdf).\n`);
  });

  it('an empty .csv says it has no rows', async () => {
    const file = path.join(tmp, 'empty.csv');
    fs.writeFileSync(file, '');
    expect(oneLine((await run(['check', file])).err)).toContain('The file has no rows. / फ़ाइल में कोई पंक्ति नहीं है।');
  });

  it.each<[string[], string, string]>([
    [['check'], '', 'paste rows on standard input'],
    [['check'], '  \n\n\t\n', 'paste rows on standard input'],
    [['ask'], '', 'type a question after the command'],
    [['ask', '--json'], '\n   \n', 'type a question after the command'],
    [['ask', '  '], '', 'type a question after the command'],
    [['contacts', '--json'], '\n', 'type a question after the command'],
  ])('empty input to %j says nothing was given', async (argv, input, hint) => {
    const r = await run(argv, input);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(oneLine(r.err)).toContain(`nothing was given: `);
    expect(r.err).toContain(hint);
    expect(r.err).toMatch(DEVANAGARI);
  });

  it('blank lines among real questions still get one JSON object each, in order', async () => {
    const r = await run(['ask', '--json'], '\nOTP nahi aa raha\n\n');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).query)).toEqual(['', 'OTP nahi aa raha', '']);
  });

  it.each<[string[], string]>([
    [['ask', '--nope'], 'unknown option --nope / अज्ञात विकल्प --nope'],
    [['ask', '--lang', 'fr', 'x'], '--lang must be hi or en / --lang में hi या en दें'],
    [['ask', '--at'], '--at needs a value'],
    [['ask', '--at', 'soon', 'x'], '--at must be an ISO 8601 date or time'],
    [['check', 'a.csv', 'b.csv'], 'check takes at most one file'],
  ])('%j: %s', async (argv, reason) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toContain(reason);
  });
});
