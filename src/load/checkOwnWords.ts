/**
 * Own words, checked at the load boundary: no text the data writes in its own words (clause texts,
 * parts, options, notes, claims, summaries, source titles) may share a run of COPIED_RUN or more
 * words with a passage of a source that the data keeps (`excerpts` in sources.json). Short quoted
 * key phrases stay well under the run. The seed articles, which sit outside the repository, are
 * checked by src/load/ownWords.test.ts.
 */
import type { NegotiationFiles, ReportIssue } from './files.ts'
import { key, sharedRuns, words } from './ownWords.ts'
import type { ValidFiles } from './validateFiles.ts'

/** Twelve words in a row shared with a source is copying, however the rest is worded. */
export const COPIED_RUN = 12

/** Every run of COPIED_RUN words in the sources' excerpts, with the source it comes from. */
function excerptRuns(valid: ValidFiles): Map<string, string> {
  const runs = new Map<string, string>()
  for (const source of valid.sources.sources) {
    for (const excerpt of source.excerpts ?? []) {
      const list = words(excerpt)
      for (let start = 0; start + COPIED_RUN <= list.length; start += 1) {
        const run = key(list, start, COPIED_RUN)
        if (!runs.has(run)) runs.set(run, source.id)
      }
    }
  }
  return runs
}

/** Calls `visit` with every string inside `value` and its path. */
function eachString(value: unknown, at: string, visit: (path: string, text: string) => void) {
  if (typeof value === 'string') visit(at, value)
  else if (Array.isArray(value)) value.forEach((item, index) => eachString(item, at === '' ? String(index) : `${at}.${index}`, visit))
  else if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) eachString(item, at === '' ? name : `${at}.${name}`, visit)
  }
}

export function checkOwnWords(valid: ValidFiles, files: NegotiationFiles, report: ReportIssue): void {
  const runs = excerptRuns(valid)
  if (runs.size === 0) return
  const check = (file: string) => (path: string, text: string) => {
    const [longest] = sharedRuns(text, runs, COPIED_RUN)
    if (longest === undefined) return
    const length = longest.split(' ').length
    const source = runs.get(key(longest.split(' '), 0, COPIED_RUN))
    report(file, path, `Shares ${length} words in a row with a passage of source "${source}" (“${longest}”); say it in our own words, quoting at most a short key phrase`)
  }
  eachString(valid.negotiation, '', check(files.negotiation.path))
  valid.sources.sources.forEach((source, index) => {
    const atSource = check(files.sources.path)
    atSource(`sources.${index}.title`, source.title)
    if (source.note) atSource(`sources.${index}.note`, source.note)
  })
  for (const { path, data } of valid.versions) eachString(data, '', check(path))
}
