/**
 * Typo tolerance: maps an unknown token to a known one within a small edit
 * distance (symmetric-delete index, so a look-up costs a few map reads).
 */

function deletes(word: string, depth: number): Set<string> {
  const out = new Set<string>();
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** Optimal-string-alignment distance (a swap of neighbours counts as one edit). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
    }
  }
  return rows[a.length][b.length];
}

/** How many edits a word may carry: longer words more. */
function allowedEdits(word: string): number {
  const length = [...word].length;
  if (length >= 8) return 2;
  return length >= 4 ? 1 : 0;
}

/** Corrects tokens against a fixed vocabulary. */
export class SpellingCorrector {
  private readonly index = new Map<string, string[]>();
  private readonly vocabulary: ReadonlySet<string>;

  /**
   * @param vocabulary the words to correct towards
   * @param protectedWords real words that are never corrected (they are not typos)
   */
  constructor(vocabulary: Iterable<string>, private readonly protectedWords: ReadonlySet<string> = new Set()) {
    this.vocabulary = new Set(vocabulary);
    for (const word of this.vocabulary) {
      const edits = allowedEdits(word);
      if (edits === 0) continue;
      for (const key of [word, ...deletes(word, edits)]) {
        const list = this.index.get(key);
        if (list) list.push(word);
        else this.index.set(key, [word]);
      }
    }
  }

  /** The known word closest to `token`, or the token itself when none is near enough. */
  correct(token: string): string {
    if (this.vocabulary.has(token) || this.protectedWords.has(token)) return token;
    const edits = allowedEdits(token);
    if (edits === 0) return token;
    let best = token;
    let bestDistance = edits + 1;
    for (const key of [token, ...deletes(token, edits)]) {
      for (const candidate of this.index.get(key) ?? []) {
        const d = editDistance(token, candidate, edits);
        if (d < bestDistance || (d === bestDistance && candidate < best)) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    return bestDistance <= edits ? best : token;
  }
}
