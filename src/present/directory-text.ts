import type { DirectoryEntry, DirectoryFlaw, DirectoryResult, FallbackContact } from '../domain/directory';

/** Translate function for the `directory` namespace. */
export type DirectoryT = (key: string, opts?: object) => string;

const k = (key: string): string => `directory:${key}`;

function conflictLine(f: DirectoryFlaw, row: DirectoryEntry | undefined, t: DirectoryT): string {
  const nameOther = f.nameOf !== f.emailOf;
  const mobileOther = f.mobileOf !== f.emailOf;
  const key = nameOther && mobileOther ? 'conflict_name_mobile' : nameOther ? 'conflict_name' : 'conflict_mobile';
  return t(k(key), {
    organisation: f.organisation, email: f.email, name: row?.name ?? f.names[0], mobile: row?.mobile ?? '',
    emailOwner: f.emailOfName, otherOwner: nameOther ? f.nameOfName : f.mobileOfName,
  });
}

function flawLines(result: DirectoryResult, t: DirectoryT): string[] {
  return result.flaws.map((f) =>
    f.code === 'conflicting-row'
      ? conflictLine(f, result.matches.find((m) => m.organisation === f.organisation), t)
      : t(k('name_variants'), { names: f.names.join(' / '), email: f.email }),
  );
}

/** The fallback contacts of seed 003 (and mission.karmayogi@gov.in), as lines. */
export function renderFallbacks(fallbacks: readonly FallbackContact[], t: DirectoryT): string[] {
  const key = { 'igot-queries': 'fallback_igot', 'nodal-list': 'fallback_nodal', 'mission-email': 'fallback_mission' } as const;
  return [t(k('fallback_heading')), ...fallbacks.map((f) => t(k(key[f.id]), { ...f }))];
}

function personHeading(matches: readonly DirectoryEntry[], t: DirectoryT): string {
  const count = (pick: (m: DirectoryEntry) => string, rows: readonly DirectoryEntry[]): string => {
    const c = new Map<string, number>();
    for (const m of rows) c.set(pick(m), (c.get(pick(m)) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1])[0][0];
  };
  const clean = matches.filter((m) => !m.flaws?.includes('conflicting-details'));
  const rows = clean.length ? clean : matches;
  return t(k('heading_person'), { name: count((m) => m.name, rows), email: count((m) => m.email, rows), mobile: count((m) => m.mobile, rows) });
}

/**
 * Renders a directory result as plain text in one language: rows exactly as published,
 * conflicts said plainly, not-listed with the fallback contacts, suggestions marked as such.
 * `t` must already speak `lang` (a fixed translator).
 */
export function renderDirectoryText(
  result: DirectoryResult, lang: 'en' | 'hi', t: DirectoryT, fallbacks: readonly FallbackContact[] = [],
): string {
  void lang; // informational: `t` must already speak the language
  const lines: string[] = [];
  if (result.matches.length && result.kind === 'person') {
    lines.push(personHeading(result.matches, t));
    for (const m of result.matches) lines.push(m.flaws?.includes('conflicting-details') ? t(k('row'), { ...m }) : t(k('org_line'), { ...m }));
  } else if (result.matches.length) {
    lines.push(t(k('heading_org')));
    for (const m of result.matches) lines.push(t(k('row'), { ...m }));
  } else {
    lines.push(t(k('not_listed'), { query: result.query.trim() }));
    if (result.suggestions.length) {
      lines.push('', t(k('did_you_mean')));
      for (const s of result.suggestions) lines.push(t(k('suggestion_row'), { ...s }));
    }
    const fb = result.fallbacks?.length ? result.fallbacks : fallbacks;
    if (fb.length) lines.push('', ...renderFallbacks(fb, t));
  }
  const notes = flawLines(result, t);
  if (notes.length) lines.push('', ...notes);
  lines.push('', t(k('source')));
  return lines.join('\n');
}
