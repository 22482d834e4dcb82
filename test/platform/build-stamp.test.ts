/** scripts/build.js decides "build needed" by content: an edit anywhere in the inputs counts, a touch does not. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fingerprint } = require('../../scripts/build.js') as { fingerprint: (root?: string) => string };

describe('the build fingerprint', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-build-'));
    fs.mkdirSync(path.join(root, 'src', 'tab'), { recursive: true });
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{}');
    fs.writeFileSync(path.join(root, 'src', 'tab', 'tsconfig.json'), '{}');
    fs.writeFileSync(path.join(root, 'src', 'index.ts'), 'export const a = 1;\n');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('is stable, and ignores modification times', () => {
    const before = fingerprint(root);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'src', 'index.ts'), later, later);
    expect(fingerprint(root)).toBe(before);
  });

  test.each([
    ['a source edit', (r: string) => fs.writeFileSync(path.join(r, 'src', 'index.ts'), 'export const a = 2;\n')],
    ['a new source file', (r: string) => fs.writeFileSync(path.join(r, 'src', 'extra.ts'), '')],
    ['a deleted source file', (r: string) => fs.rmSync(path.join(r, 'src', 'index.ts'))],
    ['a renamed source file', (r: string) => fs.renameSync(path.join(r, 'src', 'index.ts'), path.join(r, 'src', 'main.ts'))],
    ['a tsconfig edit', (r: string) => fs.writeFileSync(path.join(r, 'src', 'tab', 'tsconfig.json'), '{"compilerOptions":{}}')],
    ['another TypeScript', (r: string) => {
      fs.mkdirSync(path.join(r, 'node_modules', 'typescript'), { recursive: true });
      fs.writeFileSync(path.join(r, 'node_modules', 'typescript', 'package.json'), '{"version":"6.0.0"}');
    }],
  ])('changes with %s', (_what, change) => {
    const before = fingerprint(root);
    change(root);
    expect(fingerprint(root)).not.toBe(before);
  });
});
