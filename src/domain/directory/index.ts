/** The Karmayogi Bharat representative directory (annexure of seed 003). */
export { directoryExtras, loadDirectory, readDirectoryFiles, type AnnexureFile, type DirectoryFiles } from './load';
export { createDirectory, type DirectoryExtras } from './directory';
export { analyseRows } from './flaws';
export { validateDirectoryContent, type ContentProblem } from './validate';
export type { AliasFile, GenericNamesFile } from './alias-index';
export type {
  BiText, Directory, DirectoryEntry, DirectoryFlaw, DirectoryGroup, DirectoryNote, DirectoryPerson, DirectoryResult, DirectoryRow,
  EmailSpelling, FallbackContact, QueryScope, RowConflict, RowFlawCode, StateRoute,
} from './types';
