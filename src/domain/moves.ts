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
import type { ComparisonModel, ComparisonRow, PartDiff } from './buildComparison.ts'
import type { DiffToken, RedlineToken } from './diffText.ts'
import type { ClauseVersion } from './model.ts'

/** The fewest words a moved run has: "in peacetime" or "the United States" never count. */
export const MIN_MOVE_WORDS = 5
/** The fewest letters and digits a moved run has, so five short words do not count either. */
export const MIN_MOVE_CHARS = 24
// Word pairs compared in one removed-run × added-run search; larger pairs are not searched.
const MAX_COMPARED_WORDS = 250_000

/** A stretch of one part's diff tokens (`PartDiff.tokens`) that moved: characters `start`–`end` of token `token`. */
export interface MoveMark {
  readonly token: number
  readonly start: number
  readonly end: number
  readonly kind: 'moved-from' | 'moved-to'
  /** What a reader sees beside it: "moved to point 9", "moved from point 7", "moved within point 7". */
  readonly label: string
  /** Shared by the two ends of one move (Word pairs its move ranges by name). */
  readonly name: string
}

interface Word {
  readonly text: string
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0].toLowerCase().replace(/’/g, "'"), start: match.index, end: match.index + match[0].length }))
}

function shingles(text: string | null | undefined): Set<string> {
  const result = new Set<string>()
  if (!text) return result
  const words = wordsOf(text).map((word) => word.text)
  for (let index = 0; index + MIN_MOVE_WORDS <= words.length; index += 1) result.add(words.slice(index, index + MIN_MOVE_WORDS).join(' '))
  return result
}

/** The longest run of words `a` and `b` share, as [start in a, start in b, length]; the first such run on a tie. */
function longestSharedRun(a: readonly Word[], b: readonly Word[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0]
  if (a.length * b.length > MAX_COMPARED_WORDS) return best
  let previous = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j += 1) {
      if (a[i - 1]!.text !== b[j - 1]!.text) continue
      current[j] = previous[j - 1]! + 1
      if (current[j]! > best[2]) best = [i - current[j]!, j - current[j]!, current[j]!]
    }
    previous = current
  }
  return best
}

