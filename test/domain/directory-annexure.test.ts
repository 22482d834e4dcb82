/**
 * content/directory/annexure.json on its own: well-formed rows, every email and mobile recorded in
 * content/source-facts.json as copied from the annexure's document, documented flaws that point at
 * real rows. test/sources/ compares the rows with the published annexure when it is at hand.
 */
import path from 'node:path';
import { CONTENT_DIR, loadFacts, readJson } from '../helpers/source-facts';

interface Row { organisation: string; name: string; email: string; mobile: string }
interface Annexure {
  source: string;
  rows: Row[];
  documentedFlaws: { code: string; email?: string; organisation?: string }[];
  fallbackContacts: { id: string; source: string; name?: string; mobile?: string; email?: string; url?: string }[];
}

const annexure = readJson<Annexure>(path.join(CONTENT_DIR, 'directory', 'annexure.json'));
const recorded = new Map(loadFacts().map((f) => [`${f.kind} ${f.value}`, f.source]));

describe('content/directory/annexure.json', () => {
  it('holds the annexure rows, each with an organisation, a name, an email and a 10-digit mobile', () => {
    expect(annexure.rows.length).toBeGreaterThan(80);
    const bad = annexure.rows.filter((r) =>
      [r.organisation, r.name, r.email, r.mobile].some((v) => typeof v !== 'string' || v.trim() !== v || v === '')
      || !/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(r.email) || !/^[6-9]\d{9}$/.test(r.mobile));
    expect(bad).toEqual([]);
  });

  it('every row\'s email and mobile is recorded as copied from the annexure\'s document', () => {
    const unrecorded = annexure.rows.flatMap((r) => [`email ${r.email}`, `phone ${r.mobile}`]).filter((key) => recorded.get(key) !== annexure.source);
    expect(annexure.source).toBe('jan-seva-guidelines');
    expect([...new Set(unrecorded)]).toEqual([]);
  });

  it('the fallback contacts are recorded with the document each names', () => {
    const wrong = annexure.fallbackContacts.flatMap((c) => [
      c.mobile && `phone ${c.mobile}`, c.email && `email ${c.email}`, c.url && `url ${c.url}`,
    ].filter((k): k is string => Boolean(k)).filter((key) => recorded.get(key) !== c.source).map((key) => `${c.id}: ${key}`));
    expect(annexure.fallbackContacts.map((c) => c.id)).toEqual(['igot-queries', 'nodal-list', 'mission-email']);
    expect(wrong).toEqual([]);
  });

  it('each documented flaw points at rows that exist', () => {
    for (const flaw of annexure.documentedFlaws) {
      const rows = annexure.rows.filter((r) => (flaw.email ? r.email === flaw.email : r.organisation === flaw.organisation));
      expect(rows.length).toBeGreaterThan(flaw.code === 'name-variants' ? 1 : 0);
    }
  });
});
