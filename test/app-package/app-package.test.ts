/** The Teams app package: manifest and Hindi file valid offline against Microsoft's schemas, icons, flat zip. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

// @microsoft/app-manifest loads an ES module (strip-bom) that jest's runtime cannot require, while
// Node 20 can: the schema validation and the package build run in a child `node` process.
const ROOT = path.resolve(__dirname, '..', '..');
const APP = path.join(ROOT, 'appPackage');

/** Validates JSON objects offline (scripts/validate-manifest.js): the problems of each. */
function validate(...docs: object[]): string[][] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-validate-'));
  const files = docs.map((d, i) => {
    const f = path.join(dir, `doc${i}.json`);
    fs.writeFileSync(f, JSON.stringify(d));
    return f;
  });
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate-manifest.js'), ...files], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  if (run.status === 2 || !run.stdout) throw new Error(run.stderr);
  const report = JSON.parse(run.stdout) as Record<string, string[]>;
  return files.map((f) => report[f]);
}

/** Runs `npm run package` (the script) with the given variables; stdout, stderr and exit code. */
function buildPackage(env: string, outDir: string, vars: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN', 'TEAMSFX_ENV'].includes(k)));
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-app-package.js'), '--env', env, '--out', outDir], {
    encoding: 'utf8', env: { ...clean, ...vars },
  });
}

/** Size, transparency and colour of a PNG. */
function iconInfo(buf: Buffer): { width: number; height: number; transparent: boolean; onlyWhite: boolean } {
  const png = PNG.sync.read(buf);
  let transparent = false;
  let onlyWhite = true;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3] < 255) transparent = true;
    if (png.data[i + 3] > 0 && Math.min(png.data[i], png.data[i + 1], png.data[i + 2]) < 250) onlyWhite = false;
  }
  return { width: png.width, height: png.height, transparent, onlyWhite };
}

const template = JSON.parse(fs.readFileSync(path.join(APP, 'manifest.json'), 'utf8'));
const hindi = JSON.parse(fs.readFileSync(path.join(APP, 'hi.json'), 'utf8'));
const VARS = {
  TEAMS_APP_ID: '3f6c2a57-8d3e-4b61-9a0c-5a1f0e2d7b44',
  BOT_ID: '11111111-2222-4333-8444-555555555555',
  BOT_DOMAIN: 'sahayak.example.org',
  APP_NAME_SUFFIX: '',
};
let outDir: string;
let built: { zipPath: string; manifest: any };

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-pkg-'));
  const run = buildPackage('test', outDir, VARS);
  if (run.status !== 0) throw new Error(run.stderr);
  built = { zipPath: path.join(outDir, 'appPackage.test.zip'), manifest: JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.test.json'), 'utf8')) };
});

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

