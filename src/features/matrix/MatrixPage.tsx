import { useMemo } from 'react'
import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table'
import { csvFile, matrixJson, matrixRecords, type MatrixLinks } from '../../domain/documents/exportMatrix.ts'
import { formatDate } from '../../domain/labels.ts'
import { buildMatrix, cellSortKey, compareSortKeys, type Matrix, type MatrixRow } from '../../domain/matrix.ts'
import type { Negotiation, VersionId } from '../../domain/model.ts'
import { navigate, publishedUrl } from '../../state/urlSync.ts'
import { DEFAULT_COMPARE_OPTIONS, type LinkIds, type MatrixOptions } from '../../url/route.ts'
import { routes } from '../../url/serializeRoute.ts'
import { TopicFilter } from '../../components/TopicFilter.tsx'
import { downloadFile } from '../../components/downloadFile.ts'
import { useScopedHref } from '../../state/scopedHref.ts'
import { ColumnChooser } from './ColumnChooser.tsx'
import { MatrixCellView } from './MatrixCellView.tsx'
import '../../styles/matrix.css'

const features = tableFeatures({
  rowSortingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
})
const columnHelper = createColumnHelper<typeof features, MatrixRow>()

/** Exported links: the matrix as shown, and each term's clause compared across its columns, base first. */
function exportLinks(options: MatrixOptions, matrix: Matrix): MatrixLinks {
  const versions = [matrix.base.id, ...matrix.versions.filter((version) => version.id !== matrix.base.id).map((version) => version.id)]
  return {
    permalink: publishedUrl({ page: 'matrix', options }),
    clauseLink: (clause) => publishedUrl({ page: 'compare', versions, options: { ...DEFAULT_COMPARE_OPTIONS, clause } }),
  }
}

export interface MatrixPageProps {
  readonly negotiation: Negotiation
  readonly options: MatrixOptions
}

export function MatrixPage({ negotiation, options }: MatrixPageProps) {
  const scoped = useScopedHref()
  const allVersions = useMemo(() => negotiation.versions.map((version) => version.id as string), [negotiation])
  const shownKey = (options.versions.length > 0 ? options.versions : allVersions).join(',')
  const shown = useMemo(() => shownKey.split(','), [shownKey])
  const baseId = options.base ?? shown[0]!
  const matrix = useMemo(() => buildMatrix(negotiation, shown as VersionId[], baseId as VersionId), [negotiation, shown, baseId])
  const topicKey = options.topics.join(',')
  const data = useMemo(
    () => (topicKey ? matrix.rows.filter((row) => row.topics.some((topic) => topicKey.split(',').includes(topic))) : [...matrix.rows]),
    [matrix, topicKey],
  )
  const topicLabel = useMemo(() => new Map(negotiation.topics.map((topic) => [topic.id as string, topic.label])), [negotiation])

  const columns = useMemo(
    () =>
      columnHelper.columns([
        columnHelper.accessor((row) => row.term.label, {
          id: 'term',
          header: 'Contested term',
          sortFn: 'alphanumeric',
          cell: (info) => (
            <>
              <a
                href={scoped(routes.clause(info.row.original.lineage.id))}
                title={`History of the clause “${info.row.original.lineage.title}”`}
              >
                {info.getValue()}
              </a>
              <span className="matrix-term__topics">
                {info.row.original.topics.map((topic) => topicLabel.get(topic) ?? topic).join(', ')}
              </span>
            </>
          ),
        }),
        ...negotiation.versions.map((version) =>
          columnHelper.accessor((row) => row.cells.get(version.id), {
            id: version.id,
            header: version.shortTitle,
            sortFn: (a, b, id) => compareSortKeys(cellSortKey(a.getValue(id)), cellSortKey(b.getValue(id))),
            cell: (info) => {
              const cell = info.getValue()
              return cell ? (
                <MatrixCellView cell={cell} matrix={matrix} clause={info.row.original.lineage.id} shown={shown} negotiation={negotiation} />
              ) : null
            },
          }),
        ),
      ]),
    [negotiation, matrix, topicLabel, shown, scoped],
  )

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

  const setVersions = (versions: string[]) => {
    const canonical = versions.join(',') === allVersions.join(',') ? [] : versions
    // A sort by a column that is no longer shown would order the table by something invisible.
    const sort = options.sort && (options.sort.column === 'term' || versions.includes(options.sort.column)) ? options.sort : null
    show({ versions: canonical, base: versions.includes(baseId) && baseId !== versions[0] ? baseId : null, sort })
  }
  const sortedRows = table.getRowModel().rows.map((row) => row.original)
  const stamp = new Date().toISOString()

  return (
    <section aria-labelledby="matrix-heading" className="matrix-page">
      <h1 id="matrix-heading">Positions matrix</h1>
      <p className="lede">
        Each contested term in plain words, marked where it changed against the base column. A cell opens the
        comparison at its clause; a term opens the clause's history.
      </p>

      <div className="toolbar matrix-toolbar no-print">
        <ColumnChooser versions={negotiation.versions} shown={shown} onChange={setVersions} />
        <label className="matrix-base">
          Compare with
          <select value={baseId} onChange={(event) => show({ base: event.target.value === shown[0] ? null : event.target.value })}>
            {shown.map((id) => (
              <option key={id} value={id}>
                {negotiation.versions.find((version) => version.id === id)?.shortTitle ?? id}
              </option>
            ))}
          </select>
        </label>
        <TopicFilter
          topics={negotiation.topics.filter((topic) => matrix.rows.some((row) => row.topics.includes(topic.id)))}
          chosen={options.topics}
          onChange={(topics) => show({ topics })}
          legend="Show terms on these topics"
        />
        <div className="matrix-exports" role="group" aria-label="Export">
          <button type="button" onClick={() => downloadFile('positions-matrix.csv', 'text/csv;charset=utf-8', csvFile(matrixRecords(matrix, sortedRows, negotiation, exportLinks(options, matrix))))}>
            Export CSV
          </button>
          <button
            type="button"
            onClick={() =>
              downloadFile('positions-matrix.json', 'application/json', JSON.stringify(matrixJson(matrix, sortedRows, negotiation, stamp, exportLinks(options, matrix)), null, 2))
            }
          >
            Export JSON
          </button>
          {options.sort ? (
            <button type="button" onClick={() => show({ sort: null })}>
              Usual order
            </button>
          ) : null}
        </div>
      </div>

      <p className="muted" role="status">
        {data.length} terms, {matrix.versions.length} versions; compared with {matrix.base.title} ({formatDate(matrix.base.date)}).
      </p>

      <div className="matrix-scroll">
        <table className="matrix" data-testid="matrix.table">
          <caption className="sr-only">Contested terms by version; sortable by column</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted()
                  const isBase = header.column.id === matrix.base.id
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      className={isBase ? 'matrix__base' : undefined}
                    >
                      <button type="button" className="matrix__sort" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        {isBase ? <span className="matrix__base-label"> (base)</span> : null}
                        <span className="matrix__sort-state">{sorted === 'asc' ? ' ▲ sorted ascending' : sorted === 'desc' ? ' ▼ sorted descending' : ''}</span>
                      </button>
                    </th>
                  )
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid="matrix.row" data-term={row.original.term.id}>
                {row.getVisibleCells().map((cell) =>
                  cell.column.id === 'term' ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id} data-version={cell.column.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
