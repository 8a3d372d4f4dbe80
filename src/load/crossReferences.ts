/**
 * What no single file can check: ids unique across a list or across files, and every id that
 * one file names (a topic, a clause, a version, a source) defined where it belongs.
 */
import type { Lineage, Source, SourceId, TermDefinition } from '../domain/model.ts'
import type { NegotiationFile } from './schema.ts'
import type { NegotiationFiles, ReportIssue } from './files.ts'
import type { ValidFiles } from './validateFiles.ts'
import { clauseId, sourceId, termId, topicId, versionId } from './ids.ts'

/** The ids the versions may refer to, gathered from every file. */
export interface Catalog {
  readonly sources: ReadonlyMap<SourceId, Source>
  readonly lineages: readonly Lineage[]
  readonly lineageIndex: ReadonlyMap<string, Lineage>
  readonly terms: readonly TermDefinition[]
  readonly termIndex: ReadonlyMap<string, TermDefinition>
  /** Reports each citation of a source that is not in sources.json. */
  readonly checkRefs: (file: string, path: string, refs: readonly { source: string }[]) => void
}

/** Reports the second and later uses of an id in a list. */
function reportDuplicates(items: readonly { id: string }[], file: string, at: string, what: string, report: ReportIssue) {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    if (seen.has(item.id)) report(file, `${at}.${index}.id`, `Duplicate ${what} id "${item.id}"`)
    seen.add(item.id)
  })
}

function collectSources(valid: ValidFiles, path: string, report: ReportIssue): Map<SourceId, Source> {
  reportDuplicates(valid.sources.sources, path, 'sources', 'source', report)
  const sources = new Map<SourceId, Source>()
  for (const source of valid.sources.sources) {
    const id = sourceId(source.id)
    if (sources.has(id)) continue
    // Excerpts serve the own-words check only (checkOwnWords.ts); the app never shows them.
    const { dateEstimated, citing, url, copy, carriesText, language, note, excerpts, ...rest } = source
    sources.set(id, {
      ...rest,
      id,
      dateEstimated: dateEstimated ?? false,
      carriesText: carriesText ?? false,
      ...(citing ? { citing } : {}),
      ...(url ? { url } : {}),
      ...(copy ? { copy } : {}),
      ...(language ? { language } : {}),
      ...(note ? { note } : {}),
    })
  }
  return sources
}

function checkTerms(negotiation: NegotiationFile, path: string, lineageIndex: ReadonlyMap<string, Lineage>, report: ReportIssue): TermDefinition[] {
  reportDuplicates(negotiation.terms, path, 'terms', 'term', report)
  return negotiation.terms.map((raw, index) => {
    if (!lineageIndex.has(raw.clause)) report(path, `terms.${index}.clause`, `Unknown clause "${raw.clause}"`)
    const base = { id: termId(raw.id), label: raw.label, clause: clauseId(raw.clause) }
    if (raw.kind === 'quantity') {
      reportDuplicates(raw.qualifiers, path, `terms.${index}.qualifiers`, 'qualifier', report)
      return { ...base, kind: 'quantity', unit: raw.unit, qualifiers: raw.qualifiers }
    }
    reportDuplicates(raw.choices, path, `terms.${index}.choices`, 'choice', report)
    return { ...base, kind: 'choice', choices: raw.choices }
  })
}

/** Checks every id across files and gathers the catalog the versions are checked against. */
export function crossReference(valid: ValidFiles, files: NegotiationFiles, report: ReportIssue): Catalog {
  const negotiationPath = files.negotiation.path
  const sources = collectSources(valid, files.sources.path, report)
  reportDuplicates(valid.negotiation.topics, negotiationPath, 'topics', 'topic', report)
  const topicIds = new Set(valid.negotiation.topics.map((topic) => topic.id))

  const versionIds = new Set<string>()
  for (const { path, data } of valid.versions) {
    if (versionIds.has(data.id)) report(path, 'id', `Duplicate version id "${data.id}"`)
    versionIds.add(data.id)
    const fileName = path.split('/').pop()
    if (fileName !== `${data.id}.json`) report(path, 'id', `Version id "${data.id}" must match the file name ${fileName}`)
  }

  const lineages: Lineage[] = []
  const lineageIndex = new Map<string, Lineage>()
  const addLineage = (file: string, path: string, raw: { id: string; title: string; topics: readonly string[] }, introducedIn: string) => {
    if (lineageIndex.has(raw.id)) return report(file, `${path}.id`, `Duplicate clause id "${raw.id}"`)
    if (!versionIds.has(introducedIn)) report(file, `${path}.introducedIn`, `Unknown version "${introducedIn}"`)
    raw.topics.forEach((topic, index) => {
      if (!topicIds.has(topic)) report(file, `${path}.topics.${index}`, `Unknown topic "${topic}"`)
    })
    const lineage: Lineage = { id: clauseId(raw.id), title: raw.title, topics: raw.topics.map(topicId), introducedIn: versionId(introducedIn) }
    lineageIndex.set(raw.id, lineage)
    lineages.push(lineage)
  }
  valid.negotiation.lineages.forEach((raw, index) => addLineage(negotiationPath, `lineages.${index}`, raw, raw.introducedIn))
  for (const { path, data } of valid.versions) data.newLineages?.forEach((raw, index) => addLineage(path, `newLineages.${index}`, raw, data.id))

  const terms = checkTerms(valid.negotiation, negotiationPath, lineageIndex, report)
  valid.negotiation.defaultComparison.forEach((id, index) => {
    if (!versionIds.has(id)) report(negotiationPath, `defaultComparison.${index}`, `Unknown version "${id}"`)
  })

  return {
    sources,
    lineages,
    lineageIndex,
    terms,
    termIndex: new Map<string, TermDefinition>(terms.map((term) => [term.id, term])),
    checkRefs: (file, path, refs) =>
      refs.forEach((ref, index) => {
        if (!sources.has(sourceId(ref.source))) report(file, `${path}.${index}.source`, `Unknown source "${ref.source}"`)
      }),
  }
}
