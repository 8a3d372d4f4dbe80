/**
 * The comparison row model: versions side by side, aligned by lineage id, each cell diffed
 * against the column before it. Views render these rows; they compute nothing themselves.
 */
import { diffText, type DiffTextOptions, type DiffToken } from './diffText.ts'
import type { ClausePart, ClauseStatus, ClauseVersion, Lineage, Negotiation, TermDefinition, TermValue, Version, VersionId } from './model.ts'
import { hasOwnText, isRelation, statedAgainst, wordingUnpublished } from './clauseState.ts'
import { compareTerm, type TermChange } from './terms.ts'

/** One part of a clause set against the same part (by key) in the previous column. */
export interface PartDiff {
  readonly key: string
  readonly before: ClausePart | null
  readonly after: ClausePart | null
  /** `unknown`: one side's wording is not known, so there is nothing to diff. */
  readonly kind: 'same' | 'changed' | 'rewritten' | 'added' | 'removed' | 'unknown'
  readonly tokens: readonly DiffToken[]
}

export interface ComparisonCell {
  readonly version: Version
  readonly clause: ClauseVersion
  /** The status shown in this column. */
  readonly status: ClauseStatus
  /**
   * The version `status` is stated against, when that is not the previous column (the first
   * column, or a version the data relates to another base). Null means the previous column.
   */
  readonly statusAgainst: Version | null
  /** Part-by-part diff against the previous column; null for the first column or when either side's text is not known. */
  readonly parts: readonly PartDiff[] | null
  /** Every term either column carries, compared with the previous column; empty for the first column. */
  readonly terms: readonly TermChange[]
  /** True when this column differs from the previous one in status, text or terms. */
  readonly changed: boolean
}

export interface ComparisonRow {
  readonly key: string
  readonly lineage: Lineage
  readonly cells: readonly ComparisonCell[]
  readonly changed: boolean
  readonly unknown: boolean
}

export interface ComparisonModel {
  readonly versions: readonly Version[]
  readonly rows: readonly ComparisonRow[]
}

/** Relations that, stated against the previous column, are themselves a change (all but kept). */
const isChangeRelation = (status: ClauseStatus) => isRelation(status) && status !== 'kept'



function alignParts(before: readonly ClausePart[], after: readonly ClausePart[]): Array<[ClausePart | null, ClausePart | null]> {
  const afterKeys = new Set(after.map((part) => part.key))
  const pairs: Array<[ClausePart | null, ClausePart | null]> = []
  let next = 0
  for (const part of after) {
    const match = before.findIndex((candidate) => candidate.key === part.key)
    if (match === -1) {
      pairs.push([null, part])
      continue
    }
    // Parts struck before this one keep their place in the reading order.
    for (; next < match; next += 1) {
      const skipped = before[next]!
      if (!afterKeys.has(skipped.key)) pairs.push([skipped, null])
    }
    next = Math.max(next, match + 1)
    pairs.push([before[match]!, part])
  }
  for (; next < before.length; next += 1) {
    const skipped = before[next]!
    if (!afterKeys.has(skipped.key)) pairs.push([skipped, null])
  }
  return pairs
}

function diffPart(before: ClausePart | null, after: ClausePart | null, options: DiffTextOptions): PartDiff {
  const key = (after ?? before)!.key
  if (before === null) {
    return { key, before, after, kind: after!.text === null ? 'unknown' : 'added', tokens: after!.text ? [{ kind: 'added', text: after!.text }] : [] }
  }
  if (after === null) {
    return { key, before, after, kind: before.text === null ? 'unknown' : 'removed', tokens: before.text ? [{ kind: 'removed', text: before.text }] : [] }
  }
  if (before.text === null || after.text === null) return { key, before, after, kind: 'unknown', tokens: [] }
  const diff = diffText(before.text, after.text, options)
  if (diff.kind === 'same') return { key, before, after, kind: 'same', tokens: [{ kind: 'equal', text: after.text }] }
  return { key, before, after, kind: diff.kind, tokens: diff.tokens }
}

/** Diffs two clauses part by part, or returns null when either side's text is not known. */
export function diffClauses(before: ClauseVersion, after: ClauseVersion, options: DiffTextOptions = {}): PartDiff[] | null {
  if (before.status === 'unknown' || after.status === 'unknown') return null
  // A version that never had the clause did not strike it: there is nothing to mark.
  if (after.status === 'absent') return null
  const beforeParts = hasOwnText(before) ? before.parts : []
  const afterParts = hasOwnText(after) ? after.parts : []
  // A clause amended or bracketed with its wording unpublished has nothing to diff against.
  if ((hasOwnText(before) && beforeParts.length === 0) || (hasOwnText(after) && afterParts.length === 0)) return null
  return alignParts(beforeParts, afterParts).map(([b, a]) => diffPart(b, a, options))
}

function termsFor(clause: ClauseVersion): Map<string, ClauseVersion['terms'][number]> {
  return new Map(clause.terms.map((value) => [value.term, value]))
}

