import zlib from 'node:zlib';

/** Where a written zip goes: a file, a response, or chunks kept in memory. */
export interface ByteSink {
  write(chunk: Buffer): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/** Deflate level: fast, still a fraction of the XML's size. */
const LEVEL = 1;
const MAX_ZIP32 = 0xffffffff;
const DOS_TIME = 0x0000;
const DOS_DATE = 0x5021; // 2020-01-01: a fixed stamp, so the same content gives the same bytes whenever it is written
const UTF8_NAMES = 0x0800;
const HAS_DESCRIPTOR = 0x0008;

interface Written {
  readonly name: string;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
  readonly descriptor: boolean;
}

/**
 * A zip written front to back to a sink: one large entry deflated as it comes (with a data
 * descriptor, so nothing is held back to learn its size first), small entries, then the directory.
 */
export class ZipStreamWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private deflate: zlib.DeflateRaw | undefined;
  private pump: Promise<void> | undefined;
  private streamed = { name: '', offset: 0, crc: 0, size: 0, compressed: 0 };

  constructor(private readonly out: ByteSink, private readonly level = LEVEL) {}

  /** Starts the streamed entry. */
  async begin(name: string): Promise<void> {
    const streamed = (this.streamed = { name, offset: this.offset, crc: 0, size: 0, compressed: 0 });
    await this.raw(header(false, { name, crc: 0, compressedSize: 0, size: 0, offset: 0, descriptor: true }));
    const deflate = (this.deflate = zlib.createDeflateRaw({ level: this.level, chunkSize: 64 * 1024 }));
    this.pump = (async () => {
      for await (const chunk of deflate) {
        streamed.compressed += (chunk as Buffer).length;
        await this.raw(chunk as Buffer);
      }
    })();
  }

  /** Adds bytes to the streamed entry; resolves once the deflater has consumed them (the caller may then reuse the buffer). */
  async write(data: Buffer): Promise<void> {
    this.streamed.crc = zlib.crc32(data, this.streamed.crc);
    this.streamed.size += data.length;
    await new Promise<void>((resolve, reject) => this.deflate!.write(data, (err) => (err ? reject(err) : resolve())));
  }

  /** Ends the streamed entry. */
  async endStreamed(): Promise<void> {
    const s = this.streamed;
    this.deflate!.end();
    await this.pump;
    if (s.size > MAX_ZIP32 || s.compressed > MAX_ZIP32) throw new Error('entry too large for a zip without zip64');
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(s.crc >>> 0, 4);
    d.writeUInt32LE(s.compressed, 8);
    d.writeUInt32LE(s.size, 12);
    await this.raw(d);
    this.written.push({ name: s.name, crc: s.crc, compressedSize: s.compressed, size: s.size, offset: s.offset, descriptor: true });
  }

  /** A small entry, deflated whole. */
  async small(name: string, data: Buffer): Promise<void> {
    const compressed = zlib.deflateRawSync(data, { level: this.level });
    const entry = { name, crc: zlib.crc32(data), compressedSize: compressed.length, size: data.length, offset: this.offset, descriptor: false };
    await this.raw(header(false, entry));
    await this.raw(compressed);
    this.written.push(entry);
  }

  /** Writes the directory: the zip is complete. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const w of this.written) await this.raw(header(true, w));
    const e = Buffer.alloc(22);
    e.writeUInt32LE(0x06054b50, 0);
    e.writeUInt16LE(this.written.length, 8);
    e.writeUInt16LE(this.written.length, 10);
    e.writeUInt32LE(this.offset - start, 12);
    e.writeUInt32LE(start, 16);
    await this.raw(e);
  }

  /** Stops: nothing more is written (the caller discards what was). */
  abort(): void {
    this.deflate?.destroy();
  }

  private async raw(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }
}

/** A local (`central` false) or central directory header. */
function header(central: boolean, w: Written): Buffer {
  const n = Buffer.from(w.name, 'utf8');
  const h = Buffer.alloc(central ? 46 : 30);
  const at = central ? 2 : 0; // central headers have "version made by" first
  h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
  if (central) h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 4 + at);
  h.writeUInt16LE((w.descriptor ? HAS_DESCRIPTOR : 0) | UTF8_NAMES, 6 + at);
  h.writeUInt16LE(8, 8 + at);
  h.writeUInt16LE(DOS_TIME, 10 + at);
  h.writeUInt16LE(DOS_DATE, 12 + at);
  // A streamed entry's local header leaves CRC and sizes to the data descriptor.
  const known = central || !w.descriptor;
  h.writeUInt32LE(known ? w.crc >>> 0 : 0, 14 + at);
  h.writeUInt32LE(known ? w.compressedSize : 0, 18 + at);
  h.writeUInt32LE(known ? w.size : 0, 22 + at);
  h.writeUInt16LE(n.length, 26 + at);
  if (central) h.writeUInt32LE(w.offset, 42);
  return Buffer.concat([h, n]);
}
