/**
 * How moved text is compared: word by word, in lower case with punctuation ignored, with the
 * fewest words and letters a move takes, and the longest stretch a removed and an added run share.
 */
import { itemAt } from './itemAt.ts'

/** The fewest words a moved run has: "in peacetime" or "the United States" never count. */
export const MIN_MOVE_WORDS = 5
/** The fewest letters and digits a moved run has, so five short words do not count either. */
export const MIN_MOVE_CHARS = 24
// Word pairs compared in one removed-run × added-run search; larger pairs are not searched.
const MAX_COMPARED_WORDS = 250_000

interface Word {
  readonly text: string
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0].toLowerCase().replace(/’/g, "'"), start: match.index, end: match.index + match[0].length }))
}

/** A text's words, normalised as `wordsOf` does, without their positions: the cheap form for hashing. */
export function wordTexts(text: string | null | undefined): string[] {
  return text ? (text.toLowerCase().replace(/’/g, "'").match(WORD) ?? []) : []
}

/** Where `run` first stands in `words`, looking from `from` on; -1 when it is not there. */
export const indexOfRun = (words: readonly string[], run: readonly string[], from = 0): number => {
  for (let index = from; index + run.length <= words.length; index += 1) {
    if (run.every((word, offset) => words[index + offset] === word)) return index
  }
  return -1
}

/** The longest run of words `a` and `b` share, as [start in a, start in b, length]; the first such run on a tie. */
function longestSharedRun(a: readonly Word[], b: readonly Word[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0]
  if (a.length * b.length > MAX_COMPARED_WORDS) return best
  // previous[j] and current[j]: the length of the shared run that ends just before a[i] (the
  // previous word, then this one) and b[j].
  let previous = new Array<number>(b.length + 1).fill(0)
  for (const [i, aWord] of a.entries()) {
    const current = new Array<number>(b.length + 1).fill(0)
    for (const [j, bWord] of b.entries()) {
      if (aWord.text !== bWord.text) continue
      const length = itemAt(previous, j) + 1
      current[j + 1] = length
      if (length > best[2]) best = [i + 1 - length, j + 1 - length, length]
    }
    previous = current
  }
  return best
}

const NOT_A_TRAILING_MARK = /[^.,;:!?”’")\]]/

/** The full stops, commas, closing quotes and brackets `text` starts with. */
export function trailingMarks(text: string): string {
  const end = text.search(NOT_A_TRAILING_MARK)
  return end < 0 ? text : text.slice(0, end)
}

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
  // The run lies inside both word lists (longestSharedRun found it there).
  let fromEnd = itemAt(a, aStart + length - 1).end
  let toEnd = itemAt(b, bStart + length - 1).end
  // A full stop or closing quote that both sides have moved with the words.
  const fromTail = trailingMarks(removed.slice(fromEnd))
  const toTail = trailingMarks(added.slice(toEnd))
  let shared = 0
  while (shared < fromTail.length && shared < toTail.length && fromTail[shared] === toTail[shared]) shared += 1
  fromEnd += shared
  toEnd += shared
  return { from: [itemAt(a, aStart).start, fromEnd], to: [itemAt(b, bStart).start, toEnd], words: length }
}
