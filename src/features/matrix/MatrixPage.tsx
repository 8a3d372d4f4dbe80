import { useMemo, useState } from 'react'
import { useTable, type SortingState } from '@tanstack/react-table'
import { formatDate } from '../../domain/labels.ts'
import { buildMatrix } from '../../domain/matrix.ts'
import type { Negotiation } from '../../domain/model.ts'
import { navigate } from '../../state/urlSync.ts'
import type { LinkIds, MatrixOptions } from '../../url/route.ts'
import { features, matrixColumns } from './columns.tsx'
import { MatrixTable } from './MatrixTable.tsx'
import { MatrixToolbar } from './MatrixToolbar.tsx'
import '../../styles/matrix.css'

export interface MatrixPageProps {
  readonly negotiation: Negotiation
  readonly options: MatrixOptions
}

/**
 * `list`, or the list an earlier render had while it holds the same items. Every change of the
 * matrix's route (a sort, a topic) parses its lists afresh; this keeps the memos keyed on them,
 * so a sort does not build the matrix again.
 */
function useSameItems<T>(list: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(list)
  const same = kept.length === list.length && kept.every((item, index) => item === list[index])
  if (!same) setKept(list)
  return same ? kept : list
}

/** Every contested term by version; the route holds the whole view (columns, base, topics, sort). */
export function MatrixPage({ negotiation, options }: MatrixPageProps) {
  const allVersions = useMemo(() => negotiation.versions.map((version) => version.id), [negotiation])
  const shown = useSameItems(options.versions.length > 0 ? options.versions : allVersions)
  const topics = useSameItems(options.topics)
  const matrix = useMemo(() => buildMatrix(negotiation, shown, options.base), [negotiation, shown, options.base])
  const data = useMemo(
    () => (topics.length > 0 ? matrix.rows.filter((row) => row.topics.some((topic) => topics.includes(topic))) : [...matrix.rows]),
    [matrix, topics],
  )
  const topicLabel = useMemo(() => new Map(negotiation.topics.map((topic) => [topic.id, topic.label])), [negotiation])
  const columns = useMemo(() => matrixColumns(negotiation.versions), [negotiation.versions])

  const sorting: SortingState = useMemo(
    () => (options.sort ? [{ id: options.sort.column, desc: options.sort.direction === 'desc' }] : []),
    [options.sort],
  )
  const columnOrder = useMemo(() => ['term', ...shown], [shown])
  const columnVisibility = useMemo(() => Object.fromEntries(allVersions.map((id) => [id, shown.includes(id)])), [allVersions, shown])

  const show = (patch: Partial<MatrixOptions<LinkIds>>) => navigate({ page: 'matrix', options: { ...options, ...patch } })
  const table = useTable({
    features,
    columns,
    data,
    meta: { negotiation, matrix, shown, topicLabel },
    state: { sorting, columnOrder, columnVisibility },
    enableSortingRemoval: true,
    // Ascending first for every column, words and numbers alike, so one click reads top-down.
    sortDescFirst: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater
      const first = next[0]
      show({ sort: first ? { column: first.id, direction: first.desc ? 'desc' : 'asc' } : null })
    },
  })

  return (
    <section aria-labelledby="matrix-heading" className="matrix-page">
      <h1 id="matrix-heading">Positions matrix</h1>
      <p className="lede">
        Each contested term in plain words, marked where it changed against the base column. A cell opens the
        comparison at its clause; a term opens the clause's history.
      </p>

      <MatrixToolbar
        negotiation={negotiation}
        matrix={matrix}
        options={options}
        shown={shown}
        rows={() => table.getRowModel().rows.map((row) => row.original)}
        show={show}
      />

      <p className="muted" role="status">
        {data.length} terms, {matrix.versions.length} versions; compared with {matrix.base.title} ({formatDate(matrix.base.date)}).
      </p>

      <MatrixTable table={table} baseId={matrix.base.id} />
    </section>
  )
}
