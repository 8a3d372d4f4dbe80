import type { ReactTable } from '@tanstack/react-table'
import type { MatrixRow } from '../../domain/matrix.ts'
import type { VersionId } from '../../domain/model.ts'
import type { features } from './columns.tsx'

export interface MatrixTableProps {
  readonly table: ReactTable<typeof features, MatrixRow>
  readonly baseId: VersionId
}

/** The terms by version: a sort button in each column head, the term as each row's heading. */
export function MatrixTable({ table, baseId }: MatrixTableProps) {
  return (
    <div className="matrix-scroll">
      <table className="matrix" data-testid="matrix.table">
        <caption className="sr-only">Contested terms by version; sortable by column</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted()
                const isBase = header.column.id === baseId
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
  )
}
