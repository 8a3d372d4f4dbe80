/**
 * The comparison row model: versions side by side, aligned by lineage id, each cell diffed
 * against its base column (see `ComparisonBase`) as clauseDiff.ts compares two clauses. `cellModel.ts`
 * lays these rows out for the views.
 */
import { diffOptionsKey, type DiffTextOptions } from './diffText.ts'
import type { ClauseStatus, ClauseVersion, Lineage, Negotiation, Version, VersionId } from './model.ts'
import { compareClauseTerms, diffClauses, type PartDiff } from './clauseDiff.ts'
import { clauseIn, contentUnknown, hasOwnText, isRelation, statedAgainst, wordingUnpublished } from './clauseState.ts'
import { itemAt } from './itemAt.ts'
import { runToEnd } from './steps.ts'
import { isTermChange, type TermChange } from './terms.ts'

/**
 * What each column after the first is compared with: the first column (the default, as in the
 * EU four-column documents), the column before it, or the version it revises (its nearest
 * ancestor among the earlier columns, else the first column).
 */
export const COMPARISON_BASES = ['first', 'previous', 'own'] as const
export type ComparisonBase = (typeof COMPARISON_BASES)[number]

export interface ComparisonCell {
  readonly version: Version
  readonly clause: ClauseVersion
  /** The column this cell is compared with; null for the first column, which is compared with nothing. */
  readonly base: Version | null
  /** The status shown in this column. */
  readonly status: ClauseStatus
  /** The version `status` is stated against; null for states (unknown, bracketed…) and for a first draft. */
  readonly statusAgainst: Version | null
  /**
   * True when `status` was found by comparing this text with the base column's, which this version
   * never revised: it says "same as" or "differs from", never that the version kept or amended it.
   */
  readonly statusDerived: boolean
  /** Part-by-part diff against the base column; null for the first column or when either side's text is not known. */
  readonly parts: readonly PartDiff[] | null
  /** Every term either column carries, compared with the base column; empty for the first column. */
  readonly terms: readonly TermChange[]
  /** True when this column differs from its base column in status, text or terms. */
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
  readonly base: ComparisonBase
  /** For each column, the column it is compared with (null for the first). */
  readonly bases: readonly (Version | null)[]
  readonly rows: readonly ComparisonRow[]
}

/** Relations that, stated against the base column, are themselves a change (all but kept). */
const isChangeRelation = (status: ClauseStatus) => isRelation(status) && status !== 'kept'

interface Relative {
  readonly status: ClauseStatus
  readonly against: VersionId | null
  readonly derived: boolean
}

function relativeStatus(base: ComparisonCell, clause: ClauseVersion, version: Version, parts: readonly PartDiff[] | null, terms: readonly TermChange[]): Relative {
  // States such as "bracketed" hold on their own; the data states relations against the version's own base.
  if (!isRelation(clause.status)) return { status: clause.status, against: null, derived: false }
  const declared: Relative = { status: clause.status, against: version.basedOn, derived: false }
  if (version.basedOn === base.version.id) return declared
  const before = base.clause
  // Against a text that is not known, only the data's own statement holds; and a version known
  // only by its reported changes says nothing about texts other than its base.
  if (contentUnknown(before) || wordingUnpublished(before) || wordingUnpublished(clause) || version.textKnown === 'changes-only') {
    return declared
  }
  const beforeHas = hasOwnText(before)
  const afterHas = hasOwnText(clause)
  const derived = (status: ClauseStatus): Relative => ({ status, against: base.version.id, derived: true })
  if (!beforeHas && afterHas) return derived('added')
  if (beforeHas && !afterHas) return clause.status === 'deleted' ? declared : derived('deleted')
  if (!beforeHas && !afterHas) return declared
  // Both texts exist: judge from the diff. A gap in what is known cannot be called the same or different.
  if (parts?.some((part) => part.kind === 'unknown') || terms.some((term) => term.kind === 'unknown')) return declared
  const same = (parts ?? []).every((part) => part.kind === 'same') && terms.every((term) => term.kind === 'same')
  return derived(same ? 'kept' : 'amended')
}

