import type { SaxesTagPlain } from 'saxes';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { XmlHandler } from './xml-events';

/** A workbook's text is larger than the checker reads (a zip bomb, or far past any row limit). */
export class PartTooLargeError extends Error {}

/** Decoded strings kept for reuse (a power of two). */
const RECENT = 4096;
/** A block closes at this many bytes of text... */
const BLOCK_BYTES = 32 * 1024;
/** ...or this many strings, whichever comes first. */
const BLOCK_STRINGS = 1024;
/** Blocks kept inflated (the sheet's strings come in about the order of the table: the current block and a few behind). */
const CACHED_BLOCKS = 4;
/**
 * Set in a string's end for an entry with no text at all (`<si><t/></si>`: exceljs gives null, which
 * reads as an empty cell): kept in the block like any entry, so a part of nothing but such entries
 * is bounded like any other (every entry's end counts against the most bytes kept).
 */
const NULL_BIT = 0x80000000;
/** Bytes every entry takes besides its text: its end. */
const END_BYTES = 4;
/** Bytes of blocks kept plain before any is deflated: a table this small costs no deflating (a sheet of 100,000 rows has about 5 MB). */
const PLAIN_BYTES = 4 * 1024 * 1024;

/**
 * A workbook's shared strings (`xl/sharedStrings.xml`), kept compactly. A sheet refers to its
 * strings by number, in any order, so all are kept while the sheet is read: in blocks of about
 * 32 KB of UTF-8 (each string's end, then the text), each deflated on its own once the first 4 MB
 * are kept plain (level 1, the ends as varint lengths: a sheet's emails and ids take about a seventh
 * of their bytes). A cell's string is read from
 * its block, inflated when it is not one of the last few used: sheets refer to their strings
 * in nearly the order the table lists them (Excel writes the table so), so each block is
 * inflated about once. A sheet that jumps about (more inflations than four a block) gets its
 * blocks kept inflated from then on: the memory of plain bytes, never more CPU than that.
 */
export class SharedStrings {
  /** Closed blocks: deflated (or as they are when deflating did not pay), and the first string of each. */
  private readonly blocks: Buffer[] = [];
  private readonly deflated: boolean[] = [];
  private firsts = new Uint32Array(64);
  /** Inflated blocks kept, by block number, and the ring of the last few. */
  private readonly inflated: (Buffer | undefined)[] = [];
  private readonly ring = new Int32Array(CACHED_BLOCKS).fill(-1);
  private ringAt = 0;
  private inflations = 0;
  /** The block the last string was decoded from. */
  private lastBlock = 0;
  private keepAll = false;
  /** The open block: its text, and each string's end in it. */
  private stage = Buffer.allocUnsafe(BLOCK_BYTES);
  private stageUsed = 0;
  private readonly stageEnds = new Uint32Array(BLOCK_STRINGS);
  private stageCount = 0;
  private count = 0;
  private keptBytes = 0;
  /** Bytes of the blocks kept plain (see {@link PLAIN_BYTES}). */
  private plainBytes = 0;
  /** Strings decoded lately, by index modulo {@link RECENT} (-1: none). */
  private readonly recentIndex = new Int32Array(RECENT).fill(-1);
  private readonly recentText: (string | null)[] = new Array<string | null>(RECENT).fill('');
  /** The last string decoded but not kept, by slot (-1: none). */
  private readonly seenIndex = new Int32Array(RECENT).fill(-1);

  /** `maxBytes` is the most bytes ever kept (text, and 4 a string for its end) (past it, {@link PartTooLargeError}); `plainBytes` are kept before blocks are deflated. */
  constructor(private readonly maxBytes: number, private readonly plainLimit: number = PLAIN_BYTES) {}

  /** The number of strings. */
  get size(): number {
    return this.count;
  }