/** Compares every term either clause carries, in the negotiation's term order. */
export function compareClauseTerms(terms: readonly TermDefinition[], before: ClauseVersion, after: ClauseVersion): TermChange[] {
  const from = termsFor(before)
  const to = termsFor(after)
  // A term missing from a text that is itself unknown or unpublished is unknown, not absent;
  // one that only the rival options carry is not agreed.
  const missing = (clause: ClauseVersion, definition: TermDefinition): TermValue | undefined => {
    if (clause.alternatives.some((alternative) => alternative.terms.some((value) => value.term === definition.id))) {
      return { term: definition.id, kind: 'unknown', note: 'Not agreed: see the rival options' }
    }
    return clause.status === 'unknown' || wordingUnpublished(clause) ? { term: definition.id, kind: 'unknown' } : undefined
  }
  return terms
    .filter((definition) => from.has(definition.id) || to.has(definition.id))
    .map((definition) =>
      compareTerm(definition, from.get(definition.id) ?? missing(before, definition), to.get(definition.id) ?? missing(after, definition)),
    )
}

interface Relative {
  readonly status: ClauseStatus
  readonly against: VersionId | null
}

function relativeStatus(previous: ComparisonCell, clause: ClauseVersion, version: Version, parts: readonly PartDiff[] | null, terms: readonly TermChange[]): Relative {
  const declared: Relative = { status: clause.status, against: version.basedOn }
  // The data states each status against the version's own base; states such as "bracketed" hold on their own.
  if (version.basedOn === previous.version.id || !isRelation(clause.status)) return { status: clause.status, against: null }
  const before = previous.clause
  // Against a text that is not known, only the data's own statement holds; and a version known
  // only by its reported changes says nothing about texts other than its base.
  if (before.status === 'unknown' || wordingUnpublished(before) || wordingUnpublished(clause) || version.textKnown === 'changes-only') {
    return declared
  }
  const beforeHas = hasOwnText(before)
  const afterHas = hasOwnText(clause)
  if (!beforeHas && afterHas) return { status: 'added', against: null }
  if (beforeHas && !afterHas) return { status: 'deleted', against: null }
  if (!beforeHas && !afterHas) return declared
  // Both texts exist: judge from the diff. A gap in what is known cannot be called kept or amended.
  if (parts?.some((part) => part.kind === 'unknown') || terms.some((term) => term.kind === 'unknown')) return declared
  const same = (parts ?? []).every((part) => part.kind === 'same') && terms.every((term) => term.kind === 'same')
  return { status: same ? 'kept' : 'amended', against: null }
}

function buildCell(
  negotiation: Negotiation,
  previous: ComparisonCell | null,
  version: Version,
  clause: ClauseVersion,
  options: DiffTextOptions,
): ComparisonCell {
  const resolve = (id: VersionId | null) => (id === null ? null : negotiation.versions.find((candidate) => candidate.id === id) ?? null)
  const { terms } = negotiation
  if (previous === null) {
    return { version, clause, status: clause.status, statusAgainst: resolve(statedAgainst(clause, version)), parts: null, terms: [], changed: false }
  }
  const parts = diffClauses(previous.clause, clause, options)
  const termChanges = compareClauseTerms(terms, previous.clause, clause)
  const { status, against } = relativeStatus(previous, clause, version, parts, termChanges)
  // A status counts as a change only when it is stated against this very column: "amended"
  // against another base, or a state the previous column shares, is not a change here.
  const statusChanged =
    against === null &&
    (isChangeRelation(status) ||
      (!isRelation(status) && status !== 'unknown' && previous.status !== 'unknown' && status !== previous.status))
  const diffChanged =
    (parts?.some((part) => part.kind !== 'same' && part.kind !== 'unknown') ?? false) ||
    termChanges.some((change) => change.kind === 'changed' || change.kind === 'added' || change.kind === 'removed')
  return { version, clause, status, statusAgainst: resolve(against), parts, terms: termChanges, changed: statusChanged || diffChanged }
}

/**
 * Builds the comparison of the given versions, in the given column order. Rows cover every
 * lineage clause except those absent from all the compared versions.
 */
export function buildComparison(negotiation: Negotiation, versionIds: readonly VersionId[], options: DiffTextOptions = {}): ComparisonModel {
  const versions = versionIds.map((id) => {
    const version = negotiation.versions.find((candidate) => candidate.id === id)
    if (!version) throw new Error(`Unknown version ${id}`)
    return version
  })
  const rows: ComparisonRow[] = []
  for (const lineage of negotiation.lineages) {
    const clauses = versions.map((version) => version.clauses.get(lineage.id)!)
    if (clauses.every((clause) => clause.status === 'absent')) continue
    const cells: ComparisonCell[] = []
    clauses.forEach((clause, index) => {
      cells.push(buildCell(negotiation, cells[index - 1] ?? null, versions[index]!, clause, options))
    })
    rows.push({
      key: lineage.id,
      lineage,
      cells,
      changed: cells.some((cell) => cell.changed),
      unknown: cells.some((cell) => cell.status === 'unknown'),
    })
  }
  return { versions, rows }
}

const cache = new WeakMap<Negotiation, Map<string, ComparisonModel>>()

/** `buildComparison`, memoized per negotiation and column order: switching back is free. */
export function getComparison(negotiation: Negotiation, versionIds: readonly VersionId[], options: DiffTextOptions = {}): ComparisonModel {
  let models = cache.get(negotiation)
  if (!models) {
    models = new Map()
    cache.set(negotiation, models)
  }
  const key = `${versionIds.join('/')}|${options.ignoreCase ? 'c' : ''}${options.ignorePunctuation ? 'p' : ''}${options.ignoreWhitespace ? 's' : ''}`
  let model = models.get(key)
  if (!model) {
    model = buildComparison(negotiation, versionIds, options)
    models.set(key, model)
  }
  return model
}