function buildCell(
  negotiation: Negotiation,
  byId: ReadonlyMap<VersionId, Version>,
  base: ComparisonCell | null,
  version: Version,
  clause: ClauseVersion,
  options: DiffTextOptions,
): ComparisonCell {
  const resolve = (id: VersionId | null) => (id === null ? null : byId.get(id) ?? null)
  if (base === null) {
    const against = resolve(statedAgainst(clause, version))
    return { version, clause, base: null, status: clause.status, statusAgainst: against, statusDerived: false, parts: null, terms: [], changed: false }
  }
  const parts = diffClauses(base.clause, clause, options)
  const termChanges = compareClauseTerms(negotiation.terms, base.clause, clause)
  const { status, against, derived } = relativeStatus(base, clause, version, parts, termChanges)
  // A status counts as a change only when it is stated against this very base: "amended" against
  // another version, or a state the base column shares, is not a change here.
  const stateChanged = !isRelation(status) && !contentUnknown(clause) && !contentUnknown(base.clause) && status !== base.status
  const statusChanged = against === base.version.id && isChangeRelation(status)
  const diffChanged =
    (parts?.some((part) => part.kind !== 'same' && part.kind !== 'unknown') ?? false) ||
    termChanges.some((change) => isTermChange(change.kind))
  return {
    version,
    clause,
    base: base.version,
    status,
    statusAgainst: resolve(against),
    statusDerived: derived,
    parts,
    terms: termChanges,
    changed: stateChanged || statusChanged || diffChanged,
  }
}

/** The column each column is compared with under `base`, as indices (-1 for none). */
function baseColumns(versions: readonly Version[], base: ComparisonBase): number[] {
  return versions.map((version, index) => {
    if (index === 0) return -1
    if (base === 'previous') return index - 1
    if (base === 'own') {
      const earlier = new Map(versions.slice(0, index).map((candidate, at) => [candidate.id, at]))
      const byId = new Map(versions.map((candidate) => [candidate.id, candidate]))
      // Walk the version's line back; the chain can leave the compared set and come back.
      const seen = new Set<VersionId>()
      for (let id = version.basedOn; id !== null && !seen.has(id); ) {
        seen.add(id)
        const at = earlier.get(id)
        if (at !== undefined) return at
        id = byId.get(id)?.basedOn ?? null
      }
    }
    return 0
  })
}

/**
 * Builds the comparison of the given versions, in the given column order, each column compared
 * with its base column. Rows cover every lineage clause except those absent from all the compared versions.
 */
export function buildComparison(
  negotiation: Negotiation,
  versionIds: readonly VersionId[],
  base: ComparisonBase = 'first',
  options: DiffTextOptions = {},
): ComparisonModel {
  return runToEnd(buildInSteps(negotiation, versionIds, base, options))
}

/** Rows built between two steps: a few milliseconds of work. */
const ROWS_PER_STEP = 100

function* buildInSteps(negotiation: Negotiation, versionIds: readonly VersionId[], base: ComparisonBase, options: DiffTextOptions): Generator<void, ComparisonModel> {
  const byId = new Map(negotiation.versions.map((version) => [version.id, version]))
  const versions = versionIds.map((id) => {
    const version = byId.get(id)
    if (!version) throw new Error(`Unknown version ${id}`)
    return version
  })
  const columns = baseColumns(versions, base)
  const rows: ComparisonRow[] = []
  for (const [index, lineage] of negotiation.lineages.entries()) {
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield
    const clauses = versions.map((version) => clauseIn(version, lineage.id))
    if (clauses.every((clause) => clause.status === 'absent')) continue
    const cells: ComparisonCell[] = []
    for (const [index, version] of versions.entries()) {
      // The first column has no base (-1); every other base column comes before its column.
      const baseCell = cells[itemAt(columns, index)] ?? null
      cells.push(buildCell(negotiation, byId, baseCell, version, itemAt(clauses, index), options))
    }
    rows.push({
      key: lineage.id,
      lineage,
      cells,
      changed: cells.some((cell) => cell.changed),
      unknown: cells.some((cell) => contentUnknown(cell.clause)),
    })
  }
  return { versions, base, bases: columns.map((column) => versions[column] ?? null), rows }
}

const cache = new WeakMap<Negotiation, Map<string, ComparisonModel>>()

/** `buildComparison`, memoized per negotiation, column order and base: switching back is free. */
export function getComparison(negotiation: Negotiation, versionIds: readonly VersionId[], base: ComparisonBase = 'first', options: DiffTextOptions = {}): ComparisonModel {
  return runToEnd(getComparisonInSteps(negotiation, versionIds, base, options))
}

/**
 * `getComparison` a hundred rows per step, so a page can build a long comparison in short tasks
 * before it draws it (5 versions of 2,000 clauses took one task of about 200 ms).
 */
export function* getComparisonInSteps(negotiation: Negotiation, versionIds: readonly VersionId[], base: ComparisonBase = 'first', options: DiffTextOptions = {}): Generator<void, ComparisonModel> {
  let models = cache.get(negotiation)
  if (!models) cache.set(negotiation, (models = new Map()))
  const key = `${versionIds.join('/')}|${base}|${diffOptionsKey(options)}`
  let model = models.get(key)
  if (!model) {
    model = yield* buildInSteps(negotiation, versionIds, base, options)
    models.set(key, model)
  }
  return model
}