  /** String `index`: its text, null for an entry without text, undefined when there is no such entry. */
  get(index: number): string | null | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    // The texts a column repeats (a group, a designation) are decoded once, not once a row.
    const slot = index & (RECENT - 1);
    if (this.recentIndex[slot] === index) return this.recentText[slot];
    const text = this.decode(index);
    // Kept from its second sight: a string the sheet uses once (an email, an id) is not kept
    // (it would outlive young-generation collections and age into old-generation garbage) and
    // does not push out a repeated one.
    if (this.seenIndex[slot] === index) {
      this.recentIndex[slot] = index;
      this.recentText[slot] = text;
    } else this.seenIndex[slot] = index;
    return text;
  }

  /** Closes the open block (the table is complete). */
  finish(): void {
    this.close();
  }

  private decode(index: number): string | null {
    const open = this.count - this.stageCount;
    if (index >= open) {
      const i = index - open;
      return textBetween(this.stage, i ? this.stageEnds[i - 1] : 0, this.stageEnds[i], 0);
    }
    // The last block whose first string is at or before `index`: the block of the last look-up
    // (a sheet refers to its strings in about the table's order), else a binary search.
    const n = this.blocks.length;
    let lo = this.lastBlock;
    if (!(this.firsts[lo] <= index && (lo + 1 === n || this.firsts[lo + 1] > index))) {
      lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (this.firsts[mid] <= index) lo = mid;
        else hi = mid - 1;
      }
      this.lastBlock = lo;
    }
    const raw = this.block(lo);
    const i = index - this.firsts[lo];
    const base = 4 + 4 * raw.readUInt32LE(0);
    return textBetween(raw, i ? raw.readUInt32LE(4 * i) : 0, raw.readUInt32LE(4 + 4 * i), base);
  }

  /** Block `b` inflated: from the ring when it was used lately. */
  private block(b: number): Buffer {
    let raw = this.inflated[b];
    if (raw) return raw;
    raw = this.deflated[b] ? unpack(inflateRawSync(this.blocks[b])) : this.blocks[b];
    if (!this.keepAll && ++this.inflations > 4 * this.blocks.length + 64) this.keepAll = true;
    if (!this.keepAll) {
      const out = this.ring[this.ringAt];
      if (out >= 0) this.inflated[out] = undefined;
      this.ring[this.ringAt] = b;
      this.ringAt = (this.ringAt + 1) % CACHED_BLOCKS;
    }
    this.inflated[b] = raw;
    return raw;
  }

  private push(text: string | null): void {
    if (this.stageCount === BLOCK_STRINGS) this.close();
    this.keptBytes += END_BYTES;
    if (this.keptBytes > this.maxBytes) throw new PartTooLargeError('shared strings');
    if (text) {
      const need = text.length * 3 > this.stage.length - this.stageUsed ? Buffer.byteLength(text, 'utf8') : 0;
      if (this.keptBytes + need > this.maxBytes) throw new PartTooLargeError('shared strings');
      if (need > this.stage.length - this.stageUsed) {
        this.close();
        // A string longer than a block has a block of its own.
        if (need > this.stage.length) this.stage = Buffer.allocUnsafe(need);
      }
      const wrote = this.stage.write(text, this.stageUsed, 'utf8');
      this.stageUsed += wrote;
      this.keptBytes += wrote;
      if (this.keptBytes > this.maxBytes) throw new PartTooLargeError('shared strings');
    }
    this.stageEnds[this.stageCount++] = text === null ? (this.stageUsed | NULL_BIT) >>> 0 : this.stageUsed;
    this.count++;
  }

  /** Closes the open block: deflated ({@link pack}ed) once the plain bytes are used up and when that pays, else plain (its count, ends, then its text). */
  private close(): void {
    const n = this.stageCount;
    if (n === 0) return;
    const plainLength = 4 + 4 * n + this.stageUsed;
    const packed = this.plainBytes >= this.plainLimit ? deflateRawSync(pack(this.stageEnds, n, this.stage, this.stageUsed), { level: 1 }) : undefined;
    const b = this.blocks.length;
    if (b === this.firsts.length) {
      const grown = new Uint32Array(b * 2);
      grown.set(this.firsts);
      this.firsts = grown;
    }
    this.firsts[b] = this.count - n;
    const pays = packed !== undefined && packed.length < plainLength * 0.875;
    // zlib's output lies in a buffer of its chunk size (16 KB): the block keeps a copy of its own size.
    this.blocks.push(pays ? Buffer.from(packed) : this.plainBlock());
    this.deflated.push(pays);
    if (!pays) this.plainBytes += plainLength;
    this.stageUsed = 0;
    this.stageCount = 0;
    if (this.stage.length > BLOCK_BYTES) this.stage = Buffer.allocUnsafe(BLOCK_BYTES);
  }

  /** The open block in its plain form. */
  private plainBlock(): Buffer {
    const n = this.stageCount;
    const raw = Buffer.allocUnsafe(4 + 4 * n + this.stageUsed);
    raw.writeUInt32LE(n, 0);
    for (let i = 0; i < n; i++) raw.writeUInt32LE(this.stageEnds[i], 4 + 4 * i);
    this.stage.copy(raw, 4 + 4 * n, 0, this.stageUsed);
    return raw;
  }

  /**
   * A handler that reads `xl/sharedStrings.xml` into this table exactly as exceljs's streaming
   * reader does: an `<si>` with rich-text runs is the runs' text joined; otherwise the text
   * gathered since its last `<t>` opened.
   */
  reader(): XmlHandler {
    let text: string | null = null;
    /** The rich-text runs of the entry (none until one ends: most entries are a plain `<t>`). */
    let runs: (string | null)[] | undefined;
    return {
      open: (tag: SaxesTagPlain) => {
        if (tag.name === 'si') {
          runs = undefined;
          text = null;
        } else if (tag.name === 't') text = null;
      },
      text: (value: string) => {
        text = text ? text + value : value;
      },
      close: (name: string) => {
        if (name === 'r') {
          (runs ??= []).push(text);
          text = null;
        } else if (name === 'si') {
          this.push(runs ? runs.map((r) => r ?? '').join('') : text);
          runs = undefined;
          text = null;
        } else if (name === 'sst') this.close();
      },
    };
  }
}

