/** Slots at the start (three words each). */
const INITIAL = 1024;
/** The table grows when this share of its slots is taken... */
const MAX_LOAD = 0.8;
/** ...by this factor (not doubling: memory follows the number of texts more closely). */
const GROWTH = 1.5;
const TWO_32 = 4294967296;

/**
 * The first line each text was seen on, for as many texts as a sheet has rows, in about
 * 12 to 22 bytes a text: only a 64-bit hash of the text is kept (two independent 32-bit
 * hashes), in an open-addressing table held in one typed array of three words a slot (the
 * two hashes and the line), so growing it allocates one array. Two different texts share a
 * hash with a chance of about 1 in 10^19 per pair: for a million rows, about 1 in 40 million
 * that any two rows are ever taken for one another.
 */
export class FirstSeen {
  /** Slot `i` is words `3i` (first hash), `3i + 1` (second hash), `3i + 2` (the line, 0 for an empty slot). */
  private slots: Uint32Array;
  private capacity: number;
  private limit: number;
  private count = 0;

  /** `initial` slots at first: tables that fill together start at different sizes, so they grow on different rows (each growth holds the old and the new array for a moment). */
  constructor(initial = INITIAL) {
    this.capacity = Math.max(16, Math.floor(initial));
    this.slots = new Uint32Array(this.capacity * 3);
    this.limit = Math.floor(this.capacity * MAX_LOAD);
  }

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
    const slots = this.slots;
    const capacity = this.capacity;
    for (let slot = home(h1, h2, capacity); ; ) {
      const p = slot * 3;
      const at = slots[p + 2];
      if (at === 0) {
        slots[p] = h1;
        slots[p + 1] = h2;
        slots[p + 2] = line;
        if (++this.count > this.limit) this.grow();
        return undefined;
      }
      if (slots[p] === h1 && slots[p + 1] === h2) return at;
      if (++slot === capacity) slot = 0;
    }
  }

  /** Texts recorded. */
  get size(): number {
    return this.count;
  }

  /** Makes room for `total` entries in all without growing (a sheet's size, declared or estimated): one array of the size needed, not a series of growths. */
  reserve(total: number): void {
    const capacity = Math.ceil(total / MAX_LOAD) + 1;
    if (capacity > this.capacity) this.resize(capacity);
  }

  private grow(): void {
    this.resize(Math.ceil(this.capacity * GROWTH));
  }

  private resize(capacity: number): void {
    const old = this.slots;
    const slots = new Uint32Array(capacity * 3);
    for (let p = 0; p < old.length; p += 3) {
      if (old[p + 2] === 0) continue;
      let slot = home(old[p], old[p + 1], capacity);
      while (slots[slot * 3 + 2] !== 0) if (++slot === capacity) slot = 0;
      const q = slot * 3;
      slots[q] = old[p];
      slots[q + 1] = old[p + 1];
      slots[q + 2] = old[p + 2];
    }
    release(old);
    this.slots = slots;
    this.capacity = capacity;
    this.limit = Math.floor(capacity * MAX_LOAD);
  }
}

/** A hash pair's first slot in a table of `capacity` slots (any capacity: the mixed hash scaled to it, not masked). */
function home(h1: number, h2: number, capacity: number): number {
  return Math.floor((((h1 ^ Math.imul(h2, 0x27d4eb2d)) >>> 0) * capacity) / TWO_32);
}

/**
 * Gives an array's memory back at the next minor collection rather than the next full one
 * (a grown table's old array would otherwise stay resident beside the new one): its buffer
 * is moved into a copy nothing refers to. The array is empty after.
 */
export function release(array: Uint32Array | Uint8Array): void {
  try {
    const buffer = array.buffer as ArrayBuffer;
    structuredClone(buffer, { transfer: [buffer] });
  } catch {
    // a buffer that cannot be moved is left to the collector
  }
}

/*
 * Moving a buffer (above) detaches it, and the first detached buffer in a process turns off an
 * assumption V8's optimized code makes ("no buffer was ever detached"): the first table growth,
 * a few hundred rows into a sheet, threw away the optimized code of every function that uses
 * typed arrays or Buffers (the reader, the checks, the copy), all compiled again. One small
 * buffer detached when this module loads makes that happen before anything is optimized.
 */
release(new Uint8Array(8));
