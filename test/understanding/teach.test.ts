/**
 * `sahayak teach`: a reviewed question becomes an example only if no evaluation figure drops.
 * Every run works on a copy of content/ in a temporary folder (the checkout's data is never written).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config';
import { main } from '../../src/cli/sahayak';
import { teachExample } from '../../src/eval/teach-check';
import { EVAL_SETS } from '../../src/eval/eval-sets';
import { loadUnderstanding } from '../../src/domain/understanding/load';
import { JsonlInsightsStore } from '../../src/insights';

const CONTENT = path.resolve(__dirname, '../../content');
let dir: string;
let contentDir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teach-test-'));
  contentDir = path.join(dir, 'content');
  fs.cpSync(CONTENT, contentDir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const config = () => ({ ...loadConfig({}), contentDir, insightsFile: path.join(dir, 'insights.jsonl') });
const examplesOf = () => JSON.parse(fs.readFileSync(path.join(contentDir, 'understanding', 'examples.json'), 'utf8')) as Record<string, string[]>;

/** Runs the CLI with the temporary content, returning exit status and output. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, { SAHAYAK_CONTENT_DIR: contentDir, SAHAYAK_INSIGHTS_FILE: path.join(dir, 'insights.jsonl') });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  try {
    const code = await main(['teach', ...args], { stdin: new PassThrough(), stdout, stderr });
    return { code, out, err };
  } finally {
    process.env = saved;
  }
}

describe('teach', () => {
  it('reads the question of a worklist entry through the insights module (dry run: nothing written)', async () => {
    const store = new JsonlInsightsStore(path.join(dir, 'insights.jsonl'));
    await store.append({ type: 'unanswered', at: '2026-11-23T06:00:00Z', lang: 'en', kind: 'decline', question: 'cannot find the sign up button on the new site' });
    await store.flush();
    const before = fs.readFileSync(path.join(contentDir, 'understanding', 'examples.json'), 'utf8');
    const { out } = await cli(['--entry', '1', '--topic', 'self-registration', '--dry-run']);
    expect(out).toContain('"cannot find the sign up button on the new site" → self-registration');
    expect(out).toMatch(/Evaluation/);
    expect(fs.readFileSync(path.join(contentDir, 'understanding', 'examples.json'), 'utf8')).toBe(before);
  }, 240_000);

  /** Small evaluation sets (every set the eval knows, two lines each) so the outcome is certain. */
  function smallFixtures(lines: Record<string, object[]>): string {
    const fixtures = path.join(dir, 'fixtures');
    fs.mkdirSync(fixtures);
    const names = EVAL_SETS.map((set) => path.basename(set.file, '.jsonl'));
    const plain = [{ q: 'what is the weather in delhi', topic: null, form: 'en', lang: 'en' }, { q: 'otp nahi aa raha', topic: 'otp-problem', form: 'hinglish', lang: 'en' }];
    for (const name of names) fs.writeFileSync(path.join(fixtures, `${name}.jsonl`), (lines[name] ?? plain).map((l) => JSON.stringify(l)).join('\n'));
    fs.writeFileSync(path.join(fixtures, 'faq-labels.jsonl'), JSON.stringify({ i: 0, q: 'What are Karma Points?', topic: null }));
    return fixtures;
  }

  it('adds the example and the retrained model when no figure drops', () => {
    const outcome = teachExample(config(), 'cannot find the sign up button on the new site', 'self-registration', { fixtures: smallFixtures({}) });
    expect(outcome.dropped).toEqual([]);
    expect(outcome.added).toBe(true);
    expect(examplesOf()['self-registration']).toContain('cannot find the sign up button on the new site');
    expect(loadUnderstanding(contentDir).modelWasFresh).toBe(true);
  }, 240_000);

  it('refuses, and writes nothing, when a figure would drop', () => {
    const before = fs.readFileSync(path.join(contentDir, 'understanding', 'examples.json'), 'utf8');
    const model = fs.readFileSync(path.join(contentDir, 'understanding', 'model.json'), 'utf8');
    // A borderline evaluated question, and an example with the same words under another topic.
    const login = { q: 'igot mdo admin login', topic: 'login', form: 'en', lang: 'en' };
    const outcome = teachExample(config(), 'mdo admin login on igot', 'mdo-admin-role', { fixtures: smallFixtures({ 'dev-set': [login] }) });
    expect(outcome.added).toBe(false);
    expect(outcome.dropped.map((d) => d.key)).toContain('dev right topic en');
    expect(fs.readFileSync(path.join(contentDir, 'understanding', 'examples.json'), 'utf8')).toBe(before);
    expect(fs.readFileSync(path.join(contentDir, 'understanding', 'model.json'), 'utf8')).toBe(model);
  }, 240_000);

  it.each([
    ['', 'login', 'empty'],
    ['my number is 9876543210 and otp is not coming', 'otp-problem', 'personal-data'],
    ['hello there', 'greeting', 'rule-topic'],
    ['how do I log in', 'no-such-topic', 'unknown-topic'],
    ['how do I log in', 'login', 'already-an-example'],
    ['sign up page keeps saying Only government email ids are allowed but I only have a yahoo id', 'no-government-email', 'in-an-evaluation-set'],
  ])('refuses without evaluating: %j as %s (%s)', (question, topic, problem) => {
    const outcome = teachExample(config(), question, topic);
    expect(outcome.problem).toBe(problem);
    expect(outcome.added).toBe(false);
  });

  it('a decline can be taught with null, and usage errors exit 2', async () => {
    expect((await cli(['--topic', 'login'])).code).toBe(2);
    expect((await cli(['--question', 'x', '--entry', '1', '--topic', 'login'])).code).toBe(2);
    expect((await cli(['--entry', '9', '--topic', 'login'])).code).toBe(2);
    const refused = await cli(['--question', 'how do I log in', '--topic', 'null']);
    expect(refused.code).toBe(1);
  });
});
