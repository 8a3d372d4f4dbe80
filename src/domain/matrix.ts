/**
 * The positions matrix: one row per contested term, one column per version, each cell the
 * term's value in plain words, compared with a chosen base column.
 */
import { describeDispute } from './statusWords.ts'
import type { ClauseStatus, ClauseVersion, Confidence, Lineage, Negotiation, TermDefinition, TermValue, TopicId, Version, VersionId } from './model.ts'
import { wordingKnown } from './clauseState.ts'
import { compareTerm, isTermChange, type TermChange } from './terms.ts'
import { termWords, type TermOption, type TermWords } from './termWords.ts'

/** One term in one version: what the clause says about it (`termWords`), in one line, and how it compares with the base column. */
export interface MatrixCell extends TermWords {
  readonly version: Version
  readonly clause: ClauseVersion
  /** `oneLineText`: the value in words, or why there is none, or the rival options or disputed claims. */
  readonly text: string
  readonly status: ClauseStatus
  readonly confidence: Confidence | null
  /** Against the base column; null in the base column itself. */
  readonly versusBase: TermChange | null
  /** True when this cell's position differs from the base column's (known on both sides). */
  readonly changed: boolean
}

export interface MatrixRow {
  readonly term: TermDefinition
  readonly lineage: Lineage
  readonly topics: readonly TopicId[]
  readonly cells: ReadonlyMap<VersionId, MatrixCell>
}

export interface Matrix {
  readonly versions: readonly Version[]
  readonly base: Version
  readonly rows: readonly MatrixRow[]
}

/** Rival options in one line: "United States: 600,000; Ukraine: 800,000". */
export function optionsLine(options: readonly TermOption[]): string {
  return options.map((option) => `${option.party}: ${option.text}`).join('; ')
}

/**
 * The one way the matrix words a term differently from the comparison's term line: a term line
 * lists the rival options and the disputed claims below its words ("Not agreed: see the rival
 * options"), a matrix cell and its CSV field have one line, so they name them in it.
 * @example oneLineText(donetskInUa20) // 'Not agreed: United States: …; Ukraine: …'
 */
export function oneLineText(words: TermWords): string {
  if (!words.value && words.options.length > 0) return `Not agreed: ${optionsLine(words.options)}`
  return words.disputed ? describeDispute(words.disputed) : words.text
}

function cellFor(term: TermDefinition, version: Version): Omit<MatrixCell, 'versusBase' | 'changed'> {
  const clause = version.clauses.get(term.clause)!
  const words = termWords(term, clause)
  return { ...words, version, clause, text: oneLineText(words), status: clause.status, confidence: clause.confidence }
}

/** The value a cell is compared by; an unpublished or contested position counts as not known. */
function comparable(term: TermDefinition, cell: Omit<MatrixCell, 'versusBase' | 'changed'>): TermValue | undefined {
  if (cell.value) return cell.value
  if (!wordingKnown(cell.clause) || cell.options.length > 0) return { term: term.id, kind: 'unknown' }
  return undefined
}

function versusBase(term: TermDefinition, baseCell: Omit<MatrixCell, 'versusBase' | 'changed'>, cell: Omit<MatrixCell, 'versusBase' | 'changed'>): { versusBase: TermChange; changed: boolean } {
  const from = comparable(term, baseCell)
  const change = compareTerm(term, from, comparable(term, cell))
  // Rival options that all move away from the base position are a change, whichever prevails.
  if (!cell.value && cell.options.length > 0 && from && from.kind !== 'unknown') {
    const allDiffer = cell.options.every((option) => compareTerm(term, from, option.value).kind === 'changed')
    return {
      versusBase: { ...change, kind: allDiffer ? 'changed' : 'unknown', summary: `${change.fromText} → ${cell.text}` },
      changed: allDiffer,
    }
  }
  return { versusBase: change, changed: isTermChange(change.kind) }
}

/**
 * Builds the matrix for the given version columns (in display order) against `baseId`, or
 * against the first column when it is null (as a matrix link without `base=` means).
 * Terms keep the negotiation's order; the view sorts.
 */
export function buildMatrix(negotiation: Negotiation, versionIds: readonly VersionId[], baseId: VersionId | null): Matrix {
  const versions = versionIds.map((id) => negotiation.versions.find((version) => version.id === id)!)
  const base = versions.find((version) => version.id === baseId) ?? versions[0]!
  const lineages = new Map(negotiation.lineages.map((lineage) => [lineage.id, lineage]))
  // Terms of one clause stay together (territory's regions), in lineage order, then the negotiation's term order.
  const lineageOrder = new Map(negotiation.lineages.map((lineage, index) => [lineage.id, index]))
  const terms = [...negotiation.terms].sort((a, b) => lineageOrder.get(a.clause)! - lineageOrder.get(b.clause)!)
  const rows = terms.map((term) => {
    const lineage = lineages.get(term.clause)!
    const baseCell = cellFor(term, base)
    const cells = new Map<VersionId, MatrixCell>()
    for (const version of versions) {
      const cell = version === base ? baseCell : cellFor(term, version)
      if (version === base) {
        cells.set(version.id, { ...cell, versusBase: null, changed: false })
        continue
      }
      cells.set(version.id, { ...cell, ...versusBase(term, baseCell, cell) })
    }
    return { term, lineage, topics: lineage.topics, cells }
  })
  return { versions, base, rows }
}

/**
 * A key to sort cells of one column by: numbers by amount, everything else by its words;
 * cells with no known value sort last.
 */
export function cellSortKey(cell: MatrixCell | undefined): [number, number | string] {
  if (!cell || cell.value === undefined || cell.value.kind === 'unknown') return [1, cell?.text ?? '']
  if (cell.value.kind === 'quantity' && cell.value.amount !== null) return [0, cell.value.amount]
  return [0, cell.text]
}

export function compareSortKeys(a: [number, number | string], b: [number, number | string]): number {
  if (a[0] !== b[0]) return a[0] - b[0]
  if (typeof a[1] === 'number' && typeof b[1] === 'number') return a[1] - b[1]
  return String(a[1]).localeCompare(String(b[1]))
}
