/**
 * The first line each text was seen on, for as many texts as a sheet has rows, in about
 * 20 bytes a text: only a 64-bit hash of the text is kept (two independent 32-bit hashes),
 * in an open-addressing table of typed arrays. Two different texts share a hash with a
 * chance of about 1 in 10^19 per pair: for a million rows, about 1 in 40 million that any
 * two rows are ever taken for one another.
 */
export class FirstSeen {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  /** The line, 0 for an empty slot. */
  private lines = new Uint32Array(1024);
  private count = 0;

  /** The first line `text` was seen on; records `line` (≥ 1) when it is new and returns undefined. */
  firstOrAdd(text: string, line: number): number | undefined {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c ^ text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 ^= h1 >>> 16;
    h1 = Math.imul(h1, 0x85ebca6b);
    h1 ^= h1 >>> 13;
    h2 = Math.imul(h2 ^ (h2 >>> 16), 0xc2b2ae35);
    h2 ^= h2 >>> 16;
    h1 >>>= 0;
    h2 >>>= 0;
    const mask = this.lines.length - 1;
    for (let slot = (h1 ^ Math.imul(h2, 0x27d4eb2d)) & mask; ; slot = (slot + 1) & mask) {
      const at = this.lines[slot];
      if (at === 0) {
        this.hi[slot] = h1;
        this.lo[slot] = h2;
        this.lines[slot] = line;
        if (++this.count * 4 > this.lines.length * 3) this.grow();
        return undefined;
      }
      if (this.hi[slot] === h1 && this.lo[slot] === h2) return at;
    }
  }

  /** Texts recorded. */
  get size(): number {
    return this.count;
  }

  private grow(): void {
    const { hi, lo, lines } = this;
    const size = lines.length * 2;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.lines = new Uint32Array(size);
    const mask = size - 1;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === 0) continue;
      let slot = (hi[i] ^ Math.imul(lo[i], 0x27d4eb2d)) & mask;
      while (this.lines[slot] !== 0) slot = (slot + 1) & mask;
      this.hi[slot] = hi[i];
      this.lo[slot] = lo[i];
      this.lines[slot] = lines[i];
    }
  }
}
