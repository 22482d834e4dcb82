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
});
