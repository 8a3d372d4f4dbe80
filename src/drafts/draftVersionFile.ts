/**
 * One draft version in the project's data format (`data/README.md`), shared by a new workspace
 * (`buildWorkspace.ts`) and a revision added to a saved one (`addRevision.ts`): lineage ids for
 * its clauses, statuses judged from the text (kept when the wording is the same, amended when it
 * differs, added, deleted), numbers with units as typed terms, and its source entry.
 */
import type { ClausePart, TermUnit } from '../domain/model.ts'
import { partsEqual } from '../domain/parts.ts'
import { LIMITS, SCHEMA_VERSION, type ClauseEntry, type NegotiationFile, type SourcesFile, type VersionFile } from '../load/schema.ts'
import { droppedClauses, type Alignment } from './alignment.ts'
import { itemAt } from '../domain/itemAt.ts'
import { findQuantities } from './quantities.ts'
import type { DraftClause } from './draftClause.ts'

export interface DraftVersion {
  /** "Draft of 3 May", as the user names it. */
  readonly name: string
  /** YYYY-MM-DD. */
  readonly date: string
  /** Where the text came from: a file name, or "Pasted text". */
  readonly origin: string
  readonly clauses: readonly DraftClause[]
}

export const WORKSPACE_TOPIC = 'text'
const UNIT_LABEL: Record<TermUnit, string> = { personnel: 'people', days: 'days', usd: 'US dollars', percent: 'per cent' }
const TERM_UNITS: ReadonlySet<string> = new Set<TermUnit>(['personnel', 'days', 'usd', 'percent'])
const isTermUnit = (unit: string): unit is TermUnit => TERM_UNITS.has(unit)

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

export function uniqueId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

export function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** The clause as the data format's parts: the lead text, then each sub-point under a stable key. */
export function draftParts(clause: DraftClause): ClausePart[] {
  const lead: ClausePart[] = clause.text === '' ? [] : [{ key: 'main', text: clause.text }]
  return [...lead, ...labelledParts(clause)]
}

