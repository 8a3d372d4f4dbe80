/** What a change-flag rule reads and gives: two wordings and their diff, cut into words and small edits, and the flag. */
import type { DiffToken } from './diffText.ts'
import type { FlagKind } from './flagKinds.ts'

export interface ChangeFlag {
  readonly kind: FlagKind
  /** A short label: "Obligation weakened". */
  readonly label: string
  /** The words involved: "“will” → “may”". */
  readonly detail: string
}

/** Two wordings of one clause and the word diff between them (the redline's tokens). */
export interface WordingChange {
  readonly before: string
  readonly after: string
  readonly tokens: readonly DiffToken[]
}

/** Words as a flag's detail quotes them. */
export const quote = (text: string) => `“${text}”`

// ---------------------------------------------------------------------------------------------
// Words and edits

export interface Word {
  readonly text: string
  readonly lower: string
}

// Letters and digits, with joiners inside a word: "600,000", "non-aggression", "Ukraine's", "U.S".
const WORD = /[\p{L}\p{N}]+(?:[’'.,:\-–][\p{L}\p{N}]+)*/gu

export function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (match) => ({ text: match[0], lower: match[0].toLowerCase().replace(/’/g, "'") }))
}

/** One edit: the words a run of removed and added tokens takes out and puts in, with a little context. */
export interface Edit {
  readonly removed: readonly Word[]
  readonly added: readonly Word[]
  readonly lead: readonly Word[]
  readonly tail: readonly Word[]
}

const CONTEXT = 3

export function editsOf(tokens: readonly DiffToken[]): Edit[] {
  const edits: Edit[] = []
  let removed = ''
  let added = ''
  let lead: Word[] = []
  let open = false
  const close = (next: string) => {
    if (open) edits.push({ removed: wordsOf(removed), added: wordsOf(added), lead, tail: wordsOf(next).slice(0, CONTEXT) })
    open = false
    removed = ''
    added = ''
  }
  for (const token of tokens) {
    if (token.kind === 'equal') {
      close(token.text)
      lead = wordsOf(token.text).slice(-CONTEXT)
    } else {
      open = true
      if (token.kind === 'removed') removed += ` ${token.text}`
      else added += ` ${token.text}`
    }
  }
  close('')
  return edits
}

/** An edit small enough that a word in it changes wording that stays, rather than bringing a new provision. */
const SMALL_EDIT = 6
export const isSmall = (edit: Edit) => edit.removed.length <= SMALL_EDIT && edit.added.length <= SMALL_EDIT

/** Where a word from a list sits in a word sequence: index and the phrase matched. */
export function findPhrases(words: readonly Word[], phrases: readonly (readonly string[])[], skip?: (words: readonly Word[], at: number, phrase: readonly string[]) => boolean) {
  const found: { at: number; phrase: string }[] = []
  for (let at = 0; at < words.length; at += 1) {
    for (const phrase of phrases) {
      if (phrase.every((part, offset) => words[at + offset]?.lower === part) && !skip?.(words, at, phrase)) {
        found.push({ at, phrase: phrase.join(' ') })
        break
      }
    }
  }
  return found
}

/** Phrases found on one side of an edit, read with the edit's context so idioms across its edge are seen. */
export function inEdit(edit: Edit, side: 'removed' | 'added', phrases: readonly (readonly string[])[], skip?: (words: readonly Word[], at: number, phrase: readonly string[]) => boolean): string[] {
  const words = [...edit.lead, ...edit[side], ...edit.tail]
  const from = edit.lead.length
  return findPhrases(words, phrases, skip)
    .filter((found) => found.at >= from && found.at < from + edit[side].length)
    .map((found) => found.phrase)
}

export const phraseList = (list: string) => list.split('|').map((phrase) => phrase.split(' '))

/** The words of one side of an edit with its context, for quoting: "agrees not to station". */
export function snippet(edit: Edit, side: 'removed' | 'added', max = 6): string {
  const words = [...edit.lead.slice(-1), ...edit[side].slice(0, max), ...edit.tail.slice(0, edit[side].length < 3 ? 2 : 0)]
  return words.map((word) => word.text).join(' ')
}
