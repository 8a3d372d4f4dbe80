/**
 * The best one-to-one matching of a score matrix (maximum total score, each pair at least
 * `floor`), by the Hungarian method in its shortest-augmenting-path form (Jonker–Volgenant).
 * Rows may stay unmatched: each row has its own "no match" column worth `floor`.
 * O(rows² × columns); callers keep the matrix to the clauses no exact match settled.
 */
export function bestAssignment(scores: readonly Float64Array[], columns: number, floor: number): Int32Array {
  const rows = scores.length
  const width = columns + rows
  // Costs to minimise: -score for a real column, -floor for the row's own "no match" column.
  const cost = (i: number, j: number) => (j < columns ? (scores[i]![j]! >= floor ? -scores[i]![j]! : 1e6) : j - columns === i ? -floor : 1e6)
  const u = new Float64Array(rows + 1)
  const v = new Float64Array(width + 1)
  const owner = new Int32Array(width + 1) // column → row (1-based), 0 = free
  const way = new Int32Array(width + 1)
  const minimum = new Float64Array(width + 1)
  const used = new Uint8Array(width + 1)
  for (let row = 1; row <= rows; row++) {
    owner[0] = row
    let column = 0
    minimum.fill(Infinity)
    used.fill(0)
    do {
      used[column] = 1
      const i = owner[column]!
      let delta = Infinity
      let next = 0
      for (let j = 1; j <= width; j++) {
        if (used[j]) continue
        const reduced = cost(i - 1, j - 1) - u[i]! - v[j]!
        if (reduced < minimum[j]!) {
          minimum[j] = reduced
          way[j] = column
        }
        if (minimum[j]! < delta) {
          delta = minimum[j]!
          next = j
        }
      }
      for (let j = 0; j <= width; j++) {
        if (used[j]) {
          u[owner[j]!] = u[owner[j]!]! + delta
          v[j] = v[j]! - delta
        } else {
          minimum[j] = minimum[j]! - delta
        }
      }
      column = next
    } while (owner[column] !== 0)
    do {
      const previous = way[column]!
      owner[column] = owner[previous]!
      column = previous
    } while (column !== 0)
  }
  const match = new Int32Array(rows).fill(-1)
  for (let j = 1; j <= columns; j++) if (owner[j]! > 0 && scores[owner[j]! - 1]![j - 1]! >= floor) match[owner[j]! - 1] = j - 1
  return match
}
