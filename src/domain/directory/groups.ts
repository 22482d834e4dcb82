import type { DirectoryEntry, DirectoryFlaw, DirectoryGroup, DirectoryPerson, EmailSpelling } from './types';

/** What grouping needs: the analysed annexure and the other sources' spellings of its addresses. */
export interface GroupingData {
  readonly entries: readonly DirectoryEntry[];
  readonly people: readonly DirectoryPerson[];
  readonly flaws: readonly DirectoryFlaw[];
  readonly emailSpellings: ReadonlyMap<string, readonly EmailSpelling[]>;
}

interface Bucket {
  readonly rows: DirectoryEntry[];
  readonly conflict?: DirectoryFlaw;
}

function toGroup(b: Bucket, data: GroupingData): DirectoryGroup {
  const first = b.rows[0];
  const base = {
    email: first.email,
    mobile: first.mobile,
    organisations: Object.freeze(b.rows.map((r) => r.organisation)),
    rows: Object.freeze([...b.rows]),
  };
  if (b.conflict) {
    const f = b.conflict;
    const conflict = Object.freeze({ emailOwner: f.emailOfName ?? '', nameOwner: f.nameOfName ?? '', mobileOwner: f.mobileOfName ?? '' });
    return Object.freeze({ ...base, name: first.name, otherSpellings: Object.freeze([]), conflict });
  }
  const person = data.people.find((p) => p.email === first.email);
  const name = person?.name ?? first.name;
  const spellings = data.emailSpellings.get(first.email);
  return Object.freeze({
    ...base,
    name,
    otherSpellings: Object.freeze((person?.nameVariants ?? []).filter((n) => n !== name)),
    ...(spellings?.length ? { emailSpellings: spellings } : {}),
  });
}

/**
 * Groups matched rows by representative (their email), in match order: one group per person,
 * headlined by the spelling most of their rows use. A row mixing two people's details is a
 * group of its own, saying whose each detail is; `conflictsLast` puts such rows after the others.
 */
export function groupRows(ids: readonly number[], data: GroupingData, conflictsLast = false): DirectoryGroup[] {
  const byEmail = new Map<string, Bucket>();
  const buckets: Bucket[] = [];
  for (const i of ids) {
    const e = data.entries[i];
    const conflict = data.flaws.find((f) => f.code === 'conflicting-row' && f.rows.includes(i));
    if (conflict) {
      buckets.push({ rows: [e], conflict });
      continue;
    }
    const open = byEmail.get(e.email);
    if (open) open.rows.push(e);
    else {
      const b: Bucket = { rows: [e] };
      byEmail.set(e.email, b);
      buckets.push(b);
    }
  }
  const ordered = conflictsLast ? [...buckets.filter((b) => !b.conflict), ...buckets.filter((b) => b.conflict)] : buckets;
  return ordered.map((b) => toGroup(b, data));
}
