/**
 * The data boundary. Takes parsed JSON files (bundled at build time, or picked by the user at
 * run time) and runs them through the loader's steps, each in its own module:
 * validateFiles (each file against its schema) → crossReference (ids across files) →
 * checkGrades and checkOwnWords (what each source attests; copied runs) → versionGraph (base-first
 * order, cycles) → normalize and statusRules (each version against its base) → developments
 * (events after the latest version). Nothing past this point sees `unknown`. It never throws and always ends: bad data
 * comes back as issues naming the file and the path inside it.
 */
import { wordingKnown } from '../domain/clauseState.ts'
import type { ClauseId, ClauseVersion, Negotiation, Version } from '../domain/model.ts'
import { checkGrades } from './checkGrades.ts'
import { checkOwnWords } from './checkOwnWords.ts'
import { crossReference, type Catalog } from './crossReferences.ts'
import { checkDevelopments } from './developments.ts'
import type { DataIssue, LoadResult, NegotiationFiles, ReportIssue } from './files.ts'
import { normalizeEntry, toSourceRef, unmentionedClause } from './normalize.ts'
import { checkEntry, mayHaveClause, type KnownWording } from './statusRules.ts'
import { validateFiles, type ParsedVersion } from './validateFiles.ts'
import { topicId, versionId } from './ids.ts'
import { versionGraph } from './versionGraph.ts'

// The public surface other code imports from here.
export { formatIssue, parseJsonFile, type DataFile, type DataIssue, type LoadResult, type NegotiationFiles } from './files.ts'

/** Validates and normalizes one negotiation. Never throws on bad data: it returns every issue found. */
export function loadNegotiation(files: NegotiationFiles): LoadResult {
  const issues: DataIssue[] = []
  const report: ReportIssue = (file, path, message) => issues.push({ file, path, message })
  try {
    const valid = validateFiles(files, issues)
    if (!valid) return { ok: false, issues }
    const catalog = crossReference(valid, files, report)
    checkGrades(valid.versions, catalog.sources, valid.legacySources, report)
    checkOwnWords(valid, files, report)
    const graph = versionGraph(valid.versions, report)

    const versions = new Map<string, Version>()
    const knownWording = new Map<string, ReadonlyMap<ClauseId, KnownWording>>()
    for (const parsed of graph.ordered) {
      const base = parsed.data.basedOn ? versions.get(parsed.data.basedOn) : undefined
      const baseKnownWording = base ? knownWording.get(base.id) : undefined
      const version = buildVersion(parsed, base, baseKnownWording, { catalog, inLine: graph.inLine, report })
      versions.set(version.id, version)
      knownWording.set(version.id, nearestKnownWording(version, baseKnownWording))
    }
    if (issues.length > 0) return { ok: false, issues }

    // By date, and in the files' order on the same date (the sort is stable). Every file built
    // its version, or the issues above returned.
    const sortedVersions = valid.versions.flatMap((file) => versions.get(file.data.id) ?? []).sort((a, b) => a.date.localeCompare(b.date))
    const [first, second] = valid.negotiation.defaultComparison
    const developments = checkDevelopments(valid.negotiation.developments, files.negotiation.path, sortedVersions, catalog, report)
    if (issues.length > 0) return { ok: false, issues }
    return {
      ok: true,
      negotiation: {
        id: valid.negotiation.id,
        title: valid.negotiation.title,
        summary: valid.negotiation.summary,
        topics: valid.negotiation.topics.map((topic) => ({ id: topicId(topic.id), label: topic.label })),
        lineages: catalog.lineages,
        terms: catalog.terms,
        versions: sortedVersions,
        sources: catalog.sources,
        defaultComparison: [versionId(first), versionId(second)],
        ...(developments ? { developments } : {}),
      } satisfies Negotiation,
    }
  } catch (error) {
    // A bug in the loader must not take the page (or the build) down with it: say so instead.
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, issues: [...issues, { file: files.negotiation.path, path: '', message: `The loader failed on these files (${reason})` }] }
  }
}

interface BuildContext {
  readonly catalog: Catalog
  readonly inLine: (ancestor: string, version: string) => boolean
  readonly report: ReportIssue
}

/** One version, normalized and checked against its base; its base is already built. */
function buildVersion(
  { path, data }: ParsedVersion,
  base: Version | undefined,
  baseKnownWording: ReadonlyMap<ClauseId, KnownWording> | undefined,
  { catalog, inLine, report }: BuildContext,
): Version {
  catalog.checkRefs(path, 'sources', data.sources)
  if (data.basedOn && base && base.date > data.date) report(path, 'basedOn', `Based on "${data.basedOn}", which is dated after this version`)

  const listed = new Map<string, ClauseVersion>()
  data.clauses.forEach((entry, index) => {
    const at = `clauses.${index}`
    const lineage = catalog.lineageIndex.get(entry.clause)
    if (!lineage) return report(path, `${at}.clause`, `Unknown clause id "${entry.clause}"`)
    if (listed.has(entry.clause)) return report(path, `${at}.clause`, `Clause "${entry.clause}" is listed twice`)
    catalog.checkRefs(path, `${at}.sources`, entry.sources)
    entry.alternatives?.forEach((alt, altIndex) => catalog.checkRefs(path, `${at}.alternatives.${altIndex}.sources`, alt.sources))
    entry.disputes?.forEach((dispute, disputeIndex) =>
      dispute.claims.forEach((claim, claimIndex) => catalog.checkRefs(path, `${at}.disputes.${disputeIndex}.claims.${claimIndex}.sources`, claim.sources)),
    )
    const clause = normalizeEntry(entry, versionId(data.id), lineage)
    checkEntry(entry, clause, { path, at, textKnown: data.textKnown, base, baseKnownWording, termIndex: catalog.termIndex, report })
    listed.set(entry.clause, clause)
  })

  // A version must say what became of every clause its base still has: silence would read as a guess.
  if (base) {
    for (const [id, baseClause] of base.clauses) {
      if (mayHaveClause(baseClause) && !listed.has(id)) {
        report(path, 'clauses', `Clause "${id}" of the base version "${base.id}" has no entry; give it a status`)
      }
    }
  }

  const clauses = new Map<ClauseId, ClauseVersion>()
  for (const lineage of catalog.lineages) {
    clauses.set(lineage.id, listed.get(lineage.id) ?? unmentionedClause(lineage, data, inLine(lineage.introducedIn, data.id)))
  }
  return {
    id: versionId(data.id),
    title: data.title,
    shortTitle: data.shortTitle,
    date: data.date,
    ...(data.dateNote ? { dateNote: data.dateNote } : {}),
    parties: data.parties,
    drafters: data.drafters,
    publication: data.publication,
    textKnown: data.textKnown,
    ...(data.origin ? { origin: data.origin } : {}),
    basedOn: data.basedOn === null ? null : versionId(data.basedOn),
    pointCount: data.pointCount,
    summary: data.summary,
    sources: data.sources.map(toSourceRef),
    clauses,
  }
}

/**
 * For each clause, the version nearest up this version's line (itself first) whose wording is
 * known. Built base first from the base's map, so no check walks the chain again.
 */
function nearestKnownWording(version: Version, baseKnownWording: ReadonlyMap<ClauseId, KnownWording> | undefined): ReadonlyMap<ClauseId, KnownWording> {
  const known = new Map<ClauseId, KnownWording>()
  for (const [id, clause] of version.clauses) {
    const nearest = wordingKnown(clause) ? { version, clause } : baseKnownWording?.get(id)
    if (nearest) known.set(id, nearest)
  }
  return known
}
