import type { ComparisonRow } from './buildComparison.ts'
import type { SourceId, SourceRef, Version } from './model.ts'

/**
 * Numbers sources in order of first citation: first the versions' own sources, then each row's
 * clauses and options from left to right, so a printed report can cite "[3]" and list
 * references once at the end.
 */
export function numberReferences(versions: readonly Version[], rows: readonly ComparisonRow[]): Map<SourceId, number> {
  const numbers = new Map<SourceId, number>()
  const cite = (refs: readonly SourceRef[]) => {
    for (const ref of refs) if (!numbers.has(ref.source)) numbers.set(ref.source, numbers.size + 1)
  }
  for (const version of versions) cite(version.sources)
  for (const row of rows) {
    for (const cell of row.cells) {
      // A clause the loader filled in as absent cites its version's sources, not evidence of its own.
      if (!(cell.clause.implicit && cell.clause.status === 'absent')) cite(cell.clause.sources)
      for (const alternative of cell.clause.alternatives) cite(alternative.sources)
    }
  }
  return numbers
}
