import type { FileHandle } from 'node:fs/promises';
import zlib from 'node:zlib';

/** Bytes that can be read at any offset: a file on disk or a buffer in memory. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

/** The bytes from `start` to `stop` in chunks, the next chunk already being read while one is used. */
export async function* readAhead(source: ByteSource, start: number, stop: number, chunk = READ_CHUNK): AsyncGenerator<Buffer> {
  let next = start < stop ? source.read(start, Math.min(chunk, stop - start)) : undefined;
  for (let at = start; next; ) {
    const current = await next;
    at += chunk;
    next = at < stop ? source.read(at, Math.min(chunk, stop - at)) : undefined;
    yield current;
  }
}

/** A buffer as a byte source. */
export function bufferSource(buf: Buffer): ByteSource {
  return { size: buf.length, read: async (offset, length) => buf.subarray(offset, Math.min(buf.length, offset + length)) };
}

/** An open file as a byte source (the caller closes the handle). */
export function fileSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    read: async (offset, length) => {
      const out = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - offset)));
      let got = 0;
      while (got < out.length) {
        const { bytesRead } = await handle.read(out, got, out.length - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got === out.length ? out : out.subarray(0, got);
    },
  };
}

/** One entry of a zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly crc: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where its local header starts. */
  readonly offset: number;
  readonly encrypted: boolean;
}

/** Why a zip could not be read (the caller turns it into 'unreadable-file'). */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const READ_CHUNK = 256 * 1024;

/** Reads the central directory (zip64 included). Throws {@link ZipError} when it is not a zip. */
export async function readZipEntries(source: ByteSource): Promise<ZipEntry[]> {
  const tailLength = Math.min(source.size, 22 + 65535 + 20);
  const tail = await source.read(source.size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('no end of central directory');
  let count = tail.readUInt16LE(end + 10);
  let cdSize = tail.readUInt32LE(end + 12);
  let cdStart = tail.readUInt32LE(end + 16);
  if ((count === 0xffff || cdStart === 0xffffffff || cdSize === 0xffffffff) && end >= 20 && tail.readUInt32LE(end - 20) === EOCD64_LOCATOR) {
    const at = Number(tail.readBigUInt64LE(end - 20 + 8));
    const record = await source.read(at, 56);
    if (record.length < 56 || record.readUInt32LE(0) !== EOCD64) throw new ZipError('bad zip64 end record');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdStart = Number(record.readBigUInt64LE(48));
  }
  if (cdStart + cdSize > source.size) throw new ZipError('central directory out of range');
  const cd = await source.read(cdStart, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new ZipError('bad central directory');
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc = cd.readUInt32LE(p + 16);
    let compressedSize = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    let offset = cd.readUInt32LE(p + 42);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    // zip64 extended information: the fields that are 0xffffffff, in order.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
      const id = cd.readUInt16LE(x);
      const len = cd.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff) (size = Number(cd.readBigUInt64LE(q))), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = Number(cd.readBigUInt64LE(q))), (q += 8);
        if (offset === 0xffffffff) offset = Number(cd.readBigUInt64LE(q));
      }
      x += 4 + len;
    }
    entries.push({ name, crc, method, compressedSize, size, offset, encrypted: (flags & 1) === 1 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The bytes of an entry, inflated, as they come (a stream of chunks; never the whole entry at once); a damaged entry throws at its end. */
export async function* entryChunks(source: ByteSource, entry: ZipEntry): AsyncGenerator<Buffer> {
  let crc = 0;
  let size = 0;
  for await (const chunk of rawEntryChunks(source, entry)) {
    crc = zlib.crc32(chunk, crc);
    size += chunk.length;
    yield chunk;
  }
  if (crc >>> 0 !== entry.crc >>> 0 || size !== entry.size) throw new ZipError('entry damaged (CRC or size)');
}

async function* rawEntryChunks(source: ByteSource, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.encrypted) throw new ZipError('encrypted entry');
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`compression method ${entry.method}`);
  const head = await source.read(entry.offset, 30);
  if (head.length < 30 || head.readUInt32LE(0) !== LOCAL) throw new ZipError('bad local header');
  let at = entry.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  const stop = at + entry.compressedSize;
  if (stop > source.size) throw new ZipError('entry out of range');
  if (entry.method === 0) {
    yield* readAhead(source, at, stop);
    return;
  }
  // Small inflated chunks: the rows made from one are short-lived, and the young generation collects them cheaply.
  const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  const pump = (async () => {
    try {
      for await (const chunk of readAhead(source, at, stop)) {
        if (inflate.destroyed) break;
        if (!inflate.write(chunk)) await drainOrClose(inflate);
      }
      if (!inflate.destroyed) inflate.end();
    } catch (err) {
      inflate.destroy(err as Error);
    }
  })();
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } finally {
    inflate.destroy();
    await pump;
  }
}

/** Waits until a stream can take more, or is gone. */
function drainOrClose(stream: NodeJS.WritableStream & NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}
