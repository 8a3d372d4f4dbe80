import { normalizeForSearch } from './filterRows.ts'

export interface TextRun {
  readonly text: string
  readonly match: boolean
}

/**
 * Splits text into runs that do and do not match the search, for highlighting.
 * @example splitMatches('Army cap of 800,000', 'army') // [{ text: 'Army', match: true }, { text: ' cap of 800,000', match: false }]
 */
export function splitMatches(text: string, query: string): TextRun[] {
  const needle = normalizeForSearch(query.trim())
  if (needle === '') return [{ text, match: false }]
  const haystack = normalizeForSearch(text)
  // Indexes map back onto the original only while lower-casing keeps the length (not so for "İ").
  if (haystack.length !== text.length) return [{ text, match: haystack.includes(needle) }]
  const runs: TextRun[] = []
  let from = 0
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) runs.push({ text: text.slice(from, at), match: false })
    runs.push({ text: text.slice(at, at + needle.length), match: true })
    from = at + needle.length
  }
  if (from < text.length) runs.push({ text: text.slice(from), match: false })
  return runs
}
