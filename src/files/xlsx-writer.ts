import { type ByteSink, ZipStreamWriter } from './zip-writer';

export type { ByteSink };

const SHEET_PATH = 'xl/worksheets/sheet1.xml';
/** Bytes of rows deflated at a time (each batch is a round trip to zlib's thread and back). */
const BATCH_BYTES = 256 * 1024;

/** The built-in number formats Excel knows by id (the others are written into the workbook). */
const BUILT_IN_IDS: Readonly<Record<string, number>> = Object.freeze({
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13,
  'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21,
  'm/d/yy "h":mm': 22, 'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
});

const ESCAPED = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as XML element content: &, <, > escaped; characters XML 1.0 cannot hold dropped (most text needs nothing, and is returned as it is). */
function xmlText(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 || c === 60 || c === 62 || c === 127 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) {
      return s.replace(ESCAPED, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ''));
    }
  }
  return s;
}
const xmlAttr = (s: string): string => xmlText(s).replace(/"/g, '&quot;');

/** XML text and attribute escaping for sheet cells (characters XML 1.0 cannot hold are dropped, as exceljs drops them). */
export const escapeXml = { text: xmlText, attr: xmlAttr };

const NS = 'http://schemas.openxmlformats.org';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The start and end of the worksheet part around its rows. */
export const SHEET_XML = Object.freeze({
  path: SHEET_PATH,
  start: `${HEAD}<worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>`,
  end: '</sheetData></worksheet>',
});

/** The parts of a one-sheet workbook other than the sheet (and its shared strings, when it has them). */
export function workbookParts(options: { numFmts: readonly string[]; date1904?: boolean; sharedStrings?: boolean }): [string, string][] {
  const formats = options.numFmts;
  const custom = formats.filter((f) => BUILT_IN_IDS[f] === undefined);
  const idOf = (f: string): number => BUILT_IN_IDS[f] ?? 164 + custom.indexOf(f);
  const numFmts = custom.length ? `<numFmts count="${custom.length}">${custom.map((f) => `<numFmt numFmtId="${idOf(f)}" formatCode="${xmlAttr(f)}"/>`).join('')}</numFmts>` : '';
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', ...formats.map((f) => `<xf numFmtId="${idOf(f)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)];
  const sst = options.sharedStrings === true;
  const rel = (id: string, type: string, target: string): string => `<Relationship Id="${id}" Type="${NS}/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const override = (part: string, type: string): string => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`;
  return [
    ['[Content_Types].xml', `${HEAD}<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${override('xl/workbook.xml', 'sheet.main')}${override(SHEET_PATH, 'worksheet')}${override('xl/styles.xml', 'styles')}${sst ? override('xl/sharedStrings.xml', 'sharedStrings') : ''}</Types>`],
    ['_rels/.rels', `${HEAD}<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${HEAD}<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="${NS}/package/2006/relationships">${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'styles', 'styles.xml')}${sst ? rel('rId3', 'sharedStrings', 'sharedStrings.xml') : ''}</Relationships>`],
    ['xl/styles.xml', `${HEAD}<styleSheet xmlns="${NS}/spreadsheetml/2006/main">${numFmts}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`],
  ];
}

/**
 * Writes a one-sheet .xlsx as a stream: the sheet's rows are deflated and written as they
 * come, then the small parts (workbook, styles with the number formats the cells used,
 * relationships) and the zip directory. Memory holds one batch of rows, never the sheet.
 */
export class XlsxStreamWriter {
  private readonly zip: ZipStreamWriter;
  /** Rows encoded as they come into one buffer, reused for every batch (a long string built of many rows encodes several times slower). */
  private batch = Buffer.allocUnsafe(BATCH_BYTES);
  private used = 0;
  private readonly styleIds = new Map<string, number>();

  constructor(out: ByteSink, private readonly date1904 = false) {
    this.zip = new ZipStreamWriter(out);
  }

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
    await this.zip.begin(SHEET_PATH);
    await this.row(SHEET_XML.start);
  }

  /** Adds one row's XML (`<row …>…</row>`); a promise only when the batch had to be handed on first (await it before the next row). */
  row(xml: string): Promise<void> | undefined {
    // At most 3 bytes of UTF-8 for each UTF-16 unit: when it may not fit, the batch goes first.
    if (this.used + xml.length * 3 > this.batch.length) return this.flushThen(xml);
    this.used += this.batch.write(xml, this.used, 'utf8');
    return undefined;
  }

  private async flushThen(xml: string): Promise<void> {
    await this.flush();
    if (xml.length * 3 > this.batch.length) return this.zip.write(Buffer.from(xml, 'utf8'));
    this.used += this.batch.write(xml, this.used, 'utf8');
  }

  /** Closes the sheet and writes the rest of the workbook. */
  async end(): Promise<void> {
    await this.row(SHEET_XML.end);
    await this.flush();
    await this.zip.endStreamed();
    for (const [name, text] of workbookParts({ numFmts: [...this.styleIds.keys()], date1904: this.date1904 })) await this.zip.small(name, Buffer.from(text, 'utf8'));
    await this.zip.finish();
  }

  /** Stops: nothing more is written (the caller discards what was). */
  abort(): void {
    this.zip.abort();
  }

  private async flush(): Promise<void> {
    if (!this.used) return;
    // The deflater has taken the bytes when the write resolves: the same buffer takes the next rows (no new one per batch).
    await this.zip.write(this.batch.subarray(0, this.used));
    this.used = 0;
  }
}
