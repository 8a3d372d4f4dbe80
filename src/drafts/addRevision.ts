/**
 * A revision added to a saved workspace: its latest version read back as draft clauses, and the
 * new version's file continuing its lineages.
 */
import { LIMITS, type NegotiationFile, type SourcesFile, type VersionFile, type WorkspaceFiles } from '../load/schema.ts'
import type { Alignment } from './alignment.ts'
import type { BuildResult } from './buildWorkspace.ts'
import {
  WORKSPACE_TOPIC,
  assignLineages,
  slugify,
  sourceId,
  termCollector,
  titlesOf,
  tooManyLineages,
  uniqueId,
  versionFile,
  versionSource,
  type DraftVersion,
  type LineageEntry,
  type RevisedVersion,
} from './draftVersionFile.ts'
import type { DraftClause } from './draftClause.ts'
import { DRAFT_LIMITS } from './draftLimits.ts'

/** A number the data format gave an unnumbered clause ("Preamble", "¶3") is not the draft's own. */
const madeUpNumber = /^(Preamble|¶\d+)$/

/**
 * The latest version of a saved workspace, read back as draft clauses (the wording each clause
 * has in it, with its lineage), so a new revision can be aligned with it.
 */
export function latestVersion(files: WorkspaceFiles): (RevisedVersion & { readonly id: string; readonly date: string }) | null {
  let latest: VersionFile | null = null
  for (const version of files.versions) if (!latest || version.date >= latest.date) latest = version
  if (!latest) return null
  const present = latest.clauses.filter((entry) => !ABSENT.has(entry.status) && (typeof entry.text === 'string' || (entry.parts?.length ?? 0) > 0))
  return {
    id: latest.id,
    name: latest.title,
    date: latest.date,
    lineages: present.map((entry) => entry.clause),
    clauses: present.map((entry, index): DraftClause => {
      const lead = entry.text ?? entry.parts?.find((part) => part.key === 'main')?.text ?? ''
      return {
        number: entry.number && !madeUpNumber.test(entry.number) ? entry.number : null,
        title: entry.title ?? null,
        text: lead,
        parts: (entry.parts ?? []).filter((part) => part.key !== 'main').map((part) => ({ label: part.label ?? part.key, text: part.text ?? '' })),
        line: index + 1,
      }
    }),
  }
}

/** Statuses of a clause that is not in a version's text. */
const ABSENT: ReadonlySet<string> = new Set(['deleted', 'not-mentioned', 'absent'])

/**
 * Adds a revision to a saved workspace, aligned with its latest version (`latestVersion`). The
 * versions already there are kept as they are, with every match the user set between them; the
 * new version's file continues their lineages.
 */
export function addRevision(files: WorkspaceFiles, revision: DraftVersion, alignment: Alignment, importedOn: string): BuildResult {
  const revised = latestVersion(files)
  if (!revised) return { ok: false, message: 'This workspace has no version to revise.' }
  if (files.versions.length >= DRAFT_LIMITS.versionsPerWorkspace) {
    return { ok: false, message: `This workspace already has ${files.versions.length} versions; a workspace holds at most ${DRAFT_LIMITS.versionsPerWorkspace}. Start a new workspace from the latest one and this revision.` }
  }
  if (revision.date < revised.date) return { ok: false, message: `“${revision.name}” is dated before “${revised.name}” (${revised.date}), which it revises. Give it a later date.` }
  if (alignment.links.length !== revision.clauses.length) return { ok: false, message: 'The revision must be aligned with the latest version before it is saved.' }

  const id = uniqueId(slugify(revision.name, `v${files.versions.length + 1}`), new Set(files.versions.map((version) => version.id)))
  const order: LineageEntry[] = files.negotiation.lineages.map(({ id: lineage, title, introducedIn }) => ({ id: lineage, title, introducedIn }))
  const lineages = assignLineages(revision.clauses, revised, alignment, id, new Set(order.map((entry) => entry.id)), order)
  if (order.length > LIMITS.lineages) return { ok: false, message: tooManyLineages(order.length) }

  const terms = [...files.negotiation.terms]
  const known = new Map(files.negotiation.lineages.map((lineage) => [lineage.id, lineage]))
  const version = versionFile(revision, id, lineages, revised, alignment, termCollector(terms, titlesOf(order)), importedOn)
  const negotiation: NegotiationFile = {
    ...files.negotiation,
    defaultComparison: [revised.id, id],
    lineages: order.map((entry) => known.get(entry.id) ?? { id: entry.id, title: entry.title, topics: [WORKSPACE_TOPIC], introducedIn: entry.introducedIn }),
    terms,
  }
  const sources: SourcesFile = { ...files.sources, sources: [...files.sources.sources.filter((source) => source.id !== sourceId(id)), versionSource(revision, id)] }
  return { ok: true, files: { negotiation, sources, versions: [...files.versions, version] } }
}
