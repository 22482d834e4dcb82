/**
 * The Microsoft 365 Agents Toolkit project files (m365agents.yml, m365agents.local.yml,
 * m365agents.playground.yml) against the toolkit's own schema for their version, offline.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import YAML from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const VERSION = 'v1.13';
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'agents-toolkit', `yaml.schema.${VERSION}.json`), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const FILES = ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml'];
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('Agents Toolkit project files', () => {
  test.each(FILES)('%s declares the current schema version and its schema URL', (file) => {
    const text = read(file);
    expect(YAML.parse(text).version).toBe(VERSION);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=https://aka.ms/m365-agents-toolkits/${VERSION}/yaml.schema.json`);
  });

  test.each(FILES)('%s is valid against the toolkit schema', (file) => {
    const ok = validate(YAML.parse(read(file)));
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  test('the schema check rejects an unknown action and a missing required field', () => {
    expect(validate({ version: VERSION, deploy: [{ uses: 'cli/runNpmCommand', with: {} }] })).toBe(false);
    expect(validate({ version: VERSION, deploy: [{ uses: 'devTool/install', with: { testTool: { version: '~0.2.28' } } }] })).toBe(false);
    expect(validate({ version: 'v1.8' })).toBe(false);
  });

  test('the playground environment installs the same playground release the dev dependencies pin', () => {
    const pinned = JSON.parse(read('package.json')).devDependencies['@microsoft/m365agentsplayground'] as string;
    const install = (YAML.parse(read('m365agents.playground.yml')).deploy as { uses: string; with: { testTool?: { version: string } } }[])
      .find((a) => a.uses === 'devTool/install')!.with.testTool!.version;
    expect(install.replace(/^[~^]/, '')).toBe(pinned.replace(/^[~^]/, ''));
    expect(fs.readFileSync(path.join(ROOT, 'env', '.env.playground'), 'utf8')).toMatch(/^TEAMSAPPTESTER_PORT=56150$/m);
  });
});
