/** When a new key is kept: at once, or only when it comes again (a text seen once is never kept). */
export type Admission = 'first' | 'repeat';

/**
 * Hashes of recently seen keys, in a fixed typed array (no objects per key): the doorkeeper of
 * {@link RecentResults}. Forgets them all when half full; two keys with the same hash only mean
 * one is kept a sight early.
 */
class SeenKeys {
  private readonly slots: Uint32Array;
  private count = 0;

  constructor(size: number) {
    let length = 64;
    while (length < size * 2) length *= 2;
    this.slots = new Uint32Array(length);
  }

  /** Whether `key` was seen since the last reset; records it when not. */
  seenBefore(key: string): boolean {
    const mask = this.slots.length - 1;
    const hash = fnv1a(key) || 1;
    let i = hash & mask;
    while (this.slots[i] !== 0) {
      if (this.slots[i] === hash) return true;
      i = (i + 1) & mask;
    }
    if (++this.count > this.slots.length / 2) {
      this.slots.fill(0);
      this.count = 1;
    }
    this.slots[i] = hash;
    return false;
  }
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A bounded memory of recent results of a deterministic computation: the same
 * few questions come again and again. The oldest entry goes when it is full;
 * a size of 0 remembers nothing. With `repeat` admission a key is kept only on its
 * second sight: questions asked once (most of them) never fill the memory, never push a
 * common one out, and never live on to be collected as old objects.
 */
export class RecentResults<V> {
  private readonly entries = new Map<string, V>();
  private readonly seen?: SeenKeys;

  constructor(private readonly size: number, admission: Admission = 'first') {
    if (admission === 'repeat' && size > 0) this.seen = new SeenKeys(size);
  }

  /** The remembered result for `key`, or `compute()` (then remembered, when `keep` says so). */
  get(key: string, compute: () => V, keep: (value: V) => boolean = () => true): V {
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = compute();
    if (this.size > 0 && keep(value)) this.remember(key, value);
    return value;
  }

  /** The remembered result for `key`, if any (for values that are never undefined: no closure per call). */
  lookup(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Remembers `value` for `key`, by the admission rule; the oldest entry goes when the memory is full. */
  remember(key: string, value: V): void {
    if (this.size <= 0) return;
    if (this.seen && !this.seen.seenBefore(key)) return;
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
  }
}
