/**
 * What the views ask of a comparison's moved text. The moves themselves are found by `moves.ts`,
 * which the app loads after the first view is drawn; until then a comparison shows no moves.
 */
import type { ComparisonRow } from './buildComparison.ts'
import type { PartDiff } from './clauseDiff.ts'
import type { RedlineToken } from './diffText.ts'

export interface MoveIndex {
  /** One part's redline runs in one column, its moved text cut out as moved runs; null when nothing in it moved. */
  runs(row: ComparisonRow, column: number, diff: PartDiff): readonly RedlineToken[] | null
  /** How many moves between two different parts were found. */
  readonly count: number
}

/** No moves: before they are found, and for views that draw no redline across clauses. */
export const NO_MOVES: MoveIndex = { runs: () => null, count: 0 }
