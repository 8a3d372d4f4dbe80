import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { baseColumns, getComparison, type ComparisonModel } from '../domain/buildComparison.ts'
import { filterRows, rowMatches, rowsByStatus, rowText, summarizeRows } from '../domain/filterRows.ts'
import { diffOptionsFor, type DiffIgnore } from '../domain/diffText.ts'
import type { ClauseStatus, Negotiation, TopicId, VersionId } from '../domain/model.ts'
import type { CompareOptions } from '../url/route.ts'
import type * as WorkerSideModule from './comparisonWorker.ts'

/**
 * The worker's page side (src/hooks/comparisonWorker.ts), loaded the first time a comparison is
 * long enough to need it: the bundled drafts never do, so the first view ships without it.
 */
type WorkerSide = typeof WorkerSideModule
let workerSide: WorkerSide | null = null
const loadWorkerSide = (): Promise<WorkerSide> =>
  import('./comparisonWorker.ts').then((module) => {
    workerSide = module
    return module
  })

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
  const { base } = options
  const ignoreKey = options.ignore.join(',')
  const diffOptions = useMemo(() => diffOptionsFor(ignoreKey ? (ignoreKey.split(',') as DiffIgnore[]) : []), [ignoreKey])
  const modelKey = `${versionKey}|${base}|${ignoreKey}`
  const offThread = negotiation.lineages.length * versions.length >= OFF_THREAD_FROM
  const onPage = useMemo(
    () => (offThread ? undefined : getComparison(negotiation, versionKey.split('/') as VersionId[], base, diffOptions)),
    [negotiation, versionKey, offThread, base, diffOptions],
  )
  const [fromWorker, setFromWorker] = useState<{ negotiation: Negotiation; key: string; model: ComparisonModel } | null>(null)
  useEffect(() => {
    if (!offThread) return
    let live = true
    const ids = versionKey.split('/') as VersionId[]
    const show = (model: ComparisonModel) => {
      if (live) setFromWorker({ negotiation, key: modelKey, model })
    }
    loadWorkerSide()
      .then(({ compareInWorker }) => compareInWorker(negotiation, ids, base, diffOptions))
      .then(show, () => show(getComparison(negotiation, ids, base, diffOptions)))
    return () => {
      live = false
    }
  }, [negotiation, versionKey, modelKey, base, diffOptions, offThread])

  const current: ComparisonModel | undefined =
    onPage ??
    // Nothing was built in a worker before its code was loaded.
    workerSide?.builtComparison(negotiation, versionKey.split('/') as VersionId[], base, diffOptions) ??
    (fromWorker?.negotiation === negotiation && fromWorker.key === modelKey ? fromWorker.model : undefined)
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
  const statusKey = options.statuses.join(',')
  // The status counts are taken before the status filter, so every count stays visible and clickable.
  const unfiltered = useMemo(
    () =>
      model ? filterRows(model, { topics: topicKey ? (topicKey.split(',') as TopicId[]) : [], changedOnly: options.changed, statuses: [], query }) : [],
    [model, topicKey, options.changed, query],
  )
  const rows = useMemo(() => {
    const statuses = statusKey ? (statusKey.split(',') as ClauseStatus[]) : []
    return statuses.length === 0 ? unfiltered : unfiltered.filter((row) => rowMatches(row, { topics: [], changedOnly: false, statuses, query: '' }))
  }, [unfiltered, statusKey])
  const summary = useMemo(() => (model ? summarizeRows(model, rows) : []), [model, rows])
  const byStatus = useMemo(() => rowsByStatus(unfiltered), [unfiltered])
  // Before the first long comparison is built, the page names the versions and says it is comparing.
  const versionsShown = useMemo(
    () => versionKey.split('/').map((id) => negotiation.versions.find((version) => version.id === id)!),
    [negotiation, versionKey],
  )
  return {
    model: current ?? { versions: versionsShown, base, bases: baseColumns(versionsShown, base).map((column) => versionsShown[column] ?? null), rows: [] },
    rows,
    summary,
    byStatus,
    /** True until the comparison of these versions is built (the rows are then the last one's, or none). */
    pending: current === undefined,
  }
}
