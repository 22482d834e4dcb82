import { UsageError } from './cli-io';

/** ISO 8601 date, or date and time with an optional offset (`2027-01-03T10:30+05:30`, `2027-01-03T10:30:00Z`, `2027-01-03`). */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The moment `--at` names. Without an offset the time is India time (the desk's); a date alone is
 * its start in India. Anything else is a usage error (Date's lenient parsing is not trusted).
 */
export function parseAt(value: string): Date {
  const m = ISO_8601.exec(value.trim());
  if (!m) throw UsageError.of('bad-at', { value: value.slice(0, 40) });
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const offset = zone === 'Z' ? 'Z' : zone ? `${zone.slice(0, 3)}:${zone.slice(-2)}` : '+05:30';
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  const sameDay = new Date(Date.UTC(+y, +mo - 1, +d)).getUTCDate() === +d;
  if (Number.isNaN(at.getTime()) || !sameDay || +h > 23 || +mi > 59 || +s > 59) throw UsageError.of('at-not-a-moment', { value: value.slice(0, 40) });
  return at;
}
