import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  type Table,
} from '@tanstack/react-table'
import { cellSortKey, compareSortKeys, type Matrix, type MatrixRow } from '../../domain/matrix.ts'
import type { Negotiation, TopicId, Version, VersionId } from '../../domain/model.ts'
import { useScopedHref } from '../../state/scopedHref.ts'
import { routes } from '../../url/serializeRoute.ts'
import { MatrixCellView } from './MatrixCellView.tsx'

/** What the cells read from the page they are on, handed to the table as its meta on every render. */
export interface MatrixTableMeta {
  readonly negotiation: Negotiation
  readonly matrix: Matrix
  /** The version columns shown, in order. */
  readonly shown: readonly VersionId[]
  readonly topicLabel: ReadonlyMap<TopicId, string>
}

export const features = tableFeatures({
  rowSortingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
  tableMeta: metaHelper<MatrixTableMeta>(),
})

type MatrixTable = Table<typeof features, MatrixRow>

/** The meta `MatrixTable` passes; a table built without it is a programming error, not a state to draw. */
function metaOf(table: MatrixTable): MatrixTableMeta {
  const meta = table.options.meta
  if (!meta) throw new Error('The matrix table was built without its meta')
  return meta
}

const columnHelper = createColumnHelper<typeof features, MatrixRow>()

/** A term's row heading: its label, linked to its clause's history, and its topics. */
function TermHeading({ row, topicLabel }: { row: MatrixRow; topicLabel: ReadonlyMap<TopicId, string> }) {
  const scoped = useScopedHref()
  return (
    <>
      <a href={scoped(routes.clause(row.lineage.id))} title={`History of the clause “${row.lineage.title}”`}>
        {row.term.label}
      </a>
      <span className="matrix-term__topics">{row.topics.map((topic) => topicLabel.get(topic) ?? topic).join(', ')}</span>
    </>
  )
}

const termColumn = columnHelper.accessor((row) => row.term.label, {
  id: 'term',
  header: 'Contested term',
  sortFn: 'alphanumeric',
  cell: (info) => <TermHeading row={info.row.original} topicLabel={metaOf(info.table).topicLabel} />,
})

/** A version's column: its cell for each term, sorted by amount where there is one, else by words. */
function versionColumn(version: Version) {
  return columnHelper.accessor((row) => row.cells.get(version.id), {
    id: version.id,
    header: version.shortTitle,
    sortFn: (a, b, id) => compareSortKeys(cellSortKey(a.getValue(id)), cellSortKey(b.getValue(id))),
    cell: (info) => {
      const cell = info.getValue()
      if (!cell) return null
      const { negotiation, matrix, shown } = metaOf(info.table)
      return <MatrixCellView cell={cell} matrix={matrix} clause={info.row.original.lineage.id} shown={shown} negotiation={negotiation} />
    },
  })
}

/**
 * The term column and one column per version of the negotiation, hidden and ordered by the table's
 * state. Only the versions vary; everything else a cell shows comes from the table's meta.
 */
export function matrixColumns(versions: readonly Version[]) {
  return columnHelper.columns([termColumn, ...versions.map(versionColumn)])
}
