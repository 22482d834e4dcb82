import { SharedStrings } from './shared-strings';
import { type ByteSource, entryChunks, readZipEntries, type ZipEntry } from './zip-reader';
import { WorksheetReader, type RawCell, type SheetRow } from './xlsx-sheet';
import { WorkbookStyles, workbookReader } from './xlsx-styles';
import { feedXml, readXml } from './xml-events';

export type { RawCell, SheetRow };

/** What the reader learns about a workbook before its rows. */
export interface WorkbookFacts {
  date1904: boolean;
  /** The last row the sheet's `<dimension>` declares: a hint for memory, never trusted for results. */
  declaredRows?: number;
}

/** Options for reading a workbook. */
export interface XlsxReadOptions {
  /** Keep each cell as written (for the annotated copy). */
  readonly keepRaw?: boolean;
  /** Most bytes of shared-string text kept (a zip bomb stops here). */
  readonly maxSharedStringBytes?: number;
  /** Told the workbook's date system, and the rows its sheet declares (if it does), before the first rows come. */
  readonly workbook?: WorkbookFacts;
}

/** The portal reads the first sheet: the first `xl/worksheets/sheetN.xml` in the archive (as exceljs's streaming reader finds it). */
const SHEET = /xl\/worksheets\/sheet\d+[.]xml/;

/**
 * Streams the rows of the first worksheet of an .xlsx, reading the archive where it lies (a
 * file or a buffer): the workbook's date system, its styles and shared strings first, then the
 * sheet, inflated and parsed chunk by chunk. Memory holds the shared strings (deflated in blocks) and
 * one chunk of the sheet, never the sheet. Throws on a file that is not a readable workbook
 * (the caller turns that into 'unreadable-file').
 */
export async function* readXlsxRows(source: ByteSource, options: XlsxReadOptions = {}): AsyncGenerator<SheetRow[]> {
  const entries = await readZipEntries(source);
  const named = (name: string): ZipEntry | undefined => entries.find((e) => e.name === name);
  const sheet = entries.filter((e) => SHEET.test(e.name)).sort((a, b) => a.offset - b.offset)[0];
  if (!sheet) return;
  const props: WorkbookFacts = options.workbook ?? { date1904: false };
  const workbook = named('xl/workbook.xml');
  if (workbook) await readXml(entryChunks(source, workbook), workbookReader(props));
  const stylesEntry = named('xl/styles.xml');
  const styles = stylesEntry ? new WorkbookStyles() : WorkbookStyles.defaults();
  if (stylesEntry) await readXml(entryChunks(source, stylesEntry), styles.reader());
  const stringsEntry = named('xl/sharedStrings.xml');
  let strings: SharedStrings | null = null;
  if (stringsEntry) {
    strings = new SharedStrings(options.maxSharedStringBytes ?? 256 * 1024 * 1024);
    await readXml(entryChunks(source, stringsEntry), strings.reader());
    strings.finish();
  }
  const reader = new WorksheetReader(strings, styles, props.date1904, options.keepRaw === true);
  for await (const _ of feedXml(entryChunks(source, sheet), reader)) {
    if (reader.ready.length) {
      props.declaredRows = reader.declaredRows;
      yield reader.ready.splice(0);
    }
  }
  if (reader.ready.length) yield reader.ready.splice(0);
}
