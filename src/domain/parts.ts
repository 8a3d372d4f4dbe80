import type { ClausePart } from './model.ts'

/** True when two clause texts are the same part for part: same keys, labels and wording. */
export function partsEqual(a: readonly ClausePart[], b: readonly ClausePart[]): boolean {
  return (
    a.length === b.length &&
    a.every((part, index) => {
      const other = b[index]
      return other !== undefined && part.key === other.key && part.label === other.label && part.text === other.text
    })
  )
}

/**
 * True when `later` keeps the wording of `earlier`: the same parts, each with the same text or
 * with text not known (null). A kept clause may have gaps in what is known, never new words.
 */
export function keepsWordingOf(later: readonly ClausePart[], earlier: readonly ClausePart[]): boolean {
  return (
    later.length === earlier.length &&
    later.every((part, index) => {
      const other = earlier[index]
      return (
        other !== undefined &&
        part.key === other.key &&
        part.label === other.label &&
        (part.text === null || part.text === other.text)
      )
    })
  )
}
