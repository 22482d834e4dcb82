import type { DirectoryEntry, DirectoryFlaw, DirectoryPerson, DirectoryRow, RowFlawCode } from './types';

/** Values by frequency, most frequent first (ties: first published first). */
function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** The annexure analysed: rows with flaw codes, people grouped by email, and the flaws found. */
export interface AnalysedRows {
  readonly entries: readonly DirectoryEntry[];
  readonly people: readonly DirectoryPerson[];
  readonly flaws: readonly DirectoryFlaw[];
  /** For a conflicting row: the emails of the people whose name / mobile it carries. */
  readonly conflictOwners: ReadonlyMap<number, readonly string[]>;
}

/**
 * Groups rows by email and finds the flaws: one email under several names
 * (`name-variants`) and rows whose name or mobile belong to another person
 * than their email (`conflicting-row`). Never corrects a row.
 */
export function analyseRows(rows: readonly DirectoryRow[]): AnalysedRows {
  const byEmail = new Map<string, number[]>();
  rows.forEach((r, i) => byEmail.set(r.email, [...(byEmail.get(r.email) ?? []), i]));
  const mainName = new Map<string, string>();
  const mainMobile = new Map<string, string>();
  for (const [email, idx] of byEmail) {
    mainName.set(email, byFrequency(idx.map((i) => rows[i].name))[0]);
    mainMobile.set(email, byFrequency(idx.map((i) => rows[i].mobile))[0]);
  }
  const ownerOf = (map: Map<string, string>, value: string, except: string): string | undefined =>
    [...map].find(([email, v]) => v === value && email !== except)?.[0];

  const codes: RowFlawCode[][] = rows.map(() => []);
  const flaws: DirectoryFlaw[] = [];
  const conflictOwners = new Map<number, string[]>();
  rows.forEach((r, i) => {
    const nameOf = r.name === mainName.get(r.email) ? undefined : ownerOf(mainName, r.name, r.email);
    const mobileOf = r.mobile === mainMobile.get(r.email) ? undefined : ownerOf(mainMobile, r.mobile, r.email);
    if (!nameOf && !mobileOf) return;
    codes[i].push('conflicting-details');
    conflictOwners.set(i, [...new Set([nameOf, mobileOf].filter((e): e is string => !!e))]);
    flaws.push({
      code: 'conflicting-row', rows: [i], email: r.email, names: [r.name], organisation: r.organisation,
      emailOf: r.email, nameOf: nameOf ?? r.email, mobileOf: mobileOf ?? r.email,
      emailOfName: mainName.get(r.email), nameOfName: mainName.get(nameOf ?? r.email), mobileOfName: mainName.get(mobileOf ?? r.email),
    });
  });

  const people: DirectoryPerson[] = [];
  for (const [email, idx] of byEmail) {
    const own = idx.filter((i) => !conflictOwners.has(i));
    const variants = byFrequency(own.map((i) => rows[i].name));
    const inOrder = [...new Set(own.map((i) => rows[i].name))];
    const main = variants[0] ?? mainName.get(email)!;
    const variantRows = own.filter((i) => rows[i].name !== main);
    for (const i of variantRows) codes[i].push('name-variant');
    if (inOrder.length > 1) {
      const firstMain = own.find((i) => rows[i].name === main)!;
      flaws.push({ code: 'name-variants', rows: [firstMain, ...variantRows].sort((a, b) => a - b), email, names: inOrder });
    }
    people.push({ email, name: main, nameVariants: inOrder, mobiles: byFrequency(idx.map((i) => rows[i].mobile)), rows: [] });
  }
  const entries: DirectoryEntry[] = rows.map((r, i) =>
    Object.freeze(codes[i].length ? { ...r, flaws: Object.freeze(codes[i]) } : { ...r }),
  );
  const withRows = people.map((p) => Object.freeze({ ...p, rows: Object.freeze(byEmail.get(p.email)!.map((i) => entries[i])) }));
  flaws.sort((a, b) => a.rows[0] - b.rows[0]);
  return { entries, people: withRows, flaws, conflictOwners };
}
