import { err, fix } from './cell-read';
import type { RowError } from './types';

/** Remembers the first line of each email and mobile number; later rows with the same value fail on the portal. */
export class DuplicateTracker {
  private readonly emails = new Map<string, number>();
  private readonly mobiles = new Map<string, number>();

  /** Records a row's values and returns the duplicate errors for it (empty for first occurrences). */
  check(line: number, email: string | undefined, mobile: string | undefined): RowError[] {
    const out: RowError[] = [];
    if (email !== undefined) {
      const first = this.emails.get(email);
      if (first === undefined) this.emails.set(email, line);
      else out.push(err('Email', 'duplicate-email', fix('remove-duplicate-row', { firstLine: first }), { firstLine: first }));
    }
    if (mobile !== undefined) {
      const first = this.mobiles.get(mobile);
      if (first === undefined) this.mobiles.set(mobile, line);
      else out.push(err('Mobile Number', 'duplicate-mobile', fix('remove-duplicate-row', { firstLine: first }), { firstLine: first }));
    }
    return out;
  }
}
