import { useMemo } from 'react'
import { getComparison } from '../domain/buildComparison.ts'
import { diffOptionsFor, type DiffIgnore } from '../domain/diffText.ts'
import { filterRows, summarizeRows } from '../domain/filterRows.ts'
import type { Negotiation, TopicId, VersionId } from '../domain/model.ts'
import type { CompareOptions } from '../url/route.ts'

/**
 * The comparison of the given versions (memoized per column order in src/domain), its rows
 * after the filters, and their summary. Keys are strings so a new array with the same ids
 * from the URL does not recompute anything.
 */
export function useComparison(negotiation: Negotiation, versions: readonly string[], options: CompareOptions) {
  const versionKey = versions.join('/')
  const ignoreKey = options.ignore.join(',')
  const model = useMemo(
    () => getComparison(negotiation, versionKey.split('/') as VersionId[], diffOptionsFor(ignoreKey ? (ignoreKey.split(',') as DiffIgnore[]) : [])),
    [negotiation, versionKey, ignoreKey],
  )
  const topicKey = options.topics.join(',')
  const rows = useMemo(
    () => filterRows(model, { topics: topicKey ? (topicKey.split(',') as TopicId[]) : [], changedOnly: options.changed, query: options.query }),
    [model, topicKey, options.changed, options.query],
  )
  const summary = useMemo(() => summarizeRows(model, rows), [model, rows])
  return { model, rows, summary }
}
