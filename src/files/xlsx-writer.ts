import { once } from 'node:events';
import zlib from 'node:zlib';

/** Where a written workbook goes: a file, a response, or chunks kept in memory. */
export interface ByteSink {
  write(chunk: Buffer): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/** Deflate level of the annotated copy: fast, still a fraction of the XML's size. */
const LEVEL = 3;
const SHEET_PATH = 'xl/worksheets/sheet1.xml';
const MAX_ZIP32 = 0xffffffff;

/** The built-in number formats Excel knows by id (the others are written into the workbook). */
const BUILT_IN_IDS: Readonly<Record<string, number>> = Object.freeze({
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13,
  'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21,
  'm/d/yy "h":mm': 22, 'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
});

const xmlText = (s: string): string =>
  s.replace(/[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : ''));
const xmlAttr = (s: string): string => xmlText(s).replace(/"/g, '&quot;');

interface Written {
  readonly name: string;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
  readonly descriptor: boolean;
}

/**
 * Writes a one-sheet .xlsx as a stream: the sheet's rows are deflated and written as they
 * come (a zip entry with a data descriptor), then the small parts (workbook, styles with the
 * number formats the cells used, relationships) and the zip directory. Memory holds one
 * batch of rows, never the sheet.
 */
export class XlsxStreamWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private deflate: zlib.DeflateRaw | undefined;
  private pump: Promise<void> | undefined;
  private crc = 0;
  private size = 0;
  private compressed = 0;
  private batch = '';
  private readonly styleIds = new Map<string, number>();

  constructor(private readonly out: ByteSink, private readonly date1904 = false) {}

  /** The style id for a number format (0 for none). */
  styleFor(numFmt: string | undefined): number {
    if (!numFmt || numFmt === 'General') return 0;
    let id = this.styleIds.get(numFmt);
    if (id === undefined) {
      id = this.styleIds.size + 1;
      this.styleIds.set(numFmt, id);
    }
    return id;
  }

  /** Opens the sheet (call once, before the rows). */
  async begin(): Promise<void> {
    await this.raw(localHeader(SHEET_PATH, 0, 0, 0, true));
    this.deflate = zlib.createDeflateRaw({ level: LEVEL, chunkSize: 64 * 1024 });
    const deflate = this.deflate;
    this.pump = (async () => {
      for await (const chunk of deflate) {
        this.compressed += (chunk as Buffer).length;
        await this.raw(chunk as Buffer);
      }
    })();
    await this.sheetText('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  }

  /** Adds one row's XML (`<row …>…</row>`). */
  async row(xml: string): Promise<void> {
    this.batch += xml;
    if (this.batch.length >= 64 * 1024) await this.flushBatch();
  }

  /** Closes the sheet and writes the rest of the workbook. */
  async end(): Promise<void> {
    await this.sheetText('</sheetData></worksheet>');
    await this.flushBatch();
    const deflate = this.deflate!;
    deflate.end();
    await this.pump;
    if (this.size > MAX_ZIP32 || this.compressed > MAX_ZIP32) throw new Error('annotated copy too large for a zip without zip64');
    const sheetOffset = 0;
    await this.raw(dataDescriptor(this.crc, this.compressed, this.size));
    this.written.push({ name: SHEET_PATH, crc: this.crc, compressedSize: this.compressed, size: this.size, offset: sheetOffset, descriptor: true });
    for (const [name, text] of this.parts()) await this.smallEntry(name, Buffer.from(text, 'utf8'));
    const cdStart = this.offset;
    for (const w of this.written) await this.raw(centralHeader(w));
    await this.raw(endOfDirectory(this.written.length, this.offset - cdStart, cdStart));
  }

  /** Stops: nothing more is written (the caller discards what was). */
  abort(): void {
    this.deflate?.destroy();
  }

  private async sheetText(text: string): Promise<void> {
    this.batch += text;
  }

  private async flushBatch(): Promise<void> {
    if (!this.batch) return;
    const data = Buffer.from(this.batch, 'utf8');
    this.batch = '';
    this.crc = zlib.crc32(data, this.crc);
    this.size += data.length;
    if (!this.deflate!.write(data)) await once(this.deflate!, 'drain');
  }

  private async raw(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }

  private async smallEntry(name: string, data: Buffer): Promise<void> {
    const compressed = zlib.deflateRawSync(data, { level: LEVEL });
    const crc = zlib.crc32(data);
    const offset = this.offset;
    await this.raw(localHeader(name, crc, compressed.length, data.length, false));
    await this.raw(compressed);
    this.written.push({ name, crc, compressedSize: compressed.length, size: data.length, offset, descriptor: false });
  }

  private parts(): [string, string][] {
    const ns = 'http://schemas.openxmlformats.org';
    const formats = [...this.styleIds.keys()];
    const custom = formats.filter((f) => BUILT_IN_IDS[f] === undefined);
    const idOf = (f: string): number => BUILT_IN_IDS[f] ?? 164 + custom.indexOf(f);
    const numFmts = custom.length ? `<numFmts count="${custom.length}">${custom.map((f) => `<numFmt numFmtId="${idOf(f)}" formatCode="${xmlAttr(f)}"/>`).join('')}</numFmts>` : '';
    const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', ...formats.map((f) => `<xf numFmtId="${idOf(f)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)];
    return [
      ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${SHEET_PATH}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`],
      ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
      ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships">${this.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`],
      ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`],
      ['xl/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${ns}/spreadsheetml/2006/main">${numFmts}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`],
    ];
  }
}

/** XML text and attribute escaping for sheet cells (characters XML 1.0 cannot hold are dropped, as exceljs drops them). */
export const escapeXml = { text: xmlText, attr: xmlAttr };

const DOS_TIME = 0x0000;
const DOS_DATE = 0x5021; // 2020-01-01: a fixed stamp, the copy is the same whenever it is made

function localHeader(name: string, crc: number, compressedSize: number, size: number, descriptor: boolean): Buffer {
  const n = Buffer.from(name, 'utf8');
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE((descriptor ? 0x0008 : 0) | 0x0800, 6);
  h.writeUInt16LE(8, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(crc >>> 0, 14);
  h.writeUInt32LE(compressedSize, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(n.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, n]);
}

function dataDescriptor(crc: number, compressedSize: number, size: number): Buffer {
  const d = Buffer.alloc(16);
  d.writeUInt32LE(0x08074b50, 0);
  d.writeUInt32LE(crc >>> 0, 4);
  d.writeUInt32LE(compressedSize, 8);
  d.writeUInt32LE(size, 12);
  return d;
}

function centralHeader(w: Written): Buffer {
  const n = Buffer.from(w.name, 'utf8');
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE((w.descriptor ? 0x0008 : 0) | 0x0800, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(w.crc >>> 0, 16);
  h.writeUInt32LE(w.compressedSize, 20);
  h.writeUInt32LE(w.size, 24);
  h.writeUInt16LE(n.length, 28);
  h.writeUInt32LE(w.offset, 42);
  return Buffer.concat([h, n]);
}

function endOfDirectory(count: number, size: number, start: number): Buffer {
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(count, 8);
  e.writeUInt16LE(count, 10);
  e.writeUInt32LE(size, 12);
  e.writeUInt32LE(start, 16);
  return e;
}
