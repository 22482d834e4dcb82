/**
 * Reorders the entries of an in-memory .xlsx (zip) so that workbook, relationships, styles and shared
 * strings come before the worksheets. Excel writes sharedStrings.xml after the sheets; exceljs's streaming
 * reader would then spool each sheet to a temporary file (row contents on disk) and read dates without styles.
 * Entries are copied byte for byte (no recompression).
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

interface Entry {
  readonly name: string;
  readonly offset: number;
}

/** Finds the end-of-central-directory record (searching back over a possible comment). */
function findEnd(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) if (buf.readUInt32LE(i) === END) return i;
  return -1;
}

function rank(name: string): number {
  if (name === '[Content_Types].xml' || name.startsWith('_rels/')) return 0;
  if (name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels') return 1;
  if (name === 'xl/styles.xml' || name === 'xl/sharedStrings.xml') return 2;
  if (name.startsWith('xl/worksheets/')) return 4;
  return 3;
}

/** Returns the zip with entries reordered for streaming, or the input unchanged when it can't be parsed. */
export function reorderXlsxForStreaming(buf: Buffer): Buffer {
  const end = findEnd(buf);
  if (end < 0) return buf;
  const count = buf.readUInt16LE(end + 10);
  const cdStart = buf.readUInt32LE(end + 16);
  if (cdStart >= buf.length || count === 0xffff) return buf;
  const entries: Entry[] = [];
  let p = cdStart;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return buf;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  const ranges = byOffset.map((e, i) => ({ e, start: e.offset, stop: i + 1 < byOffset.length ? byOffset[i + 1].offset : cdStart }));
  if (ranges.some((r) => r.stop <= r.start || buf.readUInt32LE(r.start) !== LOCAL)) return buf;
  const ordered = [...ranges].sort((a, b) => rank(a.e.name) - rank(b.e.name) || a.start - b.start);
  if (ordered.every((r, i) => r === ranges[i])) return buf;
  return Buffer.concat([...ordered.map((r) => buf.subarray(r.start, r.stop)), buf.subarray(cdStart)]);
}
