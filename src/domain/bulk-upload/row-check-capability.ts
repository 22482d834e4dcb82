import type { Capability } from '../assistant/capability';
import { checkPastedReading } from './pasted';
import { readPastedRows } from './pasted-reading';

/** The topic of a pasted-rows check. */
export const ROW_CHECK_TOPIC = 'row-check';

/**
 * The bulk-upload checker as an assistant capability: a message that is pasted
 * rows by its shape (see `readPastedRows`) is checked at once (up to the chat row
 * limit), valid or not; rows whose separators were lost get `separators-lost`.
 * The rows are only checked, never kept.
 */
export function rowCheckCapability(clock: () => Date): Capability {
  return {
    claim(text) {
      const reading = readPastedRows(text);
      if (reading.kind === 'not-rows') return undefined;
      return { topic: ROW_CHECK_TOPIC, facts: { rowCheck: checkPastedReading(reading, { now: clock() }) } };
    },
  };
}
