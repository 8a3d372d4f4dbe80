/**
 * Moved text: a run of words a column's redline strikes in one place and adds in another (in
 * another clause, another part of the clause, or elsewhere in the same part) is shown as moved,
 * with where it came from and where it went, not as a deletion and an unrelated insertion.
 *
 * A move is a run of at least `MIN_MOVE_WORDS` words (and `MIN_MOVE_CHARS` letters) that a
 * removed run and an added run of the same column share, compared word by word in lower case
 * with punctuation ignored, so common words alone never count. Everything here depends on the
 * texts alone, in row and part order, so the same comparison always shows the same moves.
 */
import type { ComparisonCell, ComparisonModel, ComparisonRow } from './buildComparison.ts'
import type { PartDiff } from './clauseDiff.ts'
import { itemAt } from './itemAt.ts'
import { runToEnd } from './steps.ts'
import type { RedlineToken } from './diffText.ts'
import type { MoveIndex } from './moveIndex.ts'
import { applyMoves, movesWithinPart, placeMarks, type PendingMark } from './moveMarks.ts'
import { MIN_MOVE_CHARS, MIN_MOVE_WORDS, indexOfRun, wordTexts } from './moveWords.ts'
import type { ClauseVersion } from './model.ts'

/** Where a clause sits in its version, in the words a move label uses. */
export function placeOf(clause: ClauseVersion): string {
  return clause.number ? `point ${clause.number}` : `“${clause.title}”`
}

/** One changed part of one column, where text can leave or land. */
interface Site {
  readonly order: number
  readonly key: string
  readonly before: readonly string[]
  readonly after: readonly string[]
  /** Hashes of the runs of `MIN_MOVE_WORDS` words the part loses and gains, and of each run of `before` in order. */
  readonly lost: ReadonlySet<number>
  readonly gained: ReadonlySet<number>
  readonly beforeRuns: readonly number[]
  /** Where the part stands in the base version and in this column's version. */
  readonly basePlace: string
  readonly place: string
  readonly row: ComparisonRow
  /** Word positions already taken by a move, in `before` and in `after`. */
  readonly usedBefore: Set<number>
  readonly usedAfter: Set<number>
}

const siteKey = (row: string, column: number, part: string) => `${column}\u0000${row}\u0000${part}`


// A run that more parts than this lose or gain is boilerplate copied about, not one text moved.
const MAX_SITES_PER_RUN = 4

function baseClause(row: ComparisonRow, cell: ComparisonCell): ClauseVersion | null {
  const base = cell.base
  return base ? (row.cells.find((cell) => cell.version === base)?.clause ?? null) : null
}

/**
 * The parts of two texts that differ: each without the start and end they share, cut at spaces.
 * Text that moved away or in lies there, so only these are hashed, not the whole of every part.
 */
