/** The bulk-upload checker: what the iGOT portal will reject, and how to fix it (pure, no I/O). */
export * from './types';
export { ALL_FIELDS, CATEGORIES, GENDERS, GROUPS, LAYOUT_COLUMNS, PORTAL_MESSAGES, REQUIRED_FIELDS } from './fields';
export { checkRow, portalErrorDetails } from './check-row';
export { DuplicateTracker } from './duplicates';
export { headerMeaning, isHeaderRow, readHeader, guessLayout } from './headers';
export { parsePastedText, detectDelimiter } from './parse-pasted';
export { delimitedRecords, type DelimitedRecord } from './delimited';
export { SheetSession, cellText, type SessionOptions } from './sheet-session';
export { CHAT_ROW_LIMIT, checkPastedText, checkPastedReading, type PastedOptions } from './pasted';
export { looksLikePastedRows, readPastedRows, READING_LIMITS, type PastedReading } from './pasted-reading';
export { cellShape, isRowShaped, type CellShape } from './pasted-shape';