test('the manifest template uses a GA manifest version ≥ 1.22, its matching schema, and toolkit placeholders', () => {
  const [major, minor] = String(template.manifestVersion).split('.').map(Number);
  expect(major === 1 && minor >= 22).toBe(true);
  expect(template.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${template.manifestVersion}/MicrosoftTeams.schema.json`);
  expect(template.id).toBe('${{TEAMS_APP_ID}}');
  expect(template.bots[0].botId).toBe('${{BOT_ID}}');
  expect(template.composeExtensions[0].botId).toBe('${{BOT_ID}}');
  expect(template.validDomains).toEqual(['${{BOT_DOMAIN}}']);
  expect(template.localizationInfo).toEqual({ defaultLanguageTag: 'en', additionalLanguages: [{ languageTag: 'hi-in', file: 'hi.json' }] });
  expect(template).not.toHaveProperty('validLanguages');
});

test('the built manifest is valid against the bundled Teams schema', () => {
  expect(JSON.stringify(built.manifest)).not.toContain('${{');
  expect(validate(built.manifest)).toEqual([[]]);
});

test('the bot: personal, team and group chat, files, and the ask/contacts/check/help commands', () => {
  const bot = built.manifest.bots[0];
  expect(bot.botId).toBe(VARS.BOT_ID);
  expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
  expect(bot.supportsFiles).toBe(true);
  expect(bot.commandLists[0].commands.map((c: any) => c.title)).toEqual(['ask', 'contacts', 'check', 'help']);
});

test('the messaging extension: searchContact and searchAnswers query commands with a query parameter', () => {
  const [ext] = built.manifest.composeExtensions;
  const byId = Object.fromEntries(ext.commands.map((c: any) => [c.id, c]));
  for (const id of ['searchContact', 'searchAnswers']) {
    expect(byId[id]).toMatchObject({ type: 'query', context: ['compose', 'commandBox'] });
    expect(byId[id].parameters.map((p: any) => p.name)).toEqual(['query']);
  }
});

test('the static tab opens /tab on the bot domain, next to the bot chat', () => {
  const tabs = built.manifest.staticTabs;
  expect(tabs.map((t: any) => t.entityId)).toEqual(['conversations', 'sahayak-tab', 'about']);
  expect(tabs[1]).toMatchObject({ contentUrl: 'https://sahayak.example.org/tab', scopes: ['personal'] });
});

test('hi.json is valid against the localization schema and translates what the manifest has', () => {
  expect(hindi.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${template.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
  expect(validate(hindi)).toEqual([[]]);
  for (const key of ['name.short', 'description.short', 'description.full']) expect(hindi[key]).toMatch(/\p{Script=Devanagari}/u);
  for (const key of Object.keys(hindi).filter((k) => k.includes('['))) {
    const value = key.split(/\.(?![^[]*\])/).reduce((node: any, part) => {
      const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part);
      if (!m || node === undefined) return undefined;
      return m[2] === undefined ? node[m[1]] : node[m[1]]?.[Number(m[2])];
    }, template);
    expect([key, typeof value]).toEqual([key, 'string']);
  }
  const commands = template.bots[0].commandLists[0].commands.length;
  for (let i = 0; i < commands; i += 1) expect(hindi[`bots[0].commandLists[0].commands[${i}].description`]).toMatch(/\p{Script=Devanagari}/u);
});

test('the schema checks are real: unknown keys, over-long names and a missing bot id fail', () => {
  const { botId: _dropped, ...botWithoutId } = built.manifest.bots[0];
  const results = validate(
    { ...hindi, 'name.unknown': 'x' },
    { ...hindi, 'name.short': 'क'.repeat(31) },
    { ...hindi, 'bots[0].commandLists[0].commands[0].titel': 'x' },
    { ...built.manifest, bots: [botWithoutId] },
  );
  for (const problems of results) expect(problems.length).toBeGreaterThan(0);
});

test('icons: color.png 192×192, outline.png 32×32 white on transparent', () => {
  const color = iconInfo(fs.readFileSync(path.join(APP, 'color.png')));
  expect([color.width, color.height]).toEqual([192, 192]);
  expect(color.onlyWhite).toBe(false);
  const outline = iconInfo(fs.readFileSync(path.join(APP, 'outline.png')));
  expect(outline).toEqual({ width: 32, height: 32, transparent: true, onlyWhite: true });
});

test('the zip is flat: manifest.json, color.png, outline.png and hi.json at the root, nothing else', async () => {
  expect(path.basename(built.zipPath)).toBe('appPackage.test.zip');
  const zip = await JSZip.loadAsync(fs.readFileSync(built.zipPath));
  expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'hi.json', 'manifest.json', 'outline.png']);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
  expect(manifest.id).toBe(VARS.TEAMS_APP_ID);
  expect(validate(manifest, JSON.parse(await zip.file('hi.json')!.async('string')))).toEqual([[], []]);
});

test('missing or malformed ids stop the build with every problem named', () => {
  const missing = buildPackage('test', outDir, { BOT_DOMAIN: 'x.example.org' });
  expect(missing.status).toBe(1);
  expect(missing.stderr).toMatch(/missing values for .*TEAMS_APP_ID/);
  expect(missing.stderr).toMatch(/missing values for .*BOT_ID/);
  const bad = buildPackage('test', outDir, { ...VARS, BOT_ID: 'not-a-guid', BOT_DOMAIN: 'https://x.org/' });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toMatch(/BOT_ID must be[\s\S]*BOT_DOMAIN must be a host name/);
});

test('env/ holds the toolkit environments without secrets', () => {
  for (const env of ['dev', 'local']) {
    const text = fs.readFileSync(path.join(ROOT, 'env', `.env.${env}`), 'utf8');
    expect(text).toMatch(new RegExp(`^TEAMSFX_ENV=${env}$`, 'm'));
    for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN']) expect(text).toMatch(new RegExp(`^${name}=`, 'm'));
    expect(text).not.toMatch(/^SECRET_|PASSWORD=\S|CLIENT_SECRET=\S/m);
  }
  for (const file of ['m365agents.yml', 'm365agents.local.yml']) {
    const yml = fs.readFileSync(path.join(ROOT, file), 'utf8');
    expect(yml).toContain('./appPackage/manifest.json');
    expect(yml).toContain('teamsApp/zipAppPackage');
  }
});
