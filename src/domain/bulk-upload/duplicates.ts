import { FIRST_NUMBER_MAX_LINE, FirstNumber } from '../shared/first-number';
import { FirstSeen } from '../shared/first-seen';
import { err, fix } from './cell-read';
import type { RowError } from './types';

/** A mobile of exactly 10 ASCII digits as a number (-1 otherwise): 10 digits map one to one onto numbers below 10^10. */
function tenDigits(text: string): number {
  if (text.length !== 10) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Remembers the first line of each email and mobile number; later rows with the same value fail on the portal.
 * Mobiles (10 digits) are held exactly as numbers in 8 bytes a slot ({@link FirstNumber}); emails, and any
 * other mobile text, by a 64-bit hash ({@link FirstSeen}): a sheet of a million rows takes tens of megabytes, not hundreds.
 */
export class DuplicateTracker {
  private readonly emails = new FirstSeen(1024);
  /** Most rows have both: a table half a growth step larger grows on other rows than the emails'. */
  private readonly mobiles = new FirstNumber(1254);
  private otherMobiles: FirstSeen | undefined;

  /** Makes room for `rows` rows' emails and mobiles at once (a sheet's size, declared or estimated), so the tables never hold an old and a grown array together. */
  reserve(rows: number): void {
    this.emails.reserve(rows);
    this.mobiles.reserve(rows);
  }

  /** Records a row's values and returns the duplicate errors for it (empty for first occurrences). */
  check(line: number, email: string | undefined, mobile: string | undefined): RowError[] {
    return this.checkInto(line, email, mobile, []);
  }

  /** {@link check}, the errors added to `out` (returned). */
  checkInto(line: number, email: string | undefined, mobile: string | undefined, out: RowError[]): RowError[] {
    if (email !== undefined) {
      const first = this.emails.firstOrAdd(email, line);
      if (first !== undefined) out.push(err('Email', 'duplicate-email', fix('remove-duplicate-row', { firstLine: first }), { firstLine: first }));
    }
    if (mobile !== undefined) {
      const first = this.firstMobile(mobile, line);
      if (first !== undefined) out.push(err('Mobile Number', 'duplicate-mobile', fix('remove-duplicate-row', { firstLine: first }), { firstLine: first }));
    }
    return out;
  }

  /** The first line of a mobile (recording `line` when new): 10 digits exactly, other text (and lines past the exact table's, a CSV of a billion lines) by hash. */
  private firstMobile(mobile: string, line: number): number | undefined {
    const n = tenDigits(mobile);
    if (n >= 0 && line < FIRST_NUMBER_MAX_LINE) return this.mobiles.firstOrAdd(n, line);
    const exact = n >= 0 ? this.mobiles.first(n) : undefined;
    return exact ?? (this.otherMobiles ??= new FirstSeen(64)).firstOrAdd(mobile, line);
  }
}