const TRAILING_MARKS = /^[.,;:!?”’")\]]*/

interface SharedStretch {
  readonly from: readonly [number, number]
  readonly to: readonly [number, number]
  readonly words: number
}

/** The moved stretch two runs share, in characters of each, or null when they share too little. */
export function sharedStretch(removed: string, added: string): SharedStretch | null {
  const a = wordsOf(removed)
  const b = wordsOf(added)
  const [aStart, bStart, length] = longestSharedRun(a, b)
  if (length < MIN_MOVE_WORDS) return null
  const run = a.slice(aStart, aStart + length)
  if (run.reduce((sum, word) => sum + word.text.length, 0) < MIN_MOVE_CHARS) return null
  let fromEnd = a[aStart + length - 1]!.end
  let toEnd = b[bStart + length - 1]!.end
  // A full stop or closing quote that both sides have moved with the words.
  const fromTail = TRAILING_MARKS.exec(removed.slice(fromEnd))![0]
  const toTail = TRAILING_MARKS.exec(added.slice(toEnd))![0]
  let shared = 0
  while (shared < fromTail.length && shared < toTail.length && fromTail[shared] === toTail[shared]) shared += 1
  fromEnd += shared
  toEnd += shared
  return { from: [a[aStart]!.start, fromEnd], to: [b[bStart]!.start, toEnd], words: length }
}

/** Where a clause sits in its version, in the words a move label uses. */
export function placeOf(clause: ClauseVersion): string {
  return clause.number ? `point ${clause.number}` : `“${clause.title}”`
}

/** One changed part of one column, where text can leave or land. */
interface Site {
  readonly order: number
  readonly row: ComparisonRow
  readonly column: number
  readonly diff: PartDiff
  /** Where the part stands in the base version and in this column's version. */
  readonly basePlace: string
  readonly place: string
}

const siteKey = (row: string, column: number, part: string) => `${column}\u0000${row}\u0000${part}`

/** The moves of one comparison, found once, and the marks each part's redline draws. */
export interface MoveIndex {
  /** The marks on one part's tokens in one column (`column` is the column whose redline it is). */
  marks(row: ComparisonRow, column: number, diff: PartDiff): readonly MoveMark[]
  /** Every move between two different parts, in row order. */
  readonly count: number
}

/** No moves: for views that draw no redline across clauses (clause history). */
export const NO_MOVES: MoveIndex = { marks: () => [], count: 0 }

function changedRuns(diff: PartDiff, kind: 'removed' | 'added'): number[] {
  if (diff.kind === 'same' || diff.kind === 'unknown') return []
  return diff.tokens.flatMap((token, index) => (token.kind === kind ? [index] : []))
}

function baseClause(row: ComparisonRow, column: number): ClauseVersion | null {
  const base = row.cells[column]!.base
  return base ? (row.cells.find((cell) => cell.version === base)?.clause ?? null) : null
}

/**
 * Finds the moves between different parts (of one clause or of two) in every column: parts that
 * lose and gain the same run of `MIN_MOVE_WORDS` words are found by hashing word runs, without
 * diffing anything, and only those parts are diffed to place the move. Moves inside one part are
 * found from that part's own redline when it is drawn.
 */
export function findMoves(model: ComparisonModel): MoveIndex {
  const cached = indexes.get(model)
  if (cached) return cached
  const marks = new Map<string, MoveMark[]>()
  const addMark = (key: string, mark: MoveMark) => marks.set(key, [...(marks.get(key) ?? []), mark])
  let count = 0
  for (let column = 1; column < model.versions.length; column += 1) {
    const sites: Site[] = []
    const losing = new Map<string, Site[]>()
    const gaining = new Map<string, Site[]>()
    for (const row of model.rows) {
      const cell = row.cells[column]!
      for (const diff of cell.parts ?? []) {
        if (diff.kind !== 'changed' && diff.kind !== 'removed' && diff.kind !== 'added') continue
        const base = baseClause(row, column)
        const site: Site = { order: sites.length, row, column, diff, basePlace: base ? placeOf(base) : placeOf(cell.clause), place: placeOf(cell.clause) }
        sites.push(site)
        const before = shingles(diff.before?.text)
        const after = shingles(diff.after?.text)
        for (const shingle of before) if (!after.has(shingle)) losing.set(shingle, [...(losing.get(shingle) ?? []), site])
        for (const shingle of after) if (!before.has(shingle)) gaining.set(shingle, [...(gaining.get(shingle) ?? []), site])
      }
    }
    const pairs = new Map<string, [Site, Site]>()
    for (const [shingle, from] of losing) {
      for (const to of gaining.get(shingle) ?? []) {
        for (const source of from) if (source !== to) pairs.set(`${source.order}:${to.order}`, [source, to])
      }
    }
    const ordered = [...pairs.values()].sort(([a, b], [c, d]) => a.order - c.order || b.order - d.order)
    const used = new Set<string>()
    for (const [source, target] of ordered) {
      const sourceKey = siteKey(source.row.key, column, source.diff.key)
      const targetKey = siteKey(target.row.key, column, target.diff.key)
      let best: { readonly from: number; readonly to: number; readonly stretch: SharedStretch } | null = null
      for (const from of changedRuns(source.diff, 'removed')) {
        if (used.has(`${sourceKey}\u0000${from}`)) continue
        for (const to of changedRuns(target.diff, 'added')) {
          if (used.has(`${targetKey}\u0000${to}`)) continue
          const stretch = sharedStretch(source.diff.tokens[from]!.text, target.diff.tokens[to]!.text)
          if (stretch && (!best || stretch.words > best.stretch.words)) best = { from, to, stretch }
        }
      }
      if (!best) continue
      used.add(`${sourceKey}\u0000${best.from}`)
      used.add(`${targetKey}\u0000${best.to}`)
      count += 1
      const name = `move-${column}-${count}`
      const within = source.row === target.row
      addMark(sourceKey, {
        token: best.from,
        start: best.stretch.from[0],
        end: best.stretch.from[1],
        kind: 'moved-from',
        label: within ? `moved within ${target.place}` : `moved to ${target.place}`,
        name,
      })
      addMark(targetKey, {
        token: best.to,
        start: best.stretch.to[0],
        end: best.stretch.to[1],
        kind: 'moved-to',
        label: within ? `moved within ${target.place}` : `moved from ${source.basePlace}`,
        name,
      })
    }
  }
  const within = new WeakMap<PartDiff, readonly MoveMark[]>()
  const index: MoveIndex = {
    count,
    marks(row, column, diff) {
      const across = marks.get(siteKey(row.key, column, diff.key)) ?? []
      if (diff.kind !== 'changed' || diff.rewritten) return across
      let own = within.get(diff)
      if (!own) {
        own = movesWithinPart(diff.tokens, across, `move-${column}-${row.key}-${diff.key}`, `moved within ${placeOf(row.cells[column]!.clause)}`)
        within.set(diff, own)
      }
      return own.length === 0 ? across : [...across, ...own]
    },
  }
  indexes.set(model, index)
  return index
}

const indexes = new WeakMap<ComparisonModel, MoveIndex>()

/**
 * Moves inside one part: a removed run and an added run of the same redline, apart (an unchanged
 * run between them; side by side they are a replacement), sharing a moved stretch. Tokens another
 * move already uses are left alone.
 */
export function movesWithinPart(tokens: readonly DiffToken[], taken: readonly MoveMark[], name: string, label: string): MoveMark[] {
  const used = new Set(taken.map((mark) => mark.token))
  const result: MoveMark[] = []
  for (let from = 0; from < tokens.length; from += 1) {
    if (tokens[from]!.kind !== 'removed' || used.has(from)) continue
    for (let to = 0; to < tokens.length; to += 1) {
      if (tokens[to]!.kind !== 'added' || used.has(to) || Math.abs(to - from) < 2) continue
      const stretch = sharedStretch(tokens[from]!.text, tokens[to]!.text)
      if (!stretch) continue
      const moveName = `${name}-${result.length / 2 + 1}`
      result.push(
        { token: from, start: stretch.from[0], end: stretch.from[1], kind: 'moved-from', label, name: moveName },
        { token: to, start: stretch.to[0], end: stretch.to[1], kind: 'moved-to', label, name: moveName },
      )
      used.add(from)
      used.add(to)
      break
    }
  }
  return result
}

/** A part's diff tokens with the moved stretches cut out as moved runs, the rest as it was. */
export function applyMoves(tokens: readonly DiffToken[], marks: readonly MoveMark[]): RedlineToken[] {
  if (marks.length === 0) return [...tokens]
  const byToken = new Map(marks.map((mark) => [mark.token, mark]))
  return tokens.flatMap((token, index): RedlineToken[] => {
    const mark = byToken.get(index)
    if (!mark) return [token]
    const before = token.text.slice(0, mark.start)
    const after = token.text.slice(mark.end)
    return [
      ...(before ? [{ kind: token.kind, text: before }] : []),
      { kind: mark.kind, text: token.text.slice(mark.start, mark.end), label: mark.label, name: mark.name },
      ...(after ? [{ kind: token.kind, text: after }] : []),
    ]
  })
}
