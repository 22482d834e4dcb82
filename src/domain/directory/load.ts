import fs from 'node:fs';
import path from 'node:path';
import { createDirectory, type DirectoryExtras } from './directory';
import type { AliasFile, GenericNamesFile } from './alias-index';
import type { BiText, Directory, DirectoryRow, FallbackContact, StateRoute } from './types';

/** annexure.json as stored in `content/directory/`. */
export interface AnnexureFile {
  readonly source: string;
  readonly rows: readonly DirectoryRow[];
  readonly fallbackContacts: readonly FallbackContact[];
  readonly documentedFlaws?: readonly { code: string; email?: string; organisation?: string; description: string }[];
}

/** other-sources.json: directory facts from documents other than the annexure, by source id. */
export interface OtherSourcesFile {
  readonly stateRoutes?: readonly Omit<StateRoute, 'cite'>[];
  readonly emailSpellings?: readonly { readonly email: string; readonly spelling: string; readonly source: string }[];
}

/** Every directory content file (the last three are optional). */
export interface DirectoryFiles {
  readonly annexure: AnnexureFile;
  readonly aliases: AliasFile;
  readonly genericNames: GenericNamesFile;
  readonly otherSources: OtherSourcesFile;
  /** Source id → citation (content/sources.json). */
  readonly citations: ReadonlyMap<string, BiText>;
}

function readJson<T>(file: string, fallback?: T): T {
  if (fallback !== undefined && !fs.existsSync(file)) return fallback;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Reads the `directory/` files of a content folder (and the citations of `sources.json`). */
export function readDirectoryFiles(contentDir: string): DirectoryFiles {
  const dir = path.join(contentDir, 'directory');
  const sources = readJson<{ documents?: { id: string; cite: BiText }[] }>(path.join(contentDir, 'sources.json'), {});
  return {
    annexure: readJson<AnnexureFile>(path.join(dir, 'annexure.json')),
    aliases: readJson<AliasFile>(path.join(dir, 'aliases.json')),
    genericNames: readJson<GenericNamesFile>(path.join(dir, 'generic-names.json'), {}),
    otherSources: readJson<OtherSourcesFile>(path.join(dir, 'other-sources.json'), {}),
    citations: new Map((sources.documents ?? []).map((d) => [d.id, d.cite])),
  };
}

/** The extras of the directory files, each fact with its citation (an unknown source id is cited by its id). */
export function directoryExtras(files: DirectoryFiles): DirectoryExtras {
  const cite = (id: string): BiText => files.citations.get(id) ?? { en: id, hi: id };
  return {
    genericNames: files.genericNames,
    stateRoutes: (files.otherSources.stateRoutes ?? []).map((r) => ({ ...r, cite: cite(r.source) })),
    emailSpellings: (files.otherSources.emailSpellings ?? []).map((s) => ({ ...s, cite: cite(s.source) })),
  };
}

/** Loads the KB representative directory from a content folder (synchronous; a few milliseconds). */
export function loadDirectory(contentDir: string): Directory {
  const files = readDirectoryFiles(contentDir);
  return createDirectory(files.annexure.rows ?? [], files.aliases, files.annexure.fallbackContacts ?? [], directoryExtras(files));
}
