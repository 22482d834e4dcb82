import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchRow, writeBenchCsv, writeBenchXlsx } from '../../src/bench/bench-sheets';
import { SheetSession } from '../../src/domain/bulk-upload';
import { checkFileAt } from '../../src/files';
import { declaredLastRow } from '../../src/files/sheet-row';

describe('declaredLastRow: the last row of a sheet\'s <dimension ref>, a hint only', () => {
  test.each([
    ['A1:N5001', 5001],
    ['A1', 1],
    ['B7:XFD1048576', 1048576],
    ['N5001', 5001],
    ['A1:XFD1048577', undefined],
    ['A1:N0', undefined],
    ['A1:5001', undefined],
    ['A1:N', undefined],
    ['a1:n50', undefined],
    ['$A$1:$N$50', undefined],
    ['A1:N50 ', undefined],
    ['', undefined],
    [undefined, undefined],
    [`A1:N${'9'.repeat(40)}`, undefined],
  ])('%p → %p', (ref, rows) => {
    expect(declaredLastRow(ref)).toBe(rows);
  });
});

describe('a sheet\'s declared size sizes memory, never results', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahayak-dimension-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // 3,000 rows, every seventh repeating an email and every eleventh a mobile from earlier.
  const row = (i: number): (string | number)[] => {
    const r = benchRow(i);
    if (i % 7 === 6) r[1] = `user${i - 5}@gmail.com`;
    if (i % 11 === 10) r[2] = 9000000000 + i - 9;
    return r;
  };

  async function check(dimension: string | false | undefined, maxRows = 50_000): Promise<{ rows: string; reserved: number[] }> {
    const file = path.join(dir, `sheet-${String(dimension)}.xlsx`);
    await writeBenchXlsx(file, 3000, { dimension, row });
    // Watched, not replaced: the session still makes the room.
    const spy = jest.spyOn(SheetSession.prototype, 'expectRows');
    const results: string[] = [];
    const summary = await checkFileAt(file, { maxRows, now: new Date(2026, 0, 15) }, { row: (r) => void results.push(JSON.stringify(r)) });
    expect(summary.rows).toBe(3000);
    const reserved = spy.mock.calls.map(([n]) => n);
    spy.mockRestore();
    return { rows: results.join('\n'), reserved };
  }

  test('a .csv is sized from its first piece scaled to the file: a little over its rows, capped at the row limit', async () => {
    const file = path.join(dir, 'sheet.csv');
    await writeBenchCsv(file, 20_000);
    for (const [maxRows, low, high] of [[50_000, 20_001, 23_000], [5000, 5001, 5001]]) {
      const spy = jest.spyOn(SheetSession.prototype, 'expectRows');
      const summary = await checkFileAt(file, { maxRows, now: new Date(2026, 0, 15) }, {});
      const reserved = spy.mock.calls.map(([n]) => n);
      spy.mockRestore();
      expect(reserved).toHaveLength(1);
      expect(reserved[0]).toBeGreaterThanOrEqual(low);
      expect(reserved[0]).toBeLessThanOrEqual(high);
      // Past the row limit the check stops with that limit: the reserve never exceeds it.
      expect(summary.limit?.code).toBe(maxRows === 5000 ? 'too-many-rows' : undefined);
    }
  });

  test('the true size, none, one far too small and one far too large give the same results; the reserve is capped at the row limit', async () => {
    const truth = await check(undefined);
    expect(truth.reserved).toEqual([3001]);
    expect(truth.rows).toContain('duplicate-email');
    expect(truth.rows).toContain('duplicate-mobile');
    const none = await check(false);
    expect(none.reserved).toEqual([]);
    const small = await check('A1:N2');
    const large = await check('A1:XFD1048576', 5000);
    expect(small.reserved).toEqual([2]);
    expect(large.reserved).toEqual([5001]);
    for (const other of [none, small, large]) expect(other.rows).toBe(truth.rows);
  });
});
