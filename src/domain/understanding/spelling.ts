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

/** A 30-bit FNV-1a hash: a Map key that is a small integer, not a string on the heap. */
function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/** True when `key` is `word` with at most `edits` characters deleted (a subsequence at most that much shorter). */
function isDeletionOf(key: string, word: string, edits: number): boolean {
  const gap = word.length - key.length;
  if (gap < 0 || gap > edits) return false;
  let k = 0;
  for (let i = 0; i < word.length && k < key.length; i++) if (word.charCodeAt(i) === key.charCodeAt(k)) k++;
  return k === key.length;
}

/**
 * Corrects tokens against a fixed vocabulary. The symmetric-delete index is kept
 * compact (it lives as long as the server): hashed keys and word numbers, so the
 * garbage collector has a few objects to visit instead of tens of thousands; each
 * hit is verified, so a hash collision never changes a correction.
 */
export class SpellingCorrector {
  private readonly words: readonly string[];
  private readonly index = new Map<number, number | number[]>();
  private readonly vocabulary: ReadonlySet<string>;
  /** Length of the longest word: a token longer by more than the edits allowed has no correction (and is not searched). */
  private readonly longest: number;

  /**
   * @param vocabulary the words to correct towards
   * @param isProtected real words that are never corrected (they are not typos)
   */
  constructor(vocabulary: Iterable<string>, private readonly isProtected: (token: string) => boolean = () => false) {
    this.vocabulary = new Set(vocabulary);
    this.words = [...this.vocabulary];
    this.longest = this.words.reduce((max, w) => Math.max(max, w.length), 0);
    this.words.forEach((word, n) => {
      const edits = allowedEdits(word);
      if (edits === 0) return;
      for (const key of [word, ...deletes(word, edits)]) this.add(hashKey(key), n);
    });
  }

  private add(hash: number, n: number): void {
    const entry = this.index.get(hash);
    if (entry === undefined) this.index.set(hash, n);
    else if (typeof entry === 'number') this.index.set(hash, [entry, n]);
    else entry.push(n);
  }

  /** The known word closest to `token`, or the token itself when none is near enough. */
  correct(token: string): string {
    if (this.vocabulary.has(token) || this.isProtected(token)) return token;
    const edits = allowedEdits(token);
    // The deletes of a token grow with the cube of its length; too long to be within `edits` of any word anyway.
    if (edits === 0 || token.length > this.longest + edits) return token;
    let best = token;
    let bestDistance = edits + 1;
    for (const key of [token, ...deletes(token, edits)]) {
      const entry = this.index.get(hashKey(key));
      if (entry === undefined) continue;
      for (const n of typeof entry === 'number' ? [entry] : entry) {
        const candidate = this.words[n];
        if (!isDeletionOf(key, candidate, allowedEdits(candidate))) continue;
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
