/** The Karmayogi Bharat representative directory (annexure of seed 003). */
export { loadDirectory, readDirectoryFiles, type AnnexureFile } from './load';
export { createDirectory } from './directory';
export { analyseRows } from './flaws';
export { validateDirectoryContent, type ContentProblem } from './validate';
export type { AliasFile } from './alias-index';
export type {
  Directory, DirectoryEntry, DirectoryFlaw, DirectoryPerson, DirectoryResult, DirectoryRow, FallbackContact, RowFlawCode,
} from './types';
