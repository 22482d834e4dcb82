/** Reading, checking and annotating bulk-upload files (.xlsx, .csv), from disk or from a Teams download, as streams. */
export {
  CLI_FILE_LIMITS, FILE_LIMITS, checkFileAt, checkFileBuffer, checkFilePath, checkFileSource, limitResult,
  type CheckSink, type FileCheckOptions, type FileCheckOutcome, type FileCheckSummary,
} from './check-file';
export { downloadAndCheck, downloadLimited, type DownloadOptions } from './download';
export { readXlsxRows, type RawCell, type SheetRow, type XlsxReadOptions } from './read-xlsx';
export { CsvRecords, readCsvRows } from './read-csv';
export { AnnotatedCopy, STATUS_FAILED, STATUS_NO_ERRORS, memorySink, writeAnnotatedXlsx } from './write-annotated';
export { type ByteSink, ZipStreamWriter } from './zip-writer';
export { escapeXml, SHEET_XML, workbookParts } from './xlsx-writer';
export { bufferSource, fileSource, type ByteSource } from './zip-reader';
export { sniffFileKind } from './file-kind';
export { uploadToUrl, type UploadOutcome } from './upload';
export { checkBufferInWorker, WORKER_LIMITS } from './check-in-worker';
export { filePolicy, hostMatches, nonPublicAddress, requestWithPolicy, TEAMS_FILE_HOSTS, type OutboundPolicy } from './outbound';
export { CheckLimiter, type Limited } from './check-limiter';
