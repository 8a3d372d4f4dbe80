/** The words of a clause the aligner compares: lower-cased stems, without stop words or cross-reference numbers. */

const STOP_WORDS = new Set(
  'a an and any are as at be been by for from has have in into is it its of on or shall that the their there these this those to was were which will with would'.split(' '),
)

/** Lower-cased word stems; a light suffix strip so "guarantees" meets "guaranteed". */
export function tokenize(text: string): string[] {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []
  const tokens: string[] = []
  for (const word of words) {
    // One- and two-digit numbers are mostly cross-references ("Section 6.1"), which renumbering changes.
    if (STOP_WORDS.has(word) || word.length < 2 || /^\d{1,2}$/.test(word)) continue
    let stemmed = stems.get(word)
    if (stemmed === undefined) {
      if (stems.size > 100_000) stems.clear()
      stemmed = stem(word)
      stems.set(word, stemmed)
    }
    tokens.push(stemmed)
  }
  return tokens
}

/** Drafts repeat their words: each is stemmed once. */
const stems = new Map<string, string>()

function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word
  let stemmed = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
  for (const suffix of ['ation', 'ment', 'ing', 'ie', 'ied', 'ed', 'ly']) {
    if (stemmed.endsWith(suffix) && stemmed.length - suffix.length >= 4) {
      stemmed = stemmed.slice(0, -suffix.length)
      break
    }
  }
  // "guarantee", "guarantees" and "guaranteed" meet at "guarante".
  return stemmed.length > 4 && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed
}
