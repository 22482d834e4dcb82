import type { TFunction } from 'i18next';
import type { Directory, DirectoryResult } from '../domain/directory';
import type { FactRenderers } from './answer-text';
import { renderDirectoryText } from './directory-text';
import type { CheckResult } from '../domain/bulk-upload';
import { renderRowCheckText } from './row-check-text';
import { renderPortalMessage } from './understanding-text';

/** Plain-text renderers for the facts that capabilities add (directory look-up, row check). */
export function factRenderers(directory: Directory): FactRenderers {
  return {
    directory: (value, lang, t: TFunction) =>
      value === null
        ? t('directory:ask_which')
        : renderDirectoryText(value as DirectoryResult, lang, (key, opts) => String(t(key, opts as never)), directory.fallbackContacts()),
    rowCheck: (value, lang, t: TFunction) =>
      renderRowCheckText(value as CheckResult, lang, (key, opts) => String(t(key, opts as never))),
    portalMessage: renderPortalMessage,
  };
}
