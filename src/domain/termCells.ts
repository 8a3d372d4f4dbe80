/** A row's terms, one line each: a term's value in each column and how it compares with the cell's base. */
import type { ComparisonCell, ComparisonRow } from './buildComparison.ts'
import type { Negotiation, TermDefinition, TermValue } from './model.ts'
import type { TermChange } from './terms.ts'
import { termWords, type TermWords } from './termWords.ts'

/** One term in one version (what its clause says about it, `TermWords`), with the change against the cell's base. */
export interface TermCell extends TermWords {
  readonly kind: 'same' | 'changed' | 'added' | 'removed' | 'unknown' | 'own'
  /** How it compares with the base: "+200,000 (+33%); at all times → in peacetime", "same as US 28". */
  readonly comparison: string | null
  /** The change against the base, for print to state in full; null with no base. */
  readonly change: TermChange | null
}

/** A term line: one term in the negotiation's order, one cell per column. */
export interface TermLine {
  readonly term: TermDefinition
  readonly cells: readonly TermCell[]
}

export function termCell(definition: TermDefinition, cell: ComparisonCell): TermCell {
  const words = termWords(definition, cell.clause)
  const change: TermChange | undefined = cell.terms.find((candidate) => candidate.definition.id === definition.id)
  if (cell.base === null || change === undefined) return { ...words, kind: 'own', comparison: null, change: null }
  const base = cell.base.shortTitle
  const view = (kind: TermCell['kind'], comparison: string | null): TermCell => ({ ...words, kind, comparison, change })
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
  return negotiation.terms.filter(
    (term) =>
      term.clause === row.lineage.id &&
      row.cells.some(({ clause }) => {
        const words = termWords(term, clause)
        return words.value || words.options.length > 0
      }),
  )
}

export function termLinesFor(negotiation: Negotiation, row: ComparisonRow): TermLine[] {
  return rowTerms(negotiation, row).map((term) => ({ term, cells: row.cells.map((cell) => termCell(term, cell)) }))
}
