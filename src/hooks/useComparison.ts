import { runInSlices } from './runInSlices.ts'
import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { getComparison, type ComparisonModel } from '../domain/buildComparison.ts'
import { filterRows, rowMatches, rowsByStatus, rowText, summarizeRows } from '../domain/filterRows.ts'
import { diffOptionsFor } from '../domain/diffText.ts'
import { NO_MOVES, type MoveIndex } from '../domain/moveIndex.ts'
import type { Negotiation, VersionId } from '../domain/model.ts'
import type { CompareOptions } from '../url/route.ts'

/** Rows whose search text is readied at a time when the browser is idle. */
const SEARCH_SLICE = 50

/**
 * The comparison of the given versions (memoized per column order), its rows after the filters,
 * and their summary. Building it compares texts for equality only; a row's word diff runs when
 * the row is drawn (see `PartDiff`), so even 2,000 clauses × 5 versions build in a few tens of
 * milliseconds on the page. The store hands the same lists for the same ids (`keptRoute` in
 * `state/store.ts`), so a new address that repeats them recomputes nothing.
 */
export function useComparison(negotiation: Negotiation, versions: readonly VersionId[], options: CompareOptions) {
  const { base, ignore } = options
  const model = useMemo(() => getComparison(negotiation, versions, base, diffOptionsFor(ignore)), [negotiation, versions, base, ignore])

  // A long comparison readies its search text while the reader reads, so the first keystroke is quick.
  useEffect(() => {
    if (model.rows.length < SEARCH_SLICE || !('requestIdleCallback' in window)) return
    let next = 0
    let handle = 0
    const prepare = (deadline: IdleDeadline) => {
      while (next < model.rows.length && deadline.timeRemaining() > 2) {
        for (const row of model.rows.slice(next, next + SEARCH_SLICE)) rowText(row)
        next += SEARCH_SLICE
      }
      if (next < model.rows.length) handle = requestIdleCallback(prepare)
    }
    handle = requestIdleCallback(prepare)
    return () => cancelIdleCallback(handle)
  }, [model])

  // Typing in the search box answers at once; the filtered list follows when React has time.
  const query = useDeferredValue(options.query)
  const { topics, changed, statuses } = options
  // The status counts are taken before the status filter, so every count stays visible and clickable.
  const unfiltered = useMemo(() => filterRows(model, { topics, changedOnly: changed, statuses: [], query }), [model, topics, changed, query])
  const rows = useMemo(
    () => (statuses.length === 0 ? unfiltered : unfiltered.filter((row) => rowMatches(row, { topics: [], changedOnly: false, statuses, query: '' }))),
    [unfiltered, statuses],
  )
  const summary = useMemo(() => summarizeRows(model, rows), [model, rows])
  const byStatus = useMemo(() => rowsByStatus(unfiltered), [unfiltered])
  const moves = useMoves(model)
  return { model, rows, summary, byStatus, moves }
}

/**
 * The comparison's moved text, found across the whole comparison (so text moved into a
 * filtered-out clause still says where it went). Its module loads after the first view is
 * drawn, which needs no more than the word diff; the rows then redraw with the moves.
 */
function useMoves(model: ComparisonModel): MoveIndex {
  const [found, setFound] = useState<{ readonly model: ComparisonModel; readonly moves: MoveIndex } | null>(null)
  useEffect(() => {
    let current = true
    let cancel = () => {}
    import('../domain/moves.ts')
      .then(({ findMovesInSteps }) => {
        // As a transition, the rows redraw with the moves in short slices, not in one task.
        if (current) cancel = runInSlices(findMovesInSteps(model), (moves) => startTransition(() => setFound({ model, moves })))
      })
      // Offline with the module not cached: moved text keeps showing as struck and added, which is still true.
      .catch(() => {})
    return () => {
      current = false
      cancel()
    }
  }, [model])
  return found?.model === model ? found.moves : NO_MOVES
}
