/**
 * An immutable set of words stored as one sorted string and an offsets array: a
 * long-lived list of tens of thousands of words becomes two heap objects (the
 * garbage collector visits each object on every full collection). `has` is a
 * binary search comparing UTF-16 code units, the order `Array.prototype.sort` uses.
 */
export class WordSet {
  private readonly text: string;
  private readonly starts: Uint32Array;

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].sort();
    this.starts = new Uint32Array(sorted.length + 1);
    let at = 0;
    sorted.forEach((word, i) => {
      this.starts[i] = at;
      at += word.length;
    });
    this.starts[sorted.length] = at;
    this.text = sorted.join('');
  }

  /** How many distinct words. */
  get size(): number {
    return this.starts.length - 1;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = this.compareAt(mid, word);
      if (order === 0) return true;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Stored word `i` compared with `word`: negative, zero or positive. */
  private compareAt(i: number, word: string): number {
    const start = this.starts[i];
    const length = this.starts[i + 1] - start;
    const n = Math.min(length, word.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(start + k) - word.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - word.length;
  }
}