/**
 * A block as it is deflated: the number of strings, then each one's length (twice it, plus 1 for an
 * entry without text), as varints, then the text. Lengths take a byte or two where ends take four,
 * and compress where the growing ends do not: a sheet's emails and ids deflate to less than half.
 */
function pack(ends: Uint32Array, n: number, text: Buffer, textBytes: number): Buffer {
  const out = Buffer.allocUnsafe(5 * (n + 1) + textBytes);
  let at = writeVarint(out, 0, n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const end = ends[i];
    const to = (end & ~NULL_BIT) >>> 0;
    at = writeVarint(out, at, (to - prev) * 2 + (end & NULL_BIT ? 1 : 0));
    prev = to;
  }
  at += text.copy(out, at, 0, textBytes);
  return out.subarray(0, at);
}

/** A {@link pack}ed block in its plain form again (the count, each string's end, then the text). */
function unpack(packed: Buffer): Buffer {
  const cursor = { at: 0 };
  const n = readVarint(packed, cursor);
  const raw = Buffer.allocUnsafe(4 + 4 * n + packed.length);
  raw.writeUInt32LE(n, 0);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const v = readVarint(packed, cursor);
    end += Math.floor(v / 2);
    raw.writeUInt32LE(v % 2 ? (end | NULL_BIT) >>> 0 : end, 4 + 4 * i);
  }
  const base = 4 + 4 * n;
  packed.copy(raw, base, cursor.at);
  return raw.subarray(0, base + end);
}

/** Writes `v` (a whole number below 2^53) as a varint at `at`; returns where it ended. Arithmetic, not bits: a doubled length can pass 2^31. */
function writeVarint(out: Buffer, at: number, v: number): number {
  while (v >= 128) {
    out[at++] = (v % 128) + 128;
    v = Math.floor(v / 128);
  }
  out[at++] = v;
  return at;
}

function readVarint(bytes: Buffer, cursor: { at: number }): number {
  let v = 0;
  let scale = 1;
  let byte: number;
  do {
    byte = bytes[cursor.at++];
    v += (byte & 127) * scale;
    scale *= 128;
  } while (byte >= 128);
  return v;
}

/** The text from the end `from` to the end `to` (the previous string's and this one's) in `bytes` after `base`: null when `to` marks an entry without text. */
function textBetween(bytes: Buffer, from: number, to: number, base: number): string | null {
  if (to & NULL_BIT) return null;
  return bytes.toString('utf8', base + (from & ~NULL_BIT), base + to);
}
