import { release } from './first-seen';

/** The table grows when this share of its slots is taken, by 1.5 (as {@link FirstSeen}'s). */
const MAX_LOAD = 0.8;
const GROWTH = 1.5;
const TWO_32 = 4294967296;
/** Numbers up to this (exclusive) are held: 2^34, past every 10-digit number. */
export const FIRST_NUMBER_LIMIT = 4 * TWO_32;
/** Lines up to this (exclusive) are held (the line shares a word with the number's top 2 bits). */
export const FIRST_NUMBER_MAX_LINE = 1073741824;

/**
 * The first line each whole number below 2^34 (a 10-digit mobile number) was seen on, held
 * exactly in two words a slot: the number's low 32 bits, and its top 2 bits with the line
 * (0: an empty slot). No hash is kept, so two numbers are never taken for one another.
 */
export class FirstNumber {
  private slots: Uint32Array;
  private capacity: number;
  private limit: number;
  private count = 0;

  /** `initial` slots at first (tables that fill together should start at different sizes: see {@link FirstSeen}). */
  constructor(initial = 1024) {
    this.capacity = Math.max(16, Math.floor(initial));
    this.slots = new Uint32Array(this.capacity * 2);
    this.limit = Math.floor(this.capacity * MAX_LOAD);
  }

  /**
   * The first line `n` was seen on; records `line` when it is new and returns undefined.
   * `n` must be a whole number in [0, {@link FIRST_NUMBER_LIMIT}) and `line` in [1, {@link FIRST_NUMBER_MAX_LINE}).
   */
  firstOrAdd(n: number, line: number): number | undefined {
    const lo = n >>> 0;
    const hi = Math.floor(n / TWO_32);
    const slots = this.slots;
    const capacity = this.capacity;
    for (let slot = home(lo, hi, capacity); ; ) {
      const p = slot * 2;
      const w = slots[p + 1];
      if (w === 0) {
        slots[p] = lo;
        slots[p + 1] = line * 4 + hi;
        if (++this.count > this.limit) this.grow();
        return undefined;
      }
      if (slots[p] === lo && (w & 3) === hi) return w >>> 2;
      if (++slot === capacity) slot = 0;
    }
  }

  /** The first line `n` was seen on, recording nothing (undefined: not seen). */
  first(n: number): number | undefined {
    const lo = n >>> 0;
    const hi = Math.floor(n / TWO_32);
    for (let slot = home(lo, hi, this.capacity); ; ) {
      const w = this.slots[slot * 2 + 1];
      if (w === 0) return undefined;
      if (this.slots[slot * 2] === lo && (w & 3) === hi) return w >>> 2;
      if (++slot === this.capacity) slot = 0;
    }
  }

  /** Numbers recorded. */
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
    const slots = new Uint32Array(capacity * 2);
    for (let p = 0; p < old.length; p += 2) {
      const w = old[p + 1];
      if (w === 0) continue;
      let slot = home(old[p], w & 3, capacity);
      while (slots[slot * 2 + 1] !== 0) if (++slot === capacity) slot = 0;
      slots[slot * 2] = old[p];
      slots[slot * 2 + 1] = w;
    }
    release(old);
    this.slots = slots;
    this.capacity = capacity;
    this.limit = Math.floor(capacity * MAX_LOAD);
  }
}

/** A number's first slot: its two parts mixed (murmur3's finaliser) and scaled to the table. */
function home(lo: number, hi: number, capacity: number): number {
  let h = lo ^ Math.imul(hi + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return Math.floor(((h >>> 0) * capacity) / TWO_32);
}
