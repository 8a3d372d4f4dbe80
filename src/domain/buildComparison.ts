/**
 * The comparison row model: versions side by side, aligned by lineage id, each cell diffed
 * against its base column (see `ComparisonBase`). `cellModel.ts` lays these rows out for the views.
 */
import { diffOptionsKey, diffText, sameText, type DiffTextOptions, type DiffToken, type TextDiff } from './diffText.ts'
import type { ClausePart, ClauseStatus, ClauseVersion, Lineage, Negotiation, TermDefinition, TermValue, Version, VersionId } from './model.ts'
import { clauseIn, contentUnknown, hasOwnText, isRelation, statedAgainst, wordingUnpublished } from './clauseState.ts'
import { itemAt } from './itemAt.ts'
import { compareTerm, isTermChange, type TermChange } from './terms.ts'

/**
 * One part of a clause set against the same part (by key) in the previous column. `kind` is
 * known when the comparison is built; the word diff of a changed part (`tokens`, `rewritten`) is
 * worked out the first time something reads it, so only the rows a reader sees are ever diffed.
 */
export interface PartDiff {
  readonly key: string
  readonly before: ClausePart | null
  readonly after: ClausePart | null
  /** `unknown`: one side's wording is not known, so there is nothing to diff. */
  readonly kind: 'same' | 'changed' | 'added' | 'removed' | 'unknown'
  readonly tokens: readonly DiffToken[]
  /** A changed part too different for a word diff to help: `tokens` remove the old text and add the new, whole. */
  readonly rewritten: boolean
}

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

/** A part before and after: struck (after is null), added (before is null) or in both. */
type PartPair = readonly [ClausePart, ClausePart] | readonly [ClausePart, null] | readonly [null, ClausePart]

function alignParts(before: readonly ClausePart[], after: readonly ClausePart[]): PartPair[] {
  const afterKeys = new Set(after.map((part) => part.key))
  const pairs: PartPair[] = []
  // Parts struck before a kept one keep their place in the reading order.
  const struck = (skipped: readonly ClausePart[]) => {
    for (const part of skipped) if (!afterKeys.has(part.key)) pairs.push([part, null])
  }
  let next = 0
  for (const part of after) {
    const match = before.findIndex((candidate) => candidate.key === part.key)
    const kept = before[match]
    if (kept === undefined) {
      pairs.push([null, part])
      continue
    }
    struck(before.slice(next, match))
    next = Math.max(next, match + 1)
    pairs.push([kept, part])
  }
  struck(before.slice(next))
  return pairs
}

/** A changed part whose word diff runs when first read, once. */
function changedPart(key: string, before: ClausePart, after: ClausePart, [beforeText, afterText]: readonly [string, string], options: DiffTextOptions): PartDiff {
  let diff: TextDiff | undefined
  const read = () => (diff ??= diffText(beforeText, afterText, options))
  return {
    key,
    before,
    after,
    kind: 'changed',
    get tokens() {
      const result = read()
      // Only the ignored differences, which sameText already ruled out; kept for completeness.
      return result.kind === 'same' ? [{ kind: 'equal' as const, text: afterText }] : result.tokens
    },
    get rewritten() {
      return read().kind === 'rewritten'
    },
  }
}

function diffPart([before, after]: PartPair, options: DiffTextOptions): PartDiff {
  if (before === null) {
    return { key: after.key, before, after, kind: after.text === null ? 'unknown' : 'added', tokens: after.text ? [{ kind: 'added', text: after.text }] : [], rewritten: false }
  }
  if (after === null) {
    return { key: before.key, before, after, kind: before.text === null ? 'unknown' : 'removed', tokens: before.text ? [{ kind: 'removed', text: before.text }] : [], rewritten: false }
  }
  const key = after.key
  if (before.text === null || after.text === null) return { key, before, after, kind: 'unknown', tokens: [], rewritten: false }
  if (sameText(before.text, after.text, options)) return { key, before, after, kind: 'same', tokens: [{ kind: 'equal', text: after.text }], rewritten: false }
  return changedPart(key, before, after, [before.text, after.text], options)
}

/** Diffs two clauses part by part, or returns null when either side's text is not known. */
export function diffClauses(before: ClauseVersion, after: ClauseVersion, options: DiffTextOptions = {}): PartDiff[] | null {
  if (contentUnknown(before) || contentUnknown(after)) return null
  // A version that never had the clause did not strike it: there is nothing to mark.
  if (after.status === 'absent') return null
  const beforeParts = hasOwnText(before) ? before.parts : []
  const afterParts = hasOwnText(after) ? after.parts : []
  // A clause amended or bracketed with its wording unpublished has nothing to diff against.
  if ((hasOwnText(before) && beforeParts.length === 0) || (hasOwnText(after) && afterParts.length === 0)) return null
  // The usual case, the same parts in the same order, pairs them as they stand.
  const inPlace = beforeParts.flatMap((part, index): PartPair[] => {
    const after = afterParts[index]
    return after?.key === part.key ? [[part, after]] : []
  })
  const pairs = inPlace.length === afterParts.length && beforeParts.length === afterParts.length ? inPlace : alignParts(beforeParts, afterParts)
  return pairs.map((pair) => diffPart(pair, options))
}

function termsFor(clause: ClauseVersion): Map<string, ClauseVersion['terms'][number]> {
  return new Map(clause.terms.map((value) => [value.term, value]))
}

/** Compares every term either clause carries, in the negotiation's term order. */
export function compareClauseTerms(terms: readonly TermDefinition[], before: ClauseVersion, after: ClauseVersion): TermChange[] {
  // Most clauses carry no terms at all: nothing to compare.
  if (before.terms.length === 0 && after.terms.length === 0) return []
  const from = termsFor(before)
  const to = termsFor(after)
  // A term missing from a text that is itself unknown or unpublished is unknown, not absent;
  // one that only the rival options carry is not agreed.
  const missing = (clause: ClauseVersion, definition: TermDefinition): TermValue | undefined => {
    if (clause.alternatives.some((alternative) => alternative.terms.some((value) => value.term === definition.id))) {
      return { term: definition.id, kind: 'unknown', note: 'Not agreed: see the rival options' }
    }
    return contentUnknown(clause) || wordingUnpublished(clause) ? { term: definition.id, kind: 'unknown' } : undefined
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
  const byId = new Map(negotiation.versions.map((version) => [version.id, version]))
  const versions = versionIds.map((id) => {
    const version = byId.get(id)
    if (!version) throw new Error(`Unknown version ${id}`)
    return version
  })
  const columns = baseColumns(versions, base)
  const rows: ComparisonRow[] = []
  for (const lineage of negotiation.lineages) {
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
  let models = cache.get(negotiation)
  if (!models) {
    models = new Map()
    cache.set(negotiation, models)
  }
  const key = `${versionIds.join('/')}|${base}|${diffOptionsKey(options)}`
  let model = models.get(key)
  if (!model) {
    model = buildComparison(negotiation, versionIds, base, options)
    models.set(key, model)
  }
  return model
}
