import fs from 'node:fs';
import path from 'node:path';
import { createDirectory } from './directory';
import type { AliasFile } from './alias-index';
import type { Directory, DirectoryRow, FallbackContact } from './types';

/** annexure.json as stored in `content/directory/`. */
export interface AnnexureFile {
  readonly source: string;
  readonly rows: readonly DirectoryRow[];
  readonly fallbackContacts: readonly FallbackContact[];
  readonly documentedFlaws?: readonly { code: string; email?: string; organisation?: string; description: string }[];
}

/** Reads `directory/annexure.json` and `directory/aliases.json` from a content folder. */
export function readDirectoryFiles(contentDir: string): { annexure: AnnexureFile; aliases: AliasFile } {
  const dir = path.join(contentDir, 'directory');
  const annexure = JSON.parse(fs.readFileSync(path.join(dir, 'annexure.json'), 'utf8')) as AnnexureFile;
  const aliases = JSON.parse(fs.readFileSync(path.join(dir, 'aliases.json'), 'utf8')) as AliasFile;
  return { annexure, aliases };
}

/** Loads the KB representative directory from a content folder (synchronous; a few milliseconds). */
export function loadDirectory(contentDir: string): Directory {
  const { annexure, aliases } = readDirectoryFiles(contentDir);
  return createDirectory(annexure.rows ?? [], aliases, annexure.fallbackContacts ?? []);
}
