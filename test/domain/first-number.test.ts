import { FIRST_NUMBER_MAX_LINE, FirstNumber } from '../../src/domain/shared/first-number';
import { DuplicateTracker } from '../../src/domain/bulk-upload/duplicates';

describe('FirstNumber: the first line of each 10-digit number, exactly', () => {
  test('a million different mobiles are all new; each repeat names its first line', () => {
    const seen = new FirstNumber();
    for (let i = 1; i <= 1_000_000; i++) if (seen.firstOrAdd(6000000000 + i * 7, i) !== undefined) throw new Error(`false duplicate at ${i}`);
    expect(seen.size).toBe(1_000_000);
    expect(seen.firstOrAdd(6000000000 + 5 * 7, 3)).toBe(5);
    expect(seen.first(6000000000 + 999_999 * 7)).toBe(999_999);
    expect(seen.first(6000000001)).toBeUndefined();
  });

  test('numbers equal in their low 32 bits, or at the ends of the range, are different', () => {
    const seen = new FirstNumber(16);
    const ns = [0, 1, 4294967296, 4294967297, 8589934592, 12884901888, 9999999999, 9999999999 - 4294967296, 17179869183];
    ns.forEach((n, i) => expect(seen.firstOrAdd(n, i + 1)).toBeUndefined());
    ns.forEach((n, i) => expect(seen.firstOrAdd(n, 99)).toBe(i + 1));
    expect(seen.firstOrAdd(5, FIRST_NUMBER_MAX_LINE - 1)).toBeUndefined();
    expect(seen.first(5)).toBe(FIRST_NUMBER_MAX_LINE - 1);
  });
});

describe('DuplicateTracker mobiles', () => {
  test('10-digit mobiles with leading zeros, other texts and lines past the exact table', () => {
    const dup = new DuplicateTracker();
    expect(dup.check(2, undefined, '0012345678')).toEqual([]);
    expect(dup.check(3, undefined, '12345678')).toEqual([]);
    expect(dup.check(4, undefined, ' 012345678')).toEqual([]);
    expect(dup.check(5, undefined, '0012345678')[0]).toMatchObject({ code: 'duplicate-mobile', params: { firstLine: 2 } });
    expect(dup.check(6, undefined, '12345678')[0]).toMatchObject({ code: 'duplicate-mobile', params: { firstLine: 3 } });
    expect(dup.check(FIRST_NUMBER_MAX_LINE + 1, undefined, '0012345678')[0]).toMatchObject({ params: { firstLine: 2 } });
    expect(dup.check(FIRST_NUMBER_MAX_LINE + 2, undefined, '9876543210')).toEqual([]);
    expect(dup.check(FIRST_NUMBER_MAX_LINE + 3, undefined, '9876543210')[0]).toMatchObject({ params: { firstLine: FIRST_NUMBER_MAX_LINE + 2 } });
  });
});
