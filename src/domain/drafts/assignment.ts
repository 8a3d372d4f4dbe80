/**
 * The best one-to-one matching of a sparse score matrix (maximum total score, each pair at
 * least `floor`; a row may stay unmatched). Rows and columns that compete for no common partner
 * are independent, so the matrix is cut into connected parts and each is solved exactly by the
 * Hungarian method in its shortest-augmenting-path form (Jonker–Volgenant); a part too large for
 * that (`EXACT_CELLS`) takes its pairs best first.
 */

const EXACT_CELLS = 600 * 600

/** Row r's candidate columns and their scores. */
export type SparseScores = readonly ReadonlyMap<number, number>[]

export function bestAssignment(scores: SparseScores, columns: number, floor: number): Int32Array {
  const rows = scores.length
  // Union-find over rows (0..rows-1) and columns (rows..rows+columns-1), joined by every usable pair.
  const parent = Int32Array.from({ length: rows + columns }, (_, k) => k)
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!
      k = parent[k]!
    }
    return k
  }
  scores.forEach((row, r) => row.forEach((value, c) => value >= floor && (parent[find(r)] = find(rows + c))))
  const parts = new Map<number, { rows: number[]; columns: number[] }>()
  const partOf = (k: number) => parts.get(find(k)) ?? parts.set(find(k), { rows: [], columns: [] }).get(find(k))!
  for (let r = 0; r < rows; r++) if ([...scores[r]!.values()].some((value) => value >= floor)) partOf(r).rows.push(r)
  for (let c = 0; c < columns; c++) if (find(rows + c) !== rows + c || parts.has(rows + c)) partOf(rows + c).columns.push(c)

  const match = new Int32Array(rows).fill(-1)
  for (const part of parts.values()) {
    if (part.rows.length === 0 || part.columns.length === 0) continue
    const local = new Map(part.columns.map((c, k) => [c, k]))
    const dense = part.rows.map((r) => {
      const line = new Float64Array(part.columns.length)
      scores[r]!.forEach((value, c) => {
        const k = local.get(c)
        if (k !== undefined) line[k] = value
      })
      return line
    })
    const solved = part.rows.length * part.columns.length <= EXACT_CELLS ? hungarian(dense, part.columns.length, floor) : greedy(dense, part.columns.length, floor)
    solved.forEach((k, index) => k >= 0 && (match[part.rows[index]!] = part.columns[k]!))
  }
  return match
}

/** Exact maximum-score matching of a dense part; each row has its own "no match" column worth `floor`. */
function hungarian(scores: readonly Float64Array[], columns: number, floor: number): Int32Array {
  const rows = scores.length
  const width = columns + rows
  const FORBIDDEN = 1e6
  const cost = new Float64Array(rows * width).fill(FORBIDDEN)
  scores.forEach((line, i) => {
    line.forEach((value, j) => value >= floor && (cost[i * width + j] = -value))
    cost[i * width + columns + i] = -floor
  })
  const u = new Float64Array(rows + 1)
  const v = new Float64Array(width + 1)
  const owner = new Int32Array(width + 1)
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
      const base = (i - 1) * width - 1
      let delta = Infinity
      let next = 0
      for (let j = 1; j <= width; j++) {
        if (used[j]) continue
        const reduced = cost[base + j]! - u[i]! - v[j]!
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

/** Pairs taken best first, for a part too large for the exact method. */
function greedy(scores: readonly Float64Array[], columns: number, floor: number): Int32Array {
  const pairs: [number, number, number][] = []
  scores.forEach((line, r) => line.forEach((value, c) => value >= floor && pairs.push([value, r, c])))
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  const match = new Int32Array(scores.length).fill(-1)
  const taken = new Uint8Array(columns)
  for (const [, r, c] of pairs) {
    if (match[r] !== -1 || taken[c]) continue
    match[r] = c
    taken[c] = 1
  }
  return match
}
