import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { getComparison, type ComparisonModel } from '../domain/buildComparison.ts'
import { filterRows, rowText, summarizeRows } from '../domain/filterRows.ts'
import type { Negotiation, TopicId, VersionId } from '../domain/model.ts'
import type { CompareOptions } from '../url/route.ts'
import { builtComparison, compareInWorker } from './comparisonWorker.ts'

/**
 * From this many clause texts in a comparison (clauses × versions) on, it is built in a worker:
 * the page stays responsive and says it is comparing. The bundled drafts (about 30 × 4) are
 * built on the page, which is quicker than starting a worker.
 */
export const OFF_THREAD_FROM = 1_000

/** Rows whose search text is readied at a time when the browser is idle. */
const SEARCH_SLICE = 50

/**
 * The comparison of the given versions (memoized per column order), its rows after the filters,
 * and their summary; `pending` while a long comparison is still being built off the page. Keys
 * are strings so a new array with the same ids from the URL does not recompute anything.
 */
export function useComparison(negotiation: Negotiation, versions: readonly string[], options: CompareOptions) {
  const versionKey = versions.join('/')
  const offThread = negotiation.lineages.length * versions.length >= OFF_THREAD_FROM
  const onPage = useMemo(
    () => (offThread ? undefined : getComparison(negotiation, versionKey.split('/') as VersionId[])),
    [negotiation, versionKey, offThread],
  )
  const [fromWorker, setFromWorker] = useState<{ negotiation: Negotiation; key: string; model: ComparisonModel } | null>(null)
  useEffect(() => {
    if (!offThread) return
    let live = true
    const ids = versionKey.split('/') as VersionId[]
    const show = (model: ComparisonModel) => {
      if (live) setFromWorker({ negotiation, key: versionKey, model })
    }
    compareInWorker(negotiation, ids).then(show, () => show(getComparison(negotiation, ids)))
    return () => {
      live = false
    }
  }, [negotiation, versionKey, offThread])

  const current: ComparisonModel | undefined =
    onPage ??
    builtComparison(negotiation, versionKey.split('/') as VersionId[]) ??
    (fromWorker?.negotiation === negotiation && fromWorker.key === versionKey ? fromWorker.model : undefined)
  // While other versions are compared, the rows of the last comparison stay (marked as pending),
  // so the list and the reader's place in it stay too.
  const model = current ?? (fromWorker?.negotiation === negotiation ? fromWorker.model : undefined)

  // A long comparison readies its search text while the reader reads, so the first keystroke is quick.
  useEffect(() => {
    if (!current || current.rows.length < SEARCH_SLICE) return
    let next = 0
    let handle = 0
    const prepare = (deadline: IdleDeadline) => {
      while (next < current.rows.length && deadline.timeRemaining() > 2) {
        for (const row of current.rows.slice(next, next + SEARCH_SLICE)) rowText(row)
        next += SEARCH_SLICE
      }
      if (next < current.rows.length) handle = requestIdleCallback(prepare)
    }
    if (!('requestIdleCallback' in window)) return
    handle = requestIdleCallback(prepare)
    return () => cancelIdleCallback(handle)
  }, [current])

  // Typing in the search box answers at once; the filtered list follows when React has time.
  const query = useDeferredValue(options.query)
  const topicKey = options.topics.join(',')
  const rows = useMemo(
    () => (model ? filterRows(model, { topics: topicKey ? (topicKey.split(',') as TopicId[]) : [], changedOnly: options.changed, query }) : []),
    [model, topicKey, options.changed, query],
  )
  const summary = useMemo(() => (model ? summarizeRows(model, rows) : []), [model, rows])
  // Before the first long comparison is built, the page names the versions and says it is comparing.
  const versionsShown = useMemo(
    () => versionKey.split('/').map((id) => negotiation.versions.find((version) => version.id === id)!),
    [negotiation, versionKey],
  )
  return {
    model: current ?? { versions: versionsShown, rows: [] },
    rows,
    summary,
    /** True until the comparison of these versions is built (the rows are then the last one's, or none). */
    pending: current === undefined,
  }
}
