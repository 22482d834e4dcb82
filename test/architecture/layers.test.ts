/**
 * Which folders may import which frameworks: the Bot Framework SDK stays in `src/bot` and
 * `src/server` (a move to its successor touches those folders only), and `src/domain` returns data,
 * importing no bot framework, no HTTP server and no i18n.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every module a file names: static imports and re-exports, `require(...)`, `import(...)` and `typeof import(...)`. */
export function importedModules(code: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"\n]+)['"]/g, /\bimport\s+['"]([^'"\n]+)['"]/g, /\b(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

const FILES = sourceFiles(SRC).map((file) => ({ rel: path.relative(SRC, file).split(path.sep).join('/'), modules: importedModules(fs.readFileSync(file, 'utf8')) }));
const BOT_FRAMEWORK = /^(?:botbuilder|botframework)(?:-[\w-]+)?(?:\/|$)/;

describe('import boundaries', () => {
  test('the scanner sees imports in every form', () => {
    const code = "import a from 'botbuilder';\nimport type { B } from \"botbuilder-azure-blobs\";\nexport { c } from 'restify';\nconst d = require('botframework-connector');\ntype E = typeof import('i18next');\nimport 'side-effect';";
    expect(importedModules(code).sort()).toEqual(['botbuilder', 'botbuilder-azure-blobs', 'botframework-connector', 'i18next', 'restify', 'side-effect'].sort());
    expect(FILES.length).toBeGreaterThan(100);
    expect(FILES.some((f) => f.rel.startsWith('bot/') && f.modules.includes('botbuilder'))).toBe(true);
  });

  test('Bot Framework packages are imported only in src/bot and src/server', () => {
    const outside = FILES.filter((f) => !/^(?:bot|server)\//.test(f.rel)).flatMap((f) => f.modules.filter((m) => BOT_FRAMEWORK.test(m)).map((m) => `${f.rel}: ${m}`));
    expect(outside).toEqual([]);
  });

  test('src/domain imports no bot framework, HTTP server or i18n', () => {
    const banned = /^(?:(?:botbuilder|botframework)(?:-[\w-]+)?|restify|i18next)(?:\/|$)/;
    const hits = FILES.filter((f) => f.rel.startsWith('domain/')).flatMap((f) => f.modules.filter((m) => banned.test(m)).map((m) => `${f.rel}: ${m}`));
    expect(hits).toEqual([]);
  });
});
