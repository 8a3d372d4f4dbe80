/**
 * Finds runs of words that a data text shares with a reference text (a seed article, a source),
 * so "own words" can be checked rather than trusted. Case, punctuation, quotation marks and
 * British or American spelling of a few common words do not hide a shared run.
 */

const SPELLING: Readonly<Record<string, string>> = {
  modernise: 'modernize',
  demilitarised: 'demilitarized',
  demilitarise: 'demilitarize',
  recognised: 'recognized',
  recognise: 'recognize',
  organisation: 'organization',
  centres: 'centers',
  centre: 'center',
  programme: 'program',
  programmes: 'programs',
  neighbours: 'neighbors',
  defence: 'defense',
}

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}$%]+/u)
    .filter((word) => word !== '')
    .map((word) => SPELLING[word] ?? word)
}

export const key = (list: readonly string[], start: number, length: number) => list.slice(start, start + length).join(' ')

/** Every run of `length` consecutive words in the texts, for fast lookup. */
export function runIndex(texts: Iterable<string>, length: number): ReadonlySet<string> {
  const index = new Set<string>()
  for (const text of texts) {
    const list = words(text)
    for (let start = 0; start + length <= list.length; start += 1) index.add(key(list, start, length))
  }
  return index
}

/** The runs of `length` or more words that `text` shares with the indexed texts, longest first, merged. */
export function sharedRuns(text: string, index: Pick<ReadonlySet<string>, 'has'>, length: number): string[] {
  const list = words(text)
  const runs: string[] = []
  let start = 0
  while (start + length <= list.length) {
    if (!index.has(key(list, start, length))) {
      start += 1
      continue
    }
    let end = start + length
    while (end < list.length && index.has(key(list, end - length + 1, length))) end += 1
    runs.push(list.slice(start, end).join(' '))
    start = end
  }
  return runs.sort((a, b) => b.length - a.length)
}
