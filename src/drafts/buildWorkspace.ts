/**
 * Turns a user's aligned drafts into the project's data format (`data/README.md`): one lineage
 * per clause line, each version's file as `draftVersionFile.ts` writes it. The result goes through
 * the same loader as the bundled data, so every view works on it unchanged.
 */
import { LIMITS, SCHEMA_VERSION, type NegotiationFile, type SourcesFile, type WorkspaceFiles } from '../load/schema.ts'
import type { Alignment } from './alignment.ts'
import { itemAt } from '../domain/itemAt.ts'
import {
  WORKSPACE_TOPIC,
  assignLineages,
  cut,
  slugify,
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

export interface WorkspaceDraft {
  readonly id: string
  readonly name: string
  /** In order: each version revises the one before it. */
  readonly versions: readonly DraftVersion[]
  /** `alignments[k]` aligns `versions[k + 1]` with `versions[k]`. */
  readonly alignments: readonly Alignment[]
}

export type BuildResult = { readonly ok: true; readonly files: WorkspaceFiles } | { readonly ok: false; readonly message: string }

/** Builds the data files of a workspace; a draft that breaks a limit gets a message instead. */
export function buildWorkspace(draft: WorkspaceDraft, importedOn: string): BuildResult {
  if (draft.versions.length < 2) return { ok: false, message: 'A comparison needs at least two versions.' }
  if (draft.alignments.length !== draft.versions.length - 1) return { ok: false, message: 'Every version after the first must be aligned with the one before it.' }
  for (const [k, version] of draft.versions.entries()) {
    const previous = draft.versions[k - 1]
    if (previous && version.date < previous.date) {
      return { ok: false, message: `“${version.name}” is dated before “${previous.name}”, which it revises. Put the versions in date order.` }
    }
  }

  const versionIds = new Set<string>()
  const ids = draft.versions.map((version, k) => uniqueId(slugify(version.name, `v${k + 1}`), versionIds))

  // Lineages: one per line of clauses; ones a later version inserts sit after their neighbour.
  const lineageIds = new Set<string>()
  const order: LineageEntry[] = []
  // Each version with its lineages, the version it revises and the alignment between them
  // (checked above: one alignment per version after the first).
  let revised: (RevisedVersion & { readonly id: string }) | null = null
  const planned: { version: DraftVersion; id: string; lineages: string[]; revised: (RevisedVersion & { readonly id: string }) | null; alignment: Alignment | null }[] = []
  for (const [k, version] of draft.versions.entries()) {
    const id = itemAt(ids, k)
    const alignment = k === 0 ? null : itemAt(draft.alignments, k - 1)
    const lineages = assignLineages(version.clauses, revised, alignment, id, lineageIds, order)
    planned.push({ version, id, lineages, revised, alignment })
    revised = { id, name: version.name, clauses: version.clauses, lineages }
  }
  if (order.length > LIMITS.lineages) return { ok: false, message: tooManyLineages(order.length) }

  const terms: NegotiationFile['terms'][number][] = []
  const termsOf = termCollector(terms, titlesOf(order))
  const versions = planned.map((plan) => versionFile(plan.version, plan.id, plan.lineages, plan.revised, plan.alignment, termsOf, importedOn))

  const negotiation: NegotiationFile = {
    schemaVersion: SCHEMA_VERSION,
    id: draft.id,
    title: cut(draft.name, 400),
    summary: `Your own drafts, imported on ${importedOn}. They are kept in this browser only; export the workspace to send it to someone.`,
    // At least two versions (checked above): the first against the last.
    defaultComparison: [itemAt(ids, 0), itemAt(ids, ids.length - 1)],
    topics: [{ id: WORKSPACE_TOPIC, label: 'Whole text' }],
    lineages: order.map(({ id, title, introducedIn }) => ({ id, title, topics: [WORKSPACE_TOPIC], introducedIn })),
    terms,
  }
  const sources: SourcesFile = { schemaVersion: SCHEMA_VERSION, sources: planned.map(({ version, id }) => versionSource(version, id)) }
  return { ok: true, files: { negotiation, sources, versions } }
}
