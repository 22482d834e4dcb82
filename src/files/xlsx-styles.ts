import type { SaxesTagPlain } from 'saxes';
import type { XmlHandler } from './xml-events';

/** The built-in number formats that have a format code (as exceljs knows them). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = Object.freeze({
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
});

/** A cell style as the checker needs it: its number format (undefined for General-less styles). */
export interface CellStyle {
  readonly numFmt?: string;
}

/**
 * The number formats of a workbook's cell styles (`xl/styles.xml`), read as exceljs reads
 * them: style `s` of a cell is entry `s` of `cellXfs`; its `numFmtId` names a custom format
 * of `numFmts` or a built-in one.
 */
export class WorkbookStyles {
  /** `cellXfs` entries' numFmtId (NaN when absent); undefined when the part had none (exceljs then fails on any styled cell). */
  private xfs: number[] | undefined;
  private readonly formats = new Map<number, string>();
  private readonly models = new Map<number, CellStyle | null>();

  /** Styles of a workbook without `xl/styles.xml`: only the default style 0. */
  static defaults(): WorkbookStyles {
    const styles = new WorkbookStyles();
    styles.xfs = [0];
    return styles;
  }

  /** A handler that reads `xl/styles.xml` into this object. */
  reader(): XmlHandler {
    let inNumFmts = false;
    let inCellXfs = false;
    let depth = 0;
    let xfs: number[] = [];
    return {
      open: (tag: SaxesTagPlain) => {
        if (inCellXfs) {
          depth++;
          if (depth === 1 && tag.name === 'xf') xfs.push(parseInt(tag.attributes.numFmtId, 10));
          return;
        }
        if (tag.name === 'numFmts') inNumFmts = true;
        else if (tag.name === 'cellXfs') {
          inCellXfs = true;
          depth = 0;
          xfs = [];
        } else if (inNumFmts && tag.name === 'numFmt') {
          const code = tag.attributes.formatCode;
          if (code !== undefined) this.formats.set(parseInt(tag.attributes.numFmtId, 10), code.replace(/[\\](.)/g, '$1'));
        }
      },
      text: () => undefined,
      close: (name: string) => {
        if (inCellXfs) {
          if (depth === 0 && name === 'cellXfs') {
            inCellXfs = false;
            if (xfs.length) this.xfs = xfs;
          } else depth--;
          return;
        }
        if (name === 'numFmts') inNumFmts = false;
      },
    };
  }

  /** Style `id` (null when there is none; throws where exceljs would, for a styles part without cell styles). */
  style(id: number): CellStyle | null {
    let model = this.models.get(id);
    if (model !== undefined) return model;
    if (!this.xfs) throw new Error('styled cell without cell styles');
    const numFmtId = this.xfs[id];
    if (numFmtId === undefined) model = null;
    else {
      const numFmt = numFmtId ? this.formats.get(numFmtId) || BUILT_IN_FORMATS[numFmtId] : undefined;
      model = numFmt ? { numFmt } : {};
    }
    this.models.set(id, model);
    return model;
  }
}

/** Whether a number format shows a date or time (exceljs's test: a date letter outside quotes and brackets). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** exceljs's conversion of an Excel serial day number to a date (1904 date system when asked). */
export function excelToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** Reads `date1904` from `xl/workbook.xml` (`<workbookPr date1904="1"/>`). */
export function workbookReader(into: { date1904: boolean }): XmlHandler {
  return {
    open: (tag) => {
      if (tag.name === 'workbookPr') into.date1904 = tag.attributes.date1904 === '1';
    },
    text: () => undefined,
    close: () => undefined,
  };
}
