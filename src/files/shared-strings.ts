import type { SaxesTagPlain } from 'saxes';
import { release } from '../domain/shared/first-seen';
import type { XmlHandler } from './xml-events';

/** A workbook's text is larger than the checker reads (a zip bomb, or far past any row limit). */
export class PartTooLargeError extends Error {}

/** Decoded strings kept for reuse (a power of two). */
const RECENT = 4096;

/**
 * A workbook's shared strings (`xl/sharedStrings.xml`), kept compactly: the UTF-8 bytes of
 * every string in one buffer and where each ends, decoded when a cell asks for one. A sheet
 * refers to its strings by number, in any order, so they are all kept while the sheet is read;
 * as bytes they take about a fifth of what as many JavaScript strings would.
 */
export class SharedStrings {
  private bytes: Buffer;
  private used = 0;
  private ends = new Uint32Array(1024);
  private count = 0;
  /** Entries with no text at all (`<si><t/></si>`): exceljs gives null, which reads as an empty cell. */
  private readonly nulls = new Set<number>();
  /** Strings decoded lately, by index modulo {@link RECENT} (-1: none). */
  private readonly recentIndex = new Int32Array(RECENT).fill(-1);
  private readonly recentText: string[] = new Array<string>(RECENT).fill('');

  /** `expectedBytes` (the part's inflated size) bounds the text; `maxBytes` is the most ever kept. */
  constructor(expectedBytes: number, private readonly maxBytes: number) {
    // Untouched pages of an unsafe allocation cost no memory: the bound can be generous.
    this.bytes = Buffer.allocUnsafe(Math.max(1024, Math.min(expectedBytes, maxBytes)));
  }

  /** Room for the `count` strings the part says it holds (believed up to one per 12 bytes of the part, `<si><t/></si>`; past that the table grows as it fills), so the table needs no growing. */
  expect(count: number): void {
    const n = Math.min(count, Math.floor(this.bytes.length / 12) + 1);
    if (this.count === 0 && n > this.ends.length) this.ends = new Uint32Array(n);
  }

  /** The number of strings. */
  get size(): number {
    return this.count;
  }

  /** String `index`: its text, null for an entry without text, undefined when there is no such entry. */
  get(index: number): string | null | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    if (this.nulls.size && this.nulls.has(index)) return null;
    // The texts a column repeats (a group, a designation) are decoded once, not once a row.
    const slot = index & (RECENT - 1);
    if (this.recentIndex[slot] === index) return this.recentText[slot];
    const text = this.bytes.toString('utf8', index ? this.ends[index - 1] : 0, this.ends[index]);
    this.recentIndex[slot] = index;
    this.recentText[slot] = text;
    return text;
  }

  private push(text: string | null): void {
    if (this.count === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      release(this.ends);
      this.ends = grown;
    }
    if (text === null) this.nulls.add(this.count);
    else if (text) {
      if (this.used + text.length * 3 > this.bytes.length) this.grow(Buffer.byteLength(text, 'utf8'));
      this.used += this.bytes.write(text, this.used, 'utf8');
    }
    this.ends[this.count++] = this.used;
  }

  private grow(need: number): void {
    if (this.used + need <= this.bytes.length) return;
    if (this.used + need > this.maxBytes) throw new PartTooLargeError('shared strings');
    const grown = Buffer.allocUnsafe(Math.min(this.maxBytes, Math.max(this.bytes.length * 2, this.used + need)));
    this.bytes.copy(grown, 0, 0, this.used);
    this.bytes = grown;
  }

  /**
   * A handler that reads `xl/sharedStrings.xml` into this table exactly as exceljs's streaming
   * reader does: an `<si>` with rich-text runs is the runs' text joined; otherwise the text
   * gathered since its last `<t>` opened.
   */
  reader(): XmlHandler {
    let text: string | null = null;
    let runs: (string | null)[] = [];
    return {
      open: (tag: SaxesTagPlain) => {
        if (tag.name === 'sst') this.expect(parseInt(tag.attributes.uniqueCount ?? tag.attributes.count, 10) || 0);
        else if (tag.name === 'si') {
          runs = [];
          text = null;
        } else if (tag.name === 't') text = null;
      },
      text: (value: string) => {
        text = text ? text + value : value;
      },
      close: (name: string) => {
        if (name === 'r') {
          runs.push(text);
          text = null;
        } else if (name === 'si') {
          this.push(runs.length ? runs.map((r) => r ?? '').join('') : text);
          runs = [];
          text = null;
        }
      },
    };
  }
}
