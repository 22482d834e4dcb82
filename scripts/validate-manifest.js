#!/usr/bin/env node
/**
 * Offline validation of a Teams manifest and its localization files with `@microsoft/app-manifest`
 * (bundled schemas, no network). Used by build-app-package.js and the package tests.
 *
 *   node scripts/validate-manifest.js appPackage/build/manifest.dev.json appPackage/hi.json
 *   → prints {"<file>": [problems…]} and exits 1 when any file has a problem.
 */
'use strict';
const fs = require('node:fs');

/** Escapes a `]` that closes no character class (valid in JavaScript regexes, not with the `u` flag ajv uses). */
function unicodeSafePattern(pattern) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i += 1;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
    } else if (c === ']') {
      out += inClass ? c : '\\]';
      inClass = false;
    } else out += c;
  }
  return out;
}

/**
 * The bundled schema of a `$schema` URL. The localization schemas carry a pattern
 * (`activities.activityTypes[\b…\b]`) that ajv cannot compile in unicode mode: it is escaped here.
 */
async function schemaFor(url) {
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  const schema = await AppManifestUtils.fetchSchema(url);
  if (schema.patternProperties) {
    const fixed = {};
    for (const [k, v] of Object.entries(schema.patternProperties)) fixed[unicodeSafePattern(k)] = v;
    schema.patternProperties = fixed;
  }
  return schema;
}

/** Offline schema problems of the manifest and each localization file (empty when valid). */
async function validate(manifest, localizations) {
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  const problems = manifest ? (await AppManifestUtils.validateAgainstSchema(manifest)).map((p) => `manifest.json: ${p}`) : [];
  for (const [file, json] of Object.entries(localizations)) {
    if (!json.$schema) {
      problems.push(`${file}: has no $schema`);
      continue;
    }
    for (const p of await AppManifestUtils.validateAgainstSchema(json, await schemaFor(json.$schema))) problems.push(`${file}: ${p}`);
  }
  return problems;
}

module.exports = { validate, schemaFor, unicodeSafePattern };

if (require.main === module) {
  (async () => {
    const report = {};
    for (const file of process.argv.slice(2)) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      const isManifest = 'manifestVersion' in json;
      const problems = isManifest ? await validate(json, {}) : await validate(null, { [file]: json });
      report[file] = problems.map((p) => p.replace(/^[^:]+: /, ''));
    }
    console.log(JSON.stringify(report));
    process.exit(Object.values(report).some((p) => p.length) ? 1 : 0);
  })().catch((e) => {
    console.error(e.message);
    process.exit(2);
  });
}
