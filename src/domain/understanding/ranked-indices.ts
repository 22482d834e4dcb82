/**
 * The indices of `values` (only those above `floor`, when given) best first, equal values in the order of
 * `nameRank` (each index's place by name): the order `sort((a, b) => values[b] - values[a] ||
 * nameRank[a] - nameRank[b])` gives, by insertion (the lists are a few dozen long, and a
 * comparator call per step costs more than the steps).
 */
export function rankedIndices(values: Float64Array, nameRank: Int32Array, floor?: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (floor !== undefined && !(values[i] > floor)) continue;
    let at = out.length;
    while (at > 0 && (values[i] - values[out[at - 1]] || nameRank[out[at - 1]] - nameRank[i]) > 0) at--;
    out.splice(at, 0, i);
  }
  return out;
}
