/** Node 24 LTS is the target and Node 20 still works: what the repository states about it agrees. */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { SERVER_NODE_FLAGS } from '../../src/server/runtime-flags';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));

describe('supported Node releases', () => {
  const range: string = pkg.engines.node;

  test('engines admits the LTS lines 20, 22 and 24 (and the Node running this test), nothing past 24', () => {
    for (const v of ['20.19.0', '20.20.2', '22.12.0', '24.0.0', '24.22.3']) expect(semver.satisfies(v, range)).toBe(true);
    for (const v of ['18.20.0', '20.18.0', '21.7.0', '23.0.0', '25.0.0', '26.0.0']) expect(semver.satisfies(v, range)).toBe(false);
    expect(semver.satisfies(process.version, range)).toBe(true);
  });

  test('Azure App Service runs Node 24 LTS with the flags npm start uses', () => {
    const bicep = read('infra/azure.bicep');
    expect(bicep).toContain("linuxFxVersion: 'NODE|24-lts'");
    expect(bicep).toContain(`appCommandLine: 'node ${SERVER_NODE_FLAGS.join(' ')} dist/index.js'`);
  });

  test('CI runs the README test command on the machine\'s Node and again on Node 24', () => {
    const ci = read('.ci/run');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci.match(/^\s*(?:PATH="\$node24_bin:\$PATH" )?npm test$/gm)).toHaveLength(2);
    expect(ci).toContain('$pkg@24');
  });

  test('no install script is left to npm\'s judgement (allowScripts covers every one; dtrace-provider is refused)', () => {
    expect(pkg.allowScripts).toEqual({ 'dtrace-provider': false });
  });

  test('spdy, which cannot load on Node 22+, is replaced by the local stand-in that restify 11 loads', () => {
    expect(pkg.overrides).toEqual({ spdy: '$spdy' });
    expect(pkg.dependencies.spdy).toBe('file:./compat/spdy');
    const restifyServer = require.resolve('restify/lib/server.js', { paths: [ROOT] });
    expect(require.resolve('spdy', { paths: [path.dirname(restifyServer)] })).toBe(path.join(ROOT, 'compat', 'spdy', 'index.js'));
    expect(() => require(path.join(ROOT, 'compat', 'spdy')).createServer({})).toThrow(/SPDY is not available/);
  });
});
