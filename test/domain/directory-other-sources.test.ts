/**
 * content/directory/other-sources.json records facts from documents other than the annexure (the UP
 * nodal agency, the UP letters' spelling of an annexure address). Each is cited by a known source
 * id, and, where the source documents are at hand (../shared, developers only), appears in it verbatim.
 */
import fs from 'node:fs';
import path from 'node:path';

const CONTENT = path.resolve(__dirname, '../../content');
const SHARED = process.env.SAHAYAK_SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
/** The documents by source id (the file-name mapping lives in tests only). */
const DOCUMENTS: Readonly<Record<string, string>> = { 'up-housing-letters-2023': '000_708af4f96665966d.txt', 'jan-seva-guidelines': '003_637b674118756b4c.txt' };

const other = JSON.parse(fs.readFileSync(path.join(CONTENT, 'directory/other-sources.json'), 'utf8'));
const sourceIds = new Set(JSON.parse(fs.readFileSync(path.join(CONTENT, 'sources.json'), 'utf8')).documents.map((d: { id: string }) => d.id));
const facts: [string, string][] = [
  ...other.stateRoutes.flatMap((r: { emails: string[]; name: { hi: string }; source: string }) => [
    ...r.emails.map((e) => [r.source, e]),
    // The Hindi name as printed, part by part (the English one is a transliteration).
    ...r.name.hi.split(/[(),]\s*/).filter(Boolean).map((part) => [r.source, part.trim()]),
  ]),
  ...other.emailSpellings.map((s: { spelling: string; source: string }) => [s.source, s.spelling]),
];

it('cites every fact by a source id of content/sources.json', () => {
  for (const [source] of facts) expect(sourceIds.has(source)).toBe(true);
});

const seedsHere = fs.existsSync(path.join(SHARED, 'seeds'));
(seedsHere ? it.each(facts) : it.skip.each(facts))('%s holds "%s" verbatim', (source, fact) => {
  expect(fs.readFileSync(path.join(SHARED, 'seeds', DOCUMENTS[source]), 'utf8')).toContain(fact);
});

it('the other spelling differs from the annexure\'s address, which is on the annexure\'s rows', () => {
  const rows = JSON.parse(fs.readFileSync(path.join(CONTENT, 'directory/annexure.json'), 'utf8')).rows as { email: string }[];
  for (const s of other.emailSpellings) {
    expect(s.spelling).not.toBe(s.email);
    expect(rows.some((r) => r.email === s.email)).toBe(true);
    expect(rows.some((r) => r.email === s.spelling)).toBe(false);
  }
});
