import { FirstSeen } from '../shared/first-seen';
import { err, fix } from './cell-read';
import type { RowError } from './types';

/**
 * Remembers the first line of each email and mobile number; later rows with the same value fail on the portal.
 * Only a hash of each value is kept (see {@link FirstSeen}): a sheet of a million rows takes tens of megabytes, not hundreds.
 */
export class DuplicateTracker {
  private readonly emails = new FirstSeen(1024);
  /** Most rows have both: a table half a growth step larger grows on other rows than the emails'. */
  private readonly mobiles = new FirstSeen(1254);

  /** Records a row's values and returns the duplicate errors for it (empty for first occurrences). */
  check(line: number, email: string | undefined, mobile: string | undefined): RowError[] {
    const out: RowError[] = [];
    if (email !== undefined) {
      const first = this.emails.firstOrAdd(email, line);
      if (first !== undefined) out.push(err('Email', 'duplicate-email', fix('remove-duplicate-row', { firstLine: first }), { firstLine: first }));
    }
    if (mobile !== undefined) {
      const first = this.mobiles.firstOrAdd(mobile, line);
      if (first !== undefined) out.push(err('Mobile Number', 'duplicate-mobile', fix('remove-duplicate-row', { firstLine: first }), { firstLine: first }));
    }
    return out;
  }
}
