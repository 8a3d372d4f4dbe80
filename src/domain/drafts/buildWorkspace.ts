/**
 * Turns a user's aligned drafts into the project's data format (`data/README.md`): one lineage
 * per clause line, statuses judged from the text (kept when the wording is the same, amended
 * when it differs, added, deleted), numbers with units as typed terms. The result goes through
 * the same loader as the bundled data, so every view works on it unchanged.
 */
import type { ClausePart, TermUnit } from '../model.ts'
import { partsEqual } from '../parts.ts'
import { LIMITS, SCHEMA_VERSION, type ClauseEntry, type NegotiationFile, type SourcesFile, type VersionFile } from '../schema.ts'
import { droppedClauses, type Alignment } from './alignClauses.ts'
import { findQuantities } from './quantities.ts'
import type { DraftClause } from './splitClauses.ts'

export interface DraftVersion {
  /** "Draft of 3 May", as the user names it. */
  readonly name: string
  /** YYYY-MM-DD. */
  readonly date: string
  /** Where the text came from: a file name, or "Pasted text". */
  readonly origin: string
  readonly clauses: readonly DraftClause[]
}

export interface WorkspaceDraft {
  readonly id: string
  readonly name: string
  /** In order: each version revises the one before it. */
  readonly versions: readonly DraftVersion[]
  /** `alignments[k]` aligns `versions[k + 1]` with `versions[k]`. */
  readonly alignments: readonly Alignment[]
}

/** A workspace in the data format: what is stored, exported and loaded. */
export interface WorkspaceFiles {
  readonly negotiation: NegotiationFile
  readonly sources: SourcesFile
  readonly versions: readonly VersionFile[]
}

export type BuildResult = { readonly ok: true; readonly files: WorkspaceFiles } | { readonly ok: false; readonly message: string }

export const WORKSPACE_TOPIC = 'text'
const UNIT_LABEL: Record<TermUnit, string> = { personnel: 'people', days: 'days', usd: 'US dollars', percent: 'per cent' }
const TERM_UNITS: ReadonlySet<string> = new Set<TermUnit>(['personnel', 'days', 'usd', 'percent'])

/** A lowercase slug for ids: "Draft of 3 May" → "draft-of-3-may". */
export function slugify(text: string, fallback: string, maxLength = 40): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
  return slug === '' ? fallback : slug
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** The clause as the data format's parts: the lead text, then each sub-point under a stable key. */
export function draftParts(clause: DraftClause): ClausePart[] {
  const keys = new Set<string>(['main'])
  const lead: ClausePart[] = clause.text === '' ? [] : [{ key: 'main', text: clause.text }]
  return [
    ...lead,
    ...clause.parts.map((part) => ({ key: uniqueId(slugify(part.label, 'part', 20), keys), label: part.label, text: part.text })),
  ]
}

function clauseNumber(clause: DraftClause, index: number): string {
  if (clause.number !== null) return clause.number
  return index === 0 ? 'Preamble' : `¶${index + 1}`
}

function lineageTitle(clause: DraftClause, index: number): string {
  if (clause.title) return cut(clause.title, 120)
  const words = (clause.text || clause.parts[0]?.text || '').split(/\s+/).slice(0, 8).join(' ')
  return cut(`${clause.number === null ? clauseNumber(clause, index) : `Point ${clause.number}`}: ${words}`, 120)
}

