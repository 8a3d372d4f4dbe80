/** A row's terms, one line each: a term's value in each column and how it compares with the cell's base. */
import type { ComparisonCell, ComparisonRow } from './buildComparison.ts'
import { missingTermText } from './labels.ts'
import type { ClauseVersion, DisputedClaim, Negotiation, TermDefinition, TermValue } from './model.ts'
import { describeTermValue, type TermChange } from './terms.ts'

/** One term in one version, with the change against the cell's base. */
export interface TermCell {
  /** The value in plain words ("800,000, in peacetime"), or why there is none. */
  readonly text: string
  readonly kind: 'same' | 'changed' | 'added' | 'removed' | 'unknown' | 'own'
  /** How it compares with the base: "+200,000 (+33%); at all times → in peacetime", "same as US 28". */
  readonly comparison: string | null
  /** The change against the base, for print to state in full; null with no base. */
  readonly change: TermChange | null
  /** Set when sources disagree about this value: each claim with its sources. */
  readonly disputed: readonly DisputedClaim[] | null
}

/** A term line: one term in the negotiation's order, one cell per column. */
export interface TermLine {
  readonly term: TermDefinition
  readonly cells: readonly TermCell[]
}

function ownTermText(definition: TermDefinition, clause: ClauseVersion): string {
  const value = clause.terms.find((candidate) => candidate.term === definition.id)
  if (value) return describeTermValue(definition, value)
  if (clause.alternatives.some((alternative) => alternative.terms.some((candidate) => candidate.term === definition.id))) {
    return 'Not agreed: see the rival options'
  }
  return missingTermText(clause)
}

export function termCell(definition: TermDefinition, cell: ComparisonCell): TermCell {
  const disputed = cell.clause.disputes.find((dispute) => dispute.term === definition.id)?.claims ?? null
  const text = ownTermText(definition, cell.clause)
  const change: TermChange | undefined = cell.terms.find((candidate) => candidate.definition.id === definition.id)
  if (cell.base === null || change === undefined) return { text, kind: 'own', comparison: null, change: null, disputed }
  const base = cell.base.shortTitle
  const view = (kind: TermCell['kind'], comparison: string | null): TermCell => ({ text, kind, comparison, change, disputed })
  switch (change.kind) {
    case 'same':
      return view('same', `same as ${base}`)
    // The base column shows its own value on the same line, so a change names the base, not its value.
    case 'changed':
      return view('changed', change.delta ? `${change.delta} against ${base}` : `changed from ${base}`)
    case 'added':
      return view('added', `not in ${base}`)
    case 'removed':
      return view('removed', `in ${base}, not in this text`)
    case 'unknown': {
      const known = (value: TermValue | undefined) => value !== undefined && value.kind !== 'unknown'
      return view('unknown', known(change.to) && !known(change.from) ? `not known in ${base}` : null)
    }
  }
}

/** Every term any cell of the row carries (its own value or a rival option's), in the negotiation's order. */
function rowTerms(negotiation: Negotiation, row: ComparisonRow): TermDefinition[] {
  const carried = new Set<string>()
  for (const { clause } of row.cells) {
    for (const value of clause.terms) carried.add(value.term)
    for (const alternative of clause.alternatives) for (const value of alternative.terms) carried.add(value.term)
  }
  return negotiation.terms.filter((term) => term.clause === row.lineage.id && carried.has(term.id))
}

export function termLinesFor(negotiation: Negotiation, row: ComparisonRow): TermLine[] {
  return rowTerms(negotiation, row).map((term) => ({ term, cells: row.cells.map((cell) => termCell(term, cell)) }))
}