/** The clause's sub-points as parts, each under a key of its own ("main" is the lead's). */
function labelledParts(clause: DraftClause): { readonly key: string; readonly label: string; readonly text: string }[] {
  const keys = new Set<string>(['main'])
  return clause.parts.map((part) => ({ key: uniqueId(slugify(part.label, 'part', 20), keys), label: part.label, text: part.text }))
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

/**
 * Typed terms: each number with a unit in a clause, paired across versions by unit and order.
 * `terms` is the negotiation's list, appended to; a term already listed is reused.
 */
export function termCollector(terms: NegotiationFile['terms'][number][], lineageTitle: (lineage: string) => string | undefined) {
  const termIds = new Set(terms.map((term) => term.id))
  return (lineage: string, clause: DraftClause): NonNullable<ClauseEntry['terms']> => {
    const counts = new Map<string, number>()
    const wording = [clause.text, ...clause.parts.map((part) => part.text)].join(' ')
    return findQuantities(wording).flatMap((quantity) => {
      const unit = quantity.unit
      if (!isTermUnit(unit)) return []
      const n = (counts.get(unit) ?? 0) + 1
      counts.set(unit, n)
      const id = `${lineage}-${unit}${n > 1 ? `-${n}` : ''}`
      if (!termIds.has(id)) {
        // The format caps terms per negotiation; beyond it, numbers stay in the wording only.
        if (terms.length >= LIMITS.listItems) return []
        termIds.add(id)
        terms.push({ id, kind: 'quantity', label: cut(`${lineageTitle(lineage) ?? lineage}: ${UNIT_LABEL[unit]}${n > 1 ? ` (${n})` : ''}`, 400), clause: lineage, unit, qualifiers: [] })
      }
      return [{ term: id, amount: quantity.value }]
    })
  }
}

/** The version a later one revises, as its entries need it: its clauses, their lineages and its name. */
export interface RevisedVersion {
  readonly name: string
  readonly clauses: readonly DraftClause[]
  readonly lineages: readonly string[]
}

/**
 * Lineage ids of a version's clauses: a clause the alignment links continues its earlier
 * clause's lineage; any other starts one, placed in `order` after the clause before it.
 */
export function assignLineages(clauses: readonly DraftClause[], revised: RevisedVersion | null, alignment: Alignment | null, versionId: string, taken: Set<string>, order: LineageEntry[]): string[] {
  let previous: string | null = null
  return clauses.map((clause, j) => {
    const earlier = alignment?.links[j]?.earlier
    const continued = earlier !== undefined && earlier !== null ? revised?.lineages[earlier] : undefined
    let id: string
    if (continued !== undefined) {
      id = continued
    } else {
      id = uniqueId(slugify(clause.number ? `point-${clause.number}` : clause.title ?? `clause-${j + 1}`, `clause-${j + 1}`, 48), taken)
      const after = previous
      order.splice(after === null ? (revised === null ? order.length : 0) : order.findIndex((entry) => entry.id === after) + 1, 0, { id, title: lineageTitle(clause, j), introducedIn: versionId })
    }
    previous = id
    return id
  })
}

/** A lineage in the negotiation's order, with what its file entry says of it. */
export interface LineageEntry {
  readonly id: string
  readonly title: string
  readonly introducedIn: string
}

/** The lineage titles by id, for naming terms. */
export const titlesOf = (order: readonly LineageEntry[]) => {
  const titles = new Map(order.map((entry) => [entry.id, entry.title]))
  return (lineage: string) => titles.get(lineage)
}

/** One version's file: its clauses, then the clauses of the version it revises that it drops. */
export function versionFile(
  version: DraftVersion,
  id: string,
  lineages: readonly string[],
  revised: (RevisedVersion & { readonly id: string }) | null,
  alignment: Alignment | null,
  termsOf: (lineage: string, clause: DraftClause) => NonNullable<ClauseEntry['terms']>,
  importedOn: string,
): VersionFile {
  const sources = [{ source: sourceId(id) }]
  const entries: ClauseEntry[] = version.clauses.map((clause, j) => {
    // assignLineages gave every clause its lineage, in the clauses' order.
    const lineage = itemAt(lineages, j)
    const parts = draftParts(clause)
    const link = alignment?.links[j]
    const earlierClause = link && link.earlier !== null ? revised?.clauses[link.earlier] : undefined
    const status = !earlierClause ? 'added' : partsEqual(parts, draftParts(earlierClause)) ? 'kept' : 'amended'
    const subParts = labelledParts(clause)
    const splitNote = () => {
      if (link?.reason !== 'split' || link.splitFrom === null || !revised) return null
      const source = revised.clauses[link.splitFrom]
      return source ? `Split from point ${clauseNumber(source, link.splitFrom)} of “${cut(revised.name, 100)}”.` : null
    }
    const note = splitNote()
    const clauseTerms = termsOf(lineage, clause)
    return {
      clause: lineage,
      number: clauseNumber(clause, j),
      ...(clause.title ? { title: cut(clause.title, 400) } : {}),
      status,
      confidence: 'own-text',
      ...(clause.text === '' ? {} : { text: clause.text }),
      ...(subParts.length > 0 ? { parts: subParts } : {}),
      ...(clauseTerms.length > 0 ? { terms: clauseTerms.slice(0, LIMITS.listItems) } : {}),
      ...(note ? { note } : {}),
      sources,
    }
  })
  if (alignment && revised) {
    for (const i of droppedClauses(revised.clauses.length, alignment)) {
      const mergedInto = alignment.mergedInto.get(i)
      // Dropped and merging clauses are indices into the two versions the alignment links.
      entries.push({
        clause: itemAt(revised.lineages, i),
        status: 'deleted',
        confidence: 'own-text',
        note: mergedInto === undefined ? 'Not in this version.' : `Merged into point ${clauseNumber(itemAt(version.clauses, mergedInto.later), mergedInto.later)}.`,
        sources,
      })
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    title: cut(version.name, 400),
    shortTitle: cut(version.name, 40),
    date: version.date,
    parties: ['Not stated'],
    drafters: 'Not stated',
    publication: cut(`Your own draft, ${version.origin === 'Pasted text' ? 'pasted' : `imported from ${version.origin}`} on ${importedOn}. It is kept in this browser only.`, 20_000),
    textKnown: 'own-draft',
    origin: cut(version.origin, 400),
    basedOn: revised?.id ?? null,
    pointCount: `${version.clauses.length} ${version.clauses.length === 1 ? 'clause' : 'clauses'}`,
    summary: cut(`${version.clauses.length} clauses, imported from ${version.origin}.`, 20_000),
    sources,
    clauses: entries,
  }
}

export const sourceId = (versionId: string) => `draft-${versionId}`

export function versionSource(version: DraftVersion, versionId: string): SourcesFile['sources'][number] {
  return { id: sourceId(versionId), publisher: 'Your own text', publisherType: 'own-text', title: cut(`${version.name}, from ${version.origin}`, 400), date: version.date, carriesText: true }
}

export const tooManyLineages = (count: number) =>
  `These versions have ${count.toLocaleString('en-US')} distinct clauses between them; a workspace holds at most ${LIMITS.lineages.toLocaleString('en-US')}.`
