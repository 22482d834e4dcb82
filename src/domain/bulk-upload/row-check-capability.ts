import type { Capability } from '../assistant/capability';
import { checkPastedText, looksLikePastedRows } from './pasted';

/** The topic of a pasted-rows check. */
export const ROW_CHECK_TOPIC = 'row-check';

/**
 * The bulk-upload checker as an assistant capability: a message that looks
 * like pasted rows is checked at once (up to the chat row limit). The rows are
 * only checked, never kept.
 */
export function rowCheckCapability(clock: () => Date): Capability {
  return {
    claim(text) {
      if (!looksLikePastedRows(text)) return undefined;
      return { topic: ROW_CHECK_TOPIC, facts: { rowCheck: checkPastedText(text, { now: clock() }) } };
    },
  };
}
