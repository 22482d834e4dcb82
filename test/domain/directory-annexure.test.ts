import fs from 'node:fs';
import path from 'node:path';

const SHARED = process.env.SAHAYAK_SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
const SEED = path.join(SHARED, 'seeds', '003_637b674118756b4c.txt');
const ANNEXURE = path.resolve(__dirname, '../../content/directory/annexure.json');

/** The tab-separated annexure lines of seed 003, after its heading. */
function seedRows(): string[][] {
  const lines = fs.readFileSync(SEED, 'utf8').split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('ANNEXURE:'));
  return lines.slice(start + 1).map((l) => l.split('\t')).filter((c) => c.length === 4 && c[0] !== 'Ministry/Department');
}

describe('content/directory/annexure.json', () => {
  const stored = JSON.parse(fs.readFileSync(ANNEXURE, 'utf8')).rows as { organisation: string; name: string; email: string; mobile: string }[];
  const seed = seedRows();

  it('holds as many rows as the annexure of seed 003', () => {
    expect(seed.length).toBeGreaterThan(80);
    expect(stored).toHaveLength(seed.length);
  });

  it.each(seed.map((c, i) => [i + 1, ...c]))('row %i (%s) is stored exactly as published, in order', (n, organisation, name, email, mobile) => {
    expect(stored[(n as number) - 1]).toEqual({ organisation, name, email, mobile });
  });
});
