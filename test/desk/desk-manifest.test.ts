import fs from 'node:fs';
import path from 'node:path';

const APP = path.resolve(__dirname, '../../appPackage');
const manifest = JSON.parse(fs.readFileSync(path.join(APP, 'manifest.json'), 'utf8'));
const hindi = JSON.parse(fs.readFileSync(path.join(APP, 'hi.json'), 'utf8'));

test('the app declares the requests search and the consent the team-owner check needs', () => {
  const commands = manifest.composeExtensions[0].commands;
  const requests = commands.find((c: any) => c.id === 'searchRequests');
  expect(requests).toMatchObject({ type: 'query', initialRun: true, parameters: [{ name: 'query' }] });
  const i = commands.indexOf(requests);
  expect(hindi[`composeExtensions[0].commands[${i}].title`]).toBe('अनुरोध');
  // Graph's team members (roles: owner) with resource-specific consent: only for the team the app is added to
  expect(manifest.authorization.permissions.resourceSpecific).toContainEqual({ name: 'TeamMember.Read.Group', type: 'Application' });
  expect(manifest.bots[0].scopes).toContain('team');
});
