import { RecentResults } from '../../src/domain/shared/recent-results';

describe('RecentResults', () => {
  it('computes once per key and forgets the oldest when full', () => {
    const recent = new RecentResults<number>(2);
    let calls = 0;
    const get = (k: string) => recent.get(k, () => ++calls);
    expect([get('a'), get('a'), get('b'), get('c'), get('a')]).toEqual([1, 1, 2, 3, 4]);
    expect(calls).toBe(4);
  });

  it('remembers nothing with size 0, and remembers null results', () => {
    let calls = 0;
    const none = new RecentResults<number>(0);
    none.get('a', () => ++calls);
    none.get('a', () => ++calls);
    expect(calls).toBe(2);
    const nulls = new RecentResults<null>(5);
    nulls.get('x', () => (calls++, null));
    nulls.get('x', () => (calls++, null));
    expect(calls).toBe(3);
  });

  it('keeps only what `keep` accepts', () => {
    const recent = new RecentResults<number>(5);
    const calls: string[] = [];
    const get = (k: string) => recent.get(k, () => (calls.push(k), k.length), (v) => v % 2 === 0);
    expect([get('odd'), get('odd'), get('even'), get('even')]).toEqual([3, 3, 4, 4]);
    expect(calls).toEqual(['odd', 'odd', 'even']);
  });

  describe('kept on the second sight (`repeat` admission)', () => {
    it.each([
      ['a key seen once is computed again', ['a', 'a'], 2],
      ['a key seen twice is then remembered', ['a', 'a', 'a', 'a'], 2],
      ['keys in turn: each kept from its second sight', ['a', 'b', 'a', 'b', 'a', 'b'], 4],
      ['keys never repeated are never kept', ['a', 'b', 'c', 'd'], 4],
    ])('%s', (_name, keys, expectedCalls) => {
      const recent = new RecentResults<string>(10, 'repeat');
      let calls = 0;
      for (const k of keys) expect(recent.get(k, () => (calls++, k.toUpperCase()))).toBe(k.toUpperCase());
      expect(calls).toBe(expectedCalls);
    });

    it('a key `keep` refuses is not even counted as seen', () => {
      const recent = new RecentResults<number>(10, 'repeat');
      let calls = 0;
      let keep = false;
      const get = () => recent.get('k', () => ++calls, () => keep);
      get();
      keep = true;
      get(); // the first sight that counts
      get(); // the second: kept
      get();
      expect(calls).toBe(3);
    });

    it('stays bounded: thousands of keys seen once, and a repeated one is still kept', () => {
      const recent = new RecentResults<number>(8, 'repeat');
      let calls = 0;
      for (let i = 0; i < 5000; i++) recent.get(`once ${i}`, () => ++calls);
      recent.get('common', () => ++calls);
      recent.get('common', () => ++calls);
      const before = calls;
      recent.get('common', () => ++calls);
      expect(calls - before).toBe(0);
      expect(recent['entries'].size).toBeLessThanOrEqual(8);
    });
  });
});
