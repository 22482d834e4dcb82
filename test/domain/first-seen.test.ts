import { FirstSeen } from '../../src/domain/shared/first-seen';
import { FirstNumber } from '../../src/domain/shared/first-number';

describe('FirstSeen: the first line of each text, from hashes only', () => {
  test('a million different emails and mobiles are all new; each repeat names its first line', () => {
    const emails = new FirstSeen();
    const mobiles = new FirstSeen();
    for (let i = 1; i <= 1_000_000; i++) {
      // Plain checks in the loop: a million expect() calls alone took over a minute.
      if ((emails.firstOrAdd(`user${i}@gmail.com`, i) ?? emails.firstOrAdd(`user${i}@gov.in`, i)) !== undefined) throw new Error(`false duplicate email at ${i}`);
      if (mobiles.firstOrAdd(String(6000000000 + i * 7), i) !== undefined) throw new Error(`false duplicate at ${i}`);
    }
    expect(emails.size).toBe(2_000_000);
    expect(emails.firstOrAdd('user777@gmail.com', 2_000_001)).toBe(777);
    expect(mobiles.firstOrAdd(String(6000000000 + 5 * 7), 3)).toBe(5);
  });

  test('texts that differ in one character, in order or case, are different', () => {
    const seen = new FirstSeen();
    const texts = ['ab', 'ba', 'Ab', 'a', 'aa', 'abc', 'acb', '', ' ab', 'ab ', 'रमेश', 'रमेशा'];
    texts.forEach((t, i) => expect(seen.firstOrAdd(t, i + 1)).toBeUndefined());
    texts.forEach((t, i) => expect(seen.firstOrAdd(t, 99)).toBe(i + 1));
  });
});

describe('reserving room for a known number of texts', () => {
  type Table = { reserve(n: number): void; readonly size: number };
  const tables: [string, () => Table, (t: Table, i: number, line: number) => number | undefined][] = [
    ['FirstSeen', () => new FirstSeen(16), (t, i, line) => (t as FirstSeen).firstOrAdd(`user${i}@gmail.com`, line)],
    ['FirstNumber', () => new FirstNumber(16), (t, i, line) => (t as FirstNumber).firstOrAdd(9000000000 + i, line)],
  ];
  test.each(tables)('%s: room made once, the same answers, no growth up to the number reserved', (_name, make, add) => {
    const reserved = make();
    reserved.reserve(50_000);
    const slots = (reserved as never)['slots'];
    const grown = make();
    const differ: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      // Every tenth row repeats an earlier one.
      const key = i % 10 === 9 ? i - 7 : i;
      const a = add(reserved, key, i + 2);
      if (a !== add(grown, key, i + 2) || (i % 10 === 9) !== (a === i - 5)) differ.push(i);
    }
    expect(differ).toEqual([]);
    expect((reserved as never)['slots']).toBe(slots);
    expect(reserved.size).toBe(45_000);
    // Reserving less than it holds changes nothing; past the reserve it grows as before.
    reserved.reserve(10);
    expect((reserved as never)['slots']).toBe(slots);
    for (let i = 50_000; i < 60_000; i++) add(reserved, i, i + 2);
    expect((reserved as never)['slots']).not.toBe(slots);
    expect(reserved.size).toBe(55_000);
  });
});
