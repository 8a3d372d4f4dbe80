/**
 * A deterministic pair of long plain-text drafts for benchmarks: the later one renumbers the
 * earlier, deletes, inserts and moves clauses, and edits a share of the rest.
 */

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const SYLLABLES = 'ka lo mi ne ru sa te vo bi da fe gu hi jo ko la ma ni po qu re si tu va we xi yo za'.split(' ')

export interface SyntheticDraftPair {
  readonly earlier: string
  readonly later: string
  /** For each later clause (in order), the index of the earlier clause it continues, or null. */
  readonly truth: readonly (number | null)[]
}

export function syntheticDraftPair(clauses: number, seed = 7): SyntheticDraftPair {
  const next = random(seed)
  // A vocabulary of a few thousand words, drawn with a skew so some words are common, as in prose.
  const vocabulary = Array.from({ length: 4_000 }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''))
  const word = () => vocabulary[Math.floor(next() ** 2.5 * vocabulary.length)]!
  const sentence = () => `${Array.from({ length: 30 + Math.floor(next() * 30) }, word).join(' ')}.`
  const earlierTexts = Array.from({ length: clauses }, sentence)
  const later: { text: string; from: number | null }[] = []
  earlierTexts.forEach((text, i) => {
    const roll = next()
    if (roll < 0.05) return // deleted
    if (roll < 0.1) later.push({ text: sentence(), from: null }) // inserted before it
    const words = text.split(' ')
    if (roll > 0.8) for (let k = 0; k < 4; k++) words[Math.floor(next() * words.length)] = word()
    later.push({ text: words.join(' '), from: i })
  })
  // A few clauses move far from where they were.
  for (let k = 0; k < clauses / 100; k++) {
    const [moved] = later.splice(Math.floor(next() * later.length), 1)
    later.splice(Math.floor(next() * later.length), 0, moved!)
  }
  const trimmed = later.slice(0, clauses)
  return {
    earlier: earlierTexts.map((text, i) => `${i + 1}. ${text}`).join('\n'),
    later: trimmed.map((clause, j) => `${j + 1}. ${clause.text}`).join('\n'),
    truth: trimmed.map((clause) => clause.from),
  }
}