/** Builds the data files of a workspace; a draft that breaks a limit gets a message instead. */
export function buildWorkspace(draft: WorkspaceDraft, importedOn: string): BuildResult {
  if (draft.versions.length < 2) return { ok: false, message: 'A comparison needs at least two versions.' }
  if (draft.alignments.length !== draft.versions.length - 1) return { ok: false, message: 'Every version after the first must be aligned with the one before it.' }
  for (let k = 1; k < draft.versions.length; k++) {
    if (draft.versions[k]!.date < draft.versions[k - 1]!.date) {
      return { ok: false, message: `“${draft.versions[k]!.name}” is dated before “${draft.versions[k - 1]!.name}”, which it revises. Put the versions in date order.` }
    }
  }

  const versionIds = new Set<string>()
  const ids = draft.versions.map((version, k) => uniqueId(slugify(version.name, `v${k + 1}`), versionIds))

  // Lineages: one per line of clauses; ones a later version inserts sit after their neighbour.
  const lineageIds = new Set<string>()
  const order: string[] = []
  const lineageMeta = new Map<string, { title: string; introducedIn: string }>()
  const lineageOf: string[][] = []
  draft.versions.forEach((version, k) => {
    const alignment = k === 0 ? null : draft.alignments[k - 1]!
    let previous: string | null = null
    lineageOf[k] = version.clauses.map((clause, j) => {
      const earlier = alignment?.links[j]?.earlier
      const continued = earlier !== undefined && earlier !== null ? lineageOf[k - 1]![earlier] : undefined
      let id: string
      if (continued !== undefined) {
        id = continued
      } else {
        id = uniqueId(slugify(clause.number ? `point-${clause.number}` : clause.title ?? `clause-${j + 1}`, `clause-${j + 1}`, 48), lineageIds)
        lineageMeta.set(id, { title: lineageTitle(clause, j), introducedIn: ids[k]! })
        order.splice(previous === null ? (k === 0 ? order.length : 0) : order.indexOf(previous) + 1, 0, id)
      }
      previous = id
      return id
    })
  })
  if (order.length > LIMITS.lineages) {
    return { ok: false, message: `These versions have ${order.length.toLocaleString('en-US')} distinct clauses between them; a workspace holds at most ${LIMITS.lineages.toLocaleString('en-US')}.` }
  }

  // Typed terms: each number with a unit in a clause, paired across versions by unit and order.
  const terms: NegotiationFile['terms'] = []
  const termIds = new Set<string>()
  const termsOf = (lineage: string, clause: DraftClause): NonNullable<ClauseEntry['terms']> => {
    const counts = new Map<string, number>()
    const wording = [clause.text, ...clause.parts.map((part) => part.text)].join(' ')
    return findQuantities(wording).flatMap((quantity) => {
      if (!TERM_UNITS.has(quantity.unit)) return []
      const unit = quantity.unit as TermUnit
      const n = (counts.get(unit) ?? 0) + 1
      counts.set(unit, n)
      const id = `${lineage}-${unit}${n > 1 ? `-${n}` : ''}`
      if (!termIds.has(id)) {
        // The format caps terms per negotiation; beyond it, numbers stay in the wording only.
        if (terms.length >= LIMITS.listItems) return []
        termIds.add(id)
        terms.push({ id, kind: 'quantity', label: cut(`${lineageMeta.get(lineage)?.title ?? lineage}: ${UNIT_LABEL[unit]}${n > 1 ? ` (${n})` : ''}`, 400), clause: lineage, unit, qualifiers: [] })
      }
      return [{ term: id, amount: quantity.value }]
    })
  }

  const sourceOf = (k: number) => `draft-${ids[k]}`
  const versions: VersionFile[] = draft.versions.map((version, k) => {
    const sources = [{ source: sourceOf(k) }]
    const earlierVersion = k === 0 ? null : draft.versions[k - 1]!
    const alignment = k === 0 ? null : draft.alignments[k - 1]!
    const entries: ClauseEntry[] = version.clauses.map((clause, j) => {
      const lineage = lineageOf[k]![j]!
      const parts = draftParts(clause)
      const link = alignment?.links[j]
      const earlierClause = link && link.earlier !== null ? earlierVersion!.clauses[link.earlier] : undefined
      const status = k === 0 || !earlierClause ? 'added' : partsEqual(parts, draftParts(earlierClause)) ? 'kept' : 'amended'
      const lead = parts.find((part) => part.key === 'main')
      const subParts = parts.filter((part) => part.key !== 'main')
      const splitFrom = link?.reason === 'split' && link.splitFrom !== null ? earlierVersion!.clauses[link.splitFrom] : undefined
      const clauseTerms = termsOf(lineage, clause)
      return {
        clause: lineage,
        number: clauseNumber(clause, j),
        ...(clause.title ? { title: cut(clause.title, 400) } : {}),
        status,
        confidence: 'own-text',
        ...(lead ? { text: lead.text } : {}),
        ...(subParts.length > 0 ? { parts: subParts.map((part) => ({ key: part.key, label: part.label!, text: part.text })) } : {}),
        ...(clauseTerms.length > 0 ? { terms: clauseTerms.slice(0, LIMITS.listItems) } : {}),
        ...(splitFrom ? { note: `Split from point ${clauseNumber(splitFrom, link!.splitFrom!)} of “${cut(earlierVersion!.name, 100)}”.` } : {}),
        sources,
      }
    })
    if (alignment && earlierVersion) {
      for (const i of droppedClauses(earlierVersion.clauses.length, alignment)) {
        const mergedInto = alignment.mergedInto.get(i)
        entries.push({
          clause: lineageOf[k - 1]![i]!,
          status: 'deleted',
          confidence: 'own-text',
          note: mergedInto === undefined ? 'Not in this version.' : `Merged into point ${clauseNumber(version.clauses[mergedInto.later]!, mergedInto.later)}.`,
          sources,
        })
      }
    }
    return {
      schemaVersion: SCHEMA_VERSION,
      id: ids[k]!,
      title: cut(version.name, 400),
      shortTitle: cut(version.name, 40),
      date: version.date,
      parties: ['Not stated'],
      drafters: 'Not stated',
      publication: cut(`Your own draft, ${version.origin === 'Pasted text' ? 'pasted' : `imported from ${version.origin}`} on ${importedOn}. It is kept in this browser only.`, 20_000),
      textKnown: 'own-draft',
      origin: cut(version.origin, 400),
      basedOn: k === 0 ? null : ids[k - 1]!,
      pointCount: `${version.clauses.length} ${version.clauses.length === 1 ? 'clause' : 'clauses'}`,
      summary: cut(`${version.clauses.length} clauses, imported from ${version.origin}.`, 20_000),
      sources,
      clauses: entries,
    }
  })

  const negotiation: NegotiationFile = {
    schemaVersion: SCHEMA_VERSION,
    id: draft.id,
    title: cut(draft.name, 400),
    summary: `Your own drafts, imported on ${importedOn}. They are kept in this browser only; export the workspace to send it to someone.`,
    defaultComparison: [ids[0]!, ids[ids.length - 1]!],
    topics: [{ id: WORKSPACE_TOPIC, label: 'Whole text' }],
    lineages: order.map((id) => ({ id, title: lineageMeta.get(id)!.title, topics: [WORKSPACE_TOPIC], introducedIn: lineageMeta.get(id)!.introducedIn })),
    terms,
  }
  const sources: SourcesFile = {
    schemaVersion: SCHEMA_VERSION,
    sources: draft.versions.map((version, k) => ({
      id: sourceOf(k),
      publisher: 'Your own text',
      publisherType: 'own-text',
      title: cut(`${version.name}, from ${version.origin}`, 400),
      date: version.date,
      carriesText: true,
    })),
  }
  return { ok: true, files: { negotiation, sources, versions } }
}
