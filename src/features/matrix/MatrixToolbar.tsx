import { TopicFilter } from '../../components/TopicFilter.tsx'
import type { Matrix, MatrixRow } from '../../domain/matrix.ts'
import type { Negotiation, VersionId } from '../../domain/model.ts'
import type { LinkIds, MatrixOptions } from '../../url/route.ts'
import { ColumnChooser } from './ColumnChooser.tsx'
import { MatrixExports } from './MatrixExports.tsx'

export interface MatrixToolbarProps {
  readonly negotiation: Negotiation
  readonly matrix: Matrix
  readonly options: MatrixOptions
  /** The version columns shown, in order. */
  readonly shown: readonly VersionId[]
  /** The rows as the table shows them, for the exports. */
  readonly rows: () => readonly MatrixRow[]
  /** Shows the matrix with these options changed. */
  readonly show: (patch: Partial<MatrixOptions<LinkIds>>) => void
}

/** What the matrix shows and how: its columns, its base, its topics; and the matrix as a file. */
export function MatrixToolbar({ negotiation, matrix, options, shown, rows, show }: MatrixToolbarProps) {
  const baseId = matrix.base.id
  const setVersions = (versions: VersionId[]) => {
    // Every version in date order is the default, which a canonical link leaves out.
    const canonical = versions.length === negotiation.versions.length && versions.every((id, index) => id === negotiation.versions[index]?.id) ? [] : versions
    // A sort by a column that is no longer shown would order the table by something invisible.
    const sorted = options.sort
    const sort = sorted && (sorted.column === 'term' || versions.some((id) => id === sorted.column)) ? sorted : null
    show({ versions: canonical, base: versions.includes(baseId) && baseId !== versions[0] ? baseId : null, sort })
  }
  return (
    <div className="toolbar matrix-toolbar no-print">
      <ColumnChooser versions={negotiation.versions} shown={shown} onChange={setVersions} />
      <label className="matrix-base">
        Compare with
        <select value={baseId} onChange={(event) => show({ base: event.target.value === shown[0] ? null : event.target.value })}>
          {matrix.versions.map((version) => (
            <option key={version.id} value={version.id}>
              {version.shortTitle}
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
        <MatrixExports negotiation={negotiation} matrix={matrix} options={options} rows={rows} />
        {options.sort ? (
          <button type="button" onClick={() => show({ sort: null })}>
            Usual order
          </button>
        ) : null}
      </div>
    </div>
  )
}
