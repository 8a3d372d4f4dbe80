/**
 * Holds every confidence grade in the data to the written rule (data/README.md, "Confidence"):
 * a grade may not claim more than the cited sources give. It checks what the data can show —
 * who published each source, whether that publisher is flagged, whether the piece reproduces
 * the document's wording — not whether a source really says what it is cited for.
 */
import { CONFIDENCE_LEVELS, type Confidence, type Source, type SourceId } from '../domain/model.ts'
import { isFlaggedPublisher } from '../domain/sourceCitation.ts'
import type { VersionFile } from '../domain/schema.ts'

type Report = (file: string, path: string, message: string) => void

const RANK = new Map<Confidence, number>(CONFIDENCE_LEVELS.map((level, index) => [level, index]))

/**
 * The strongest grade a set of sources can carry. Copies of one story share their publisher and
 * relays of one report share what they cite, so either counts once.
 */
export function strongestGrade(sources: readonly Source[], textPublished: boolean): Confidence {
  const counted = sources.filter((source) => !isFlaggedPublisher(source.publisherType))
  if (textPublished && counted.some((source) => source.carriesText)) return 'published-text'
  const origins = new Set(counted.map((source) => (source.citing ?? source.publisher).toLowerCase()))
  if (origins.size >= 2) return 'multiple-reports'
  if (origins.size === 1) return 'single-report'
  return 'unverified'
}

const REQUIREMENT: Record<Confidence, string> = {
  'published-text':
    'a source that reproduces the document\'s wording, from a publisher that is not flagged, in a version whose text is known in full',
  'multiple-reports': 'two independent publishers that are not flagged (copies and relays of one report count once)',
  'single-report': 'one publisher that is not flagged',
  unverified: 'any source',
}

function explain(claimed: Confidence, allowed: Confidence): string {
  return `Graded "${claimed}", which needs ${REQUIREMENT[claimed]}; its sources carry at most "${allowed}"`
}

/** Reports, with file and path, each clause, part or option whose grade claims more than its sources give. */
export function checkGrades(
  versionFiles: readonly { readonly path: string; readonly data: VersionFile }[],
  sources: ReadonlyMap<SourceId, Source>,
  report: Report,
): void {
  for (const { path, data } of versionFiles) {
    const textPublished = data.textKnown === 'full'
    const resolve = (refs: readonly { source: string }[]) =>
      refs.flatMap((ref) => sources.get(ref.source as SourceId) ?? [])
    const check = (at: string, claimed: Confidence | undefined, refs: readonly { source: string }[]) => {
      if (!claimed) return
      const allowed = strongestGrade(resolve(refs), textPublished)
      if (RANK.get(claimed)! < RANK.get(allowed)!) report(path, `${at}.confidence`, explain(claimed, allowed))
    }
    data.clauses.forEach((entry, index) => {
      const at = `clauses.${index}`
      check(at, entry.confidence, entry.sources)
      entry.parts?.forEach((part, partIndex) => check(`${at}.parts.${partIndex}`, part.confidence, entry.sources))
      entry.alternatives?.forEach((alternative, altIndex) =>
        check(`${at}.alternatives.${altIndex}`, alternative.confidence, alternative.sources),
      )
    })
  }
}