export function differingMiddles(before: string, after: string): [string, string] {
  if (before === after) return ['', '']
  const shortest = Math.min(before.length, after.length)
  let start = 0
  while (start < shortest && before[start] === after[start]) start += 1
  let end = 0
  while (end < shortest - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end += 1
  // Back to the nearest space on each side, so a word cut by the shared start or end is kept whole.
  while (start > 0 && !/\s/.test(before.charAt(start - 1))) start -= 1
  while (end > 0 && !/\s/.test(before.charAt(before.length - end))) end -= 1
  return [before.slice(start, before.length - end), after.slice(start, after.length - end)]
}

/**
 * A hash of each run of `MIN_MOVE_WORDS` words, from word ids: numbers hash and compare far
 * faster than joined strings. A collision at worst pairs two parts for a closer look, which
 * compares the words themselves.
 */
function runHashes(words: readonly string[], ids: Map<string, number>): number[] {
  const id = words.map((word) => {
    let known = ids.get(word)
    if (known === undefined) {
      known = ids.size + 1
      ids.set(word, known)
    }
    return known
  })
  const result: number[] = []
  for (let index = 0; index + MIN_MOVE_WORDS <= id.length; index += 1) {
    let high = 0x811c9dc5
    let low = 0x01000193
    for (let offset = 0; offset < MIN_MOVE_WORDS; offset += 1) {
      const word = itemAt(id, index + offset)
      high = Math.imul(high ^ word, 0x01000193)
      low = Math.imul(low + word, 0x5bd1e995) ^ (low >>> 13)
    }
    result.push((high >>> 0) * 0x200000 + (low & 0x1fffff))
  }
  return result
}

/**
 * The longest run of words `source` lost that `target` gained, as chained shared word runs:
 * [start, length] in `source.before`, and the start in `target.after`; null when there is none.
 */
function movedRun(source: Site, target: Site): { readonly from: number; readonly to: number; readonly length: number } | null {
  const shingles = source.beforeRuns
  /** Whether the run at `index` of `source.before` left the source for the target and is still free; false past the end. */
  const carried = (index: number) => {
    const shingle = shingles[index]
    return shingle !== undefined && source.lost.has(shingle) && target.gained.has(shingle) && !source.usedBefore.has(index)
  }
  let best: { from: number; to: number; length: number } | null = null
  for (let start = 0; start < shingles.length; ) {
    if (!carried(start)) {
      start += 1
      continue
    }
    let end = start
    while (carried(end + 1)) end += 1
    const run = source.before.slice(start, end + MIN_MOVE_WORDS)
    const to = indexOfRun(target.after, run)
    const free = to >= 0 && run.every((_, offset) => !target.usedAfter.has(to + offset))
    if (free && (!best || run.length > best.length) && run.reduce((sum, word) => sum + word.length, 0) >= MIN_MOVE_CHARS) best = { from: start, to, length: run.length }
    start = end + 1
  }
  return best
}

/**
 * Finds the moves between different parts (of one clause or of two) in every column, from the
 * texts alone: parts that lose and gain the same run of `MIN_MOVE_WORDS` words are found by
 * hashing word runs, so nothing is diffed until a part is drawn. A moved run is marked on the
 * removed (or added) run of the part's redline that holds all its words. Moves inside one part
 * are found from that part's own redline when it is drawn.
 */
export function findMoves(model: ComparisonModel): MoveIndex {
  return runToEnd(findMovesInSteps(model))
}

// Rows (or candidate pairs) looked at between two steps: a step takes well under a millisecond.
const ROWS_PER_STEP = 20

/**
 * `findMoves` as steps, so a page can spread the work of a long comparison over several short
 * tasks (2,000 clauses × 5 versions take a few hundred milliseconds in all on a busy machine).
 */
export function* findMovesInSteps(model: ComparisonModel): Generator<void, MoveIndex> {
  const cached = indexes.get(model)
  if (cached) return cached
  let visited = 0
  const pending = new Map<string, PendingMark[]>()
  const addPending = (key: string, mark: PendingMark) => pending.set(key, [...(pending.get(key) ?? []), mark])
  let count = 0
  const ids = new Map<string, number>()
  for (let column = 1; column < model.versions.length; column += 1) {
    const sites: Site[] = []
    const losing = new Map<number, Site[]>()
    const gaining = new Map<number, Site[]>()
    for (const row of model.rows) {
      visited += 1
      if (visited % ROWS_PER_STEP === 0) yield
      const cell = itemAt(row.cells, column)
      for (const diff of cell.parts ?? []) {
        if (diff.kind !== 'changed' && diff.kind !== 'removed' && diff.kind !== 'added') continue
        const [beforeText, afterText] = differingMiddles(diff.before?.text ?? '', diff.after?.text ?? '')
        const before = wordTexts(beforeText)
        const after = wordTexts(afterText)
        const beforeRuns = runHashes(before, ids)
        const afterRuns = runHashes(after, ids)
        const beforeSet = new Set(beforeRuns)
        const afterSet = new Set(afterRuns)
        const lost = new Set(beforeRuns.filter((run) => !afterSet.has(run)))
        const gained = new Set(afterRuns.filter((run) => !beforeSet.has(run)))
        if (lost.size === 0 && gained.size === 0) continue
        const base = baseClause(row, cell)
        const site: Site = {
          order: sites.length,
          key: siteKey(row.key, column, diff.key),
          before,
          after,
          lost,
          gained,
          beforeRuns,
          basePlace: placeOf(base ?? cell.clause),
          place: placeOf(cell.clause),
          row,
          usedBefore: new Set(),
          usedAfter: new Set(),
        }
        sites.push(site)
        for (const run of lost) {
          const at = losing.get(run)
          if (at) at.push(site)
          else losing.set(run, [site])
        }
        for (const run of gained) {
          const at = gaining.get(run)
          if (at) at.push(site)
          else gaining.set(run, [site])
        }
      }
    }
    const pairs = new Map<string, readonly [Site, Site]>()
    for (const [run, from] of losing) {
      const to = gaining.get(run)
      if (!to || from.length > MAX_SITES_PER_RUN || to.length > MAX_SITES_PER_RUN) continue
      for (const source of from) for (const target of to) if (source !== target) pairs.set(`${source.order}:${target.order}`, [source, target])
    }
    const ordered = [...pairs.values()].sort(([a, b], [c, d]) => a.order - c.order || b.order - d.order)
    for (const [source, target] of ordered) {
      visited += 1
      if (visited % ROWS_PER_STEP === 0) yield
      const run = movedRun(source, target)
      if (!run) continue
      for (let offset = 0; offset < run.length; offset += 1) {
        source.usedBefore.add(run.from + offset)
        target.usedAfter.add(run.to + offset)
      }
      count += 1
      const name = `move-${column}-${count}`
      const words = source.before.slice(run.from, run.from + run.length)
      const within = source.row === target.row
      addPending(source.key, { kind: 'moved-from', words, label: within ? `moved within ${target.place}` : `moved to ${target.place}`, name })
      addPending(target.key, { kind: 'moved-to', words, label: within ? `moved within ${target.place}` : `moved from ${source.basePlace}`, name })
    }
  }
  const placed = new WeakMap<PartDiff, readonly RedlineToken[] | null>()
  const index: MoveIndex = {
    count,
    runs(row, column, diff) {
      if (diff.kind === 'same' || diff.kind === 'unknown') return null
      let runs = placed.get(diff)
      if (runs === undefined) {
        const across = placeMarks(diff.tokens, pending.get(siteKey(row.key, column, diff.key)) ?? [])
        const own =
          diff.kind === 'changed' && !diff.rewritten
            ? movesWithinPart(diff.tokens, across, `move-${column}-${row.key}-${diff.key}`, `moved within ${placeOf(itemAt(row.cells, column).clause)}`)
            : []
        runs = across.length + own.length > 0 ? applyMoves(diff.tokens, [...across, ...own]) : null
        placed.set(diff, runs)
      }
      return runs
    },
  }
  indexes.set(model, index)
  return index
}

const indexes = new WeakMap<ComparisonModel, MoveIndex>()
