/**
 * Moved stretches on one part's redline: marks placed from the moves found across parts, marks
 * found within the part itself, and the part's tokens with them cut out as moved runs.
 */
import type { DiffToken, RedlineToken } from './diffText.ts'
import { itemAt } from './itemAt.ts'
import { indexOfRun, sharedStretch, trailingMarks, wordsOf } from './moveWords.ts'

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

/** A move found from the texts, placed on the part's redline tokens when the part is drawn. */
export interface PendingMark {
  readonly kind: 'moved-from' | 'moved-to'
  /** The moved words, as `wordsOf` normalises them. */
  readonly words: readonly string[]
  readonly label: string
  readonly name: string
}

/** Places found moves on a part's redline: each on the one removed (or added) run that holds all its words. */
export function placeMarks(tokens: readonly DiffToken[], pending: readonly PendingMark[]): MoveMark[] {
  const taken = new Set<number>()
  const result: MoveMark[] = []
  for (const mark of pending) {
    const kind = mark.kind === 'moved-from' ? 'removed' : 'added'
    for (const [token, { kind: tokenKind, text }] of tokens.entries()) {
      if (tokenKind !== kind || taken.has(token)) continue
      const words = wordsOf(text)
      const at = indexOfRun(
        words.map((word) => word.text),
        mark.words,
      )
      if (at < 0) continue
      // indexOfRun found all the mark's words from `at` on.
      const last = itemAt(words, at + mark.words.length - 1).end
      const end = last + trailingMarks(text.slice(last)).length
      result.push({ token, start: itemAt(words, at).start, end, kind: mark.kind, label: mark.label, name: mark.name })
      taken.add(token)
      break
    }
  }
  return result
}

/**
 * Moves inside one part: a removed run and an added run of the same redline, apart (an unchanged
 * run between them; side by side they are a replacement), sharing a moved stretch. Tokens another
 * move already uses are left alone.
 */
export function movesWithinPart(tokens: readonly DiffToken[], taken: readonly MoveMark[], name: string, label: string): MoveMark[] {
  const used = new Set(taken.map((mark) => mark.token))
  const result: MoveMark[] = []
  for (const [from, removed] of tokens.entries()) {
    if (removed.kind !== 'removed' || used.has(from)) continue
    for (const [to, added] of tokens.entries()) {
      if (added.kind !== 'added' || used.has(to) || Math.abs(to - from) < 2) continue
      const stretch = sharedStretch(removed.text, added.text)
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
