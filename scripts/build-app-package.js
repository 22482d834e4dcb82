#!/usr/bin/env node
/**
 * Builds the Teams app package (a flat zip: manifest.json, color.png, outline.png, hi.json) into
 * appPackage/build/appPackage.<env>.zip, as the Microsoft 365 Agents Toolkit's zipAppPackage does.
 * `${{NAME}}` placeholders come from the environment, then env/.env.<env>.user, then env/.env.<env>.
 * The manifest and its localization files are validated offline (bundled schemas) before zipping.
 *
 *   npm run package                       # env "dev" (or TEAMSFX_ENV)
 *   npm run package -- --env local        # env/.env.local
 *   BOT_ID=… BOT_DOMAIN=… npm run package
 *   npm run package -- --out /tmp/pkg       # another output folder
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const JSZip = require('jszip');
const { PNG } = require('pngjs');
const { validate } = require('./validate-manifest');

const ROOT = path.resolve(__dirname, '..');
const APP_DIR = path.join(ROOT, 'appPackage');
/** Placeholders that may be empty. */
const OPTIONAL = new Set(['APP_NAME_SUFFIX']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a dotenv-style file (KEY=VALUE, # comments, optional quotes); {} when absent. */
function readEnvFile(file) {
  if (!fs.existsSync(file)) return {};
  const out = {};
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/** The variables of an environment: env/.env.<env>, overridden by .env.<env>.user, overridden by `overrides`. */
function loadVariables(env, overrides = process.env) {
  const dir = path.join(ROOT, 'env');
  const vars = { ...readEnvFile(path.join(dir, `.env.${env}`)), ...readEnvFile(path.join(dir, `.env.${env}.user`)) };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined && v !== '') vars[k] = v;
  vars.TEAMSFX_ENV = vars.TEAMSFX_ENV || env;
  return vars;
}

/** Replaces every `${{NAME}}`; collects the names that have no value. */
function substitute(text, vars, missing) {
  return text.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_m, name) => {
    const value = vars[name];
    if ((value === undefined || value === '') && !OPTIONAL.has(name)) missing.add(name);
    return value ?? '';
  });
}

/** Width, height and whether an icon has any transparent pixel. */
function iconInfo(buf) {
  const png = PNG.sync.read(buf);
  let transparent = false;
  let nonWhite = false;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3] < 255) transparent = true;
    if (png.data[i + 3] > 0 && (png.data[i] < 250 || png.data[i + 1] < 250 || png.data[i + 2] < 250)) nonWhite = true;
  }
  return { width: png.width, height: png.height, transparent, onlyWhite: !nonWhite };
}

/**
 * Builds the package. Returns { zipPath, manifest, files }; throws with every problem found
 * (missing variables, invalid ids, schema errors, wrong icon sizes).
 */
async function buildAppPackage(options = {}) {
  const env = options.env || process.env.TEAMSFX_ENV || 'dev';
  const outDir = options.outDir || path.join(APP_DIR, 'build');
  const vars = options.vars || loadVariables(env);
  const missing = new Set();
  const manifestText = substitute(fs.readFileSync(path.join(APP_DIR, 'manifest.json'), 'utf8'), vars, missing);
  const manifest = JSON.parse(manifestText);
  const locFiles = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
  const localizations = {};
  for (const f of locFiles) localizations[f] = JSON.parse(substitute(fs.readFileSync(path.join(APP_DIR, f), 'utf8'), vars, missing));
  const problems = [];
  if (missing.size) problems.push(`missing values for ${[...missing].join(', ')} (set them in env/.env.${env} or the environment)`);
  if (!missing.has('TEAMS_APP_ID') && !GUID.test(manifest.id)) problems.push('TEAMS_APP_ID must be a GUID');
  if (!missing.has('BOT_ID') && !GUID.test(vars.BOT_ID)) problems.push('BOT_ID must be the bot\'s Microsoft Entra app (client) id, a GUID');
  if (vars.BOT_DOMAIN && !/^[a-z0-9.-]+(:\d+)?$/i.test(vars.BOT_DOMAIN)) problems.push('BOT_DOMAIN must be a host name only (no https://, no path)');
  const icons = { 'color.png': 192, 'outline.png': 32 };
  const iconData = {};
  for (const [name, size] of Object.entries(icons)) {
    iconData[name] = fs.readFileSync(path.join(APP_DIR, name));
    const info = iconInfo(iconData[name]);
    if (info.width !== size || info.height !== size) problems.push(`${name} must be ${size}×${size} (is ${info.width}×${info.height})`);
    if (name === 'outline.png' && (!info.transparent || !info.onlyWhite)) problems.push('outline.png must be white on a transparent background');
  }
  if (!missing.size) problems.push(...(await validate(manifest, localizations)));
  if (problems.length) throw new Error(`App package not built:\n- ${problems.join('\n- ')}`);
  const zip = new JSZip();
  const fixedDate = new Date('2025-01-01T00:00:00Z');
  zip.file('manifest.json', JSON.stringify(manifest, null, 2), { date: fixedDate });
  for (const [name, data] of Object.entries(iconData)) zip.file(name, data, { date: fixedDate });
  for (const [name, json] of Object.entries(localizations)) zip.file(name, JSON.stringify(json, null, 2), { date: fixedDate });
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${env}.zip`);
  fs.writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  fs.writeFileSync(path.join(outDir, `manifest.${env}.json`), JSON.stringify(manifest, null, 2));
  return { zipPath, manifest, files: Object.keys(zip.files) };
}

module.exports = { buildAppPackage, loadVariables, readEnvFile, iconInfo };

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
  buildAppPackage({ env: opt('--env'), outDir: opt('--out') && path.resolve(opt('--out')) }).then(
    (r) => console.log(`Built ${path.relative(ROOT, r.zipPath) || r.zipPath} (${r.files.join(', ')}). Upload it in Teams: Apps → Manage your apps → Upload an app.`),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
