/**
 * The best one-to-one matching of a sparse score matrix (maximum total score, each pair at
 * least `floor`; a row may stay unmatched). Rows and columns that compete for no common partner
 * are independent, so the matrix is cut into connected parts and each is solved exactly by the
 * Hungarian method in its shortest-augmenting-path form (Jonker–Volgenant); a part too large for
 * that (`EXACT_CELLS`) takes its pairs best first.
 */
import { itemAt } from '../domain/itemAt.ts'

const EXACT_CELLS = 600 * 600

/** Row r's candidate columns and their scores. */
export type SparseScores = readonly ReadonlyMap<number, number>[]

export function bestAssignment(scores: SparseScores, columns: number, floor: number): Int32Array {
  const rows = scores.length
  // Union-find over rows (0..rows-1) and columns (rows..rows+columns-1), joined by every usable pair.
  const parent = Int32Array.from({ length: rows + columns }, (_, k) => k)
  const find = (k: number): number => {
    for (let up = itemAt(parent, k); up !== k; up = itemAt(parent, k)) {
      parent[k] = itemAt(parent, up)
      k = itemAt(parent, k)
    }
    return k
  }
  scores.forEach((row, r) => row.forEach((value, c) => value >= floor && (parent[find(r)] = find(rows + c))))
  const parts = new Map<number, { rows: number[]; columns: number[] }>()
  const partOf = (k: number) => {
    const root = find(k)
    const known = parts.get(root)
    if (known) return known
    const part: { rows: number[]; columns: number[] } = { rows: [], columns: [] }
    parts.set(root, part)
    return part
  }
  scores.forEach((row, r) => [...row.values()].some((value) => value >= floor) && partOf(r).rows.push(r))
  for (let c = 0; c < columns; c++) if (find(rows + c) !== rows + c || parts.has(rows + c)) partOf(rows + c).columns.push(c)

  const match = new Int32Array(rows).fill(-1)
  for (const part of parts.values()) {
    if (part.rows.length === 0 || part.columns.length === 0) continue
    const local = new Map(part.columns.map((c, k) => [c, k]))
    const dense = part.rows.map((r) => {
      const line = new Float64Array(part.columns.length)
      itemAt(scores, r).forEach((value, c) => {
        const k = local.get(c)
        if (k !== undefined) line[k] = value
      })
      return line
    })
    const solved = part.rows.length * part.columns.length <= EXACT_CELLS ? hungarian(dense, part.columns.length, floor) : greedy(dense, part.columns.length, floor)
    part.rows.forEach((r, index) => {
      const k = itemAt(solved, index)
      if (k >= 0) match[r] = itemAt(part.columns, k)
    })
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
      const i = itemAt(owner, column)
      const base = (i - 1) * width - 1
      const potential = itemAt(u, i)
      let delta = Infinity
      let next = 0
      for (let j = 1; j <= width; j++) {
        if (used[j]) continue
        const reduced = itemAt(cost, base + j) - potential - itemAt(v, j)
        let least = itemAt(minimum, j)
        if (reduced < least) {
          least = reduced
          minimum[j] = reduced
          way[j] = column
        }
        if (least < delta) {
          delta = least
          next = j
        }
      }
      for (let j = 0; j <= width; j++) {
        if (used[j]) {
          const owned = itemAt(owner, j)
          u[owned] = itemAt(u, owned) + delta
          v[j] = itemAt(v, j) - delta
        } else {
          minimum[j] = itemAt(minimum, j) - delta
        }
      }
      column = next
    } while (owner[column] !== 0)
    do {
      const previous = itemAt(way, column)
      owner[column] = itemAt(owner, previous)
      column = previous
    } while (column !== 0)
  }
  const match = new Int32Array(rows).fill(-1)
  for (let j = 1; j <= columns; j++) {
    const row = itemAt(owner, j) - 1
    if (row >= 0 && itemAt(itemAt(scores, row), j - 1) >= floor) match[row] = j - 1
  }
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
