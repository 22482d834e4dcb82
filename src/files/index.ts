/** Reading, checking and annotating bulk-upload files (.xlsx, .csv), from disk or from a Teams download. */
export { FILE_LIMITS, checkFileBuffer, checkFilePath, limitResult, type FileCheckOptions, type FileCheckOutcome } from './check-file';
export { downloadAndCheck, downloadLimited, type DownloadOptions } from './download';
export { readXlsxRows, toCell, XLSX_READER_OPTIONS, type SheetRow } from './read-xlsx';
export { readCsvRows } from './read-csv';
export { STATUS_FAILED, STATUS_NO_ERRORS, writeAnnotatedXlsx } from './write-annotated';
export { sniffFileKind } from './file-kind';
export { uploadToUrl, type UploadOutcome } from './upload';
export { checkBufferInWorker, WORKER_LIMITS } from './check-in-worker';
export { filePolicy, hostMatches, nonPublicAddress, requestWithPolicy, TEAMS_FILE_HOSTS, type OutboundPolicy } from './outbound';
export { CheckLimiter, type Limited } from './check-limiter';
