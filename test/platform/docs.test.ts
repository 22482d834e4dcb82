/** The README and docs/ stand on their own: no path outside the repository, links that resolve, sources and commands covered. */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Paths that leave the repository: parent folders, home folders, absolute system paths. */
const OUTSIDE = /(?:^|[\s`'"(=])(?:\.\.\/(?!README\.md)|~\/|\$HOME\b|\/(?:work|usr|tmp|home|root|etc|opt|var|mnt|srv)\/)/m;

describe('README and docs/', () => {
  test('there are docs for the command line, the topics and the sources', () => {
    expect(DOCS).toEqual(expect.arrayContaining(['README.md', 'docs/cli.md', 'docs/topics.md', 'docs/sources.md']));
  });

  test.each(DOCS)('%s names no path outside the repository', (file) => {
    const hits = read(file).split('\n').filter((line) => OUTSIDE.test(line));
    expect(hits).toEqual([]);
  });

  test('the path check catches what it should', () => {
    for (const bad of ['see ../shared/cli-contract.md', 'at /usr/bin/chromium', 'in `~/.cache`', 'cd $HOME', '(/work/shared/seeds)']) expect(bad).toMatch(OUTSIDE);
    for (const ok of ['see docs/cli.md', 'https://aka.ms/x/y', '[README](../README.md)', 'dist/cli/sahayak.js']) expect(ok).not.toMatch(OUTSIDE);
  });

  test.each(DOCS)('every relative link in %s points at a file in the repository', (file) => {
    const links = [...read(file).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/i.test(l));
    const broken = links.filter((l) => !fs.existsSync(path.resolve(path.dirname(path.join(ROOT, file)), l)));
    expect(broken).toEqual([]);
  });

  test('docs/sources.md lists every document of content/sources.json with its issuer', () => {
    const text = read('docs/sources.md');
    const docs = JSON.parse(read('content/sources.json')).documents as { id: string; issuer: string }[];
    const missing = docs.filter((d) => !text.includes(`\`${d.id}\``) || (d.id !== 'sahayak' && !text.includes(d.issuer)));
    expect(missing).toEqual([]);
  });

  test('docs/cli.md documents each command of the contract, with its --json shape', () => {
    const text = read('docs/cli.md');
    for (const cmd of ['ask', 'contacts', 'check']) expect(text).toMatch(new RegExp(`^## \`${cmd}\``, 'm'));
    for (const key of ['"topic"', '"lang"', '"answer"', '"matches"', '"layout"', '"rows"', '"portalMessage"', '--at', '--out']) expect(text).toContain(key);
  });
});
