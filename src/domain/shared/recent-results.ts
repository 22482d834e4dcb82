/**
 * A bounded memory of recent results of a deterministic computation: the same
 * few questions come again and again. The oldest entry goes when it is full;
 * a size of 0 remembers nothing.
 */
export class RecentResults<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly size: number) {}

  /** The remembered result for `key`, or `compute()` (then remembered, when `keep` says so). */
  get(key: string, compute: () => V, keep: (value: V) => boolean = () => true): V {
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = compute();
    if (this.size <= 0 || !keep(value)) return value;
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
    return value;
  }
}
