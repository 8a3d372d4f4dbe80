import { useMemo } from 'react'
import { getComparison } from '../domain/buildComparison.ts'
import { filterRows, rowMatches, rowsByStatus, summarizeRows } from '../domain/filterRows.ts'
import type { ClauseStatus, Negotiation, TopicId, VersionId } from '../domain/model.ts'
import type { CompareOptions } from '../url/route.ts'

/**
 * The comparison of the given versions (memoized per column order in src/domain), its rows
 * after the filters, and their summary. Keys are strings so a new array with the same ids
 * from the URL does not recompute anything.
 */
export function useComparison(negotiation: Negotiation, versions: readonly string[], options: CompareOptions) {
  const versionKey = versions.join('/')
  const model = useMemo(() => getComparison(negotiation, versionKey.split('/') as VersionId[], options.base), [negotiation, versionKey, options.base])
  const topicKey = options.topics.join(',')
  const statusKey = options.statuses.join(',')
  // The status counts are taken before the status filter, so every count stays visible and clickable.
  const unfiltered = useMemo(
    () => filterRows(model, { topics: topicKey ? (topicKey.split(',') as TopicId[]) : [], changedOnly: options.changed, statuses: [], query: options.query }),
    [model, topicKey, options.changed, options.query],
  )
  const rows = useMemo(() => {
    const statuses = statusKey ? (statusKey.split(',') as ClauseStatus[]) : []
    return statuses.length === 0 ? unfiltered : unfiltered.filter((row) => rowMatches(row, { topics: [], changedOnly: false, statuses, query: '' }))
  }, [unfiltered, statusKey])
  const summary = useMemo(() => summarizeRows(model, rows), [model, rows])
  const byStatus = useMemo(() => rowsByStatus(unfiltered), [unfiltered])
  return { model, rows, summary, byStatus }
}
