import { ConfidenceBadge } from '../../components/ConfidenceBadge.tsx'
import { SourceList } from '../../components/SourceList.tsx'
import { StatusBadge } from '../../components/StatusBadge.tsx'
import { contentUnknown } from '../../domain/clauseState.ts'
import type { Matrix, MatrixCell } from '../../domain/matrix.ts'
import type { Negotiation } from '../../domain/model.ts'
import { statusWords } from '../../domain/statusWords.ts'
import { useScopedHref } from '../../state/scopedHref.ts'
import { routes } from '../../url/serializeRoute.ts'

/** One term in one version: its position, linked to the comparison at its clause, with the change, status, grade and sources. */
export function MatrixCellView({ cell, matrix, clause, shown, negotiation }: { cell: MatrixCell; matrix: Matrix; clause: string; shown: readonly string[]; negotiation: Negotiation }) {
  const scoped = useScopedHref()
  const isBase = cell.version.id === matrix.base.id
  const partner = isBase ? shown.find((id) => id !== cell.version.id) : matrix.base.id
  const href = routes.compare(isBase ? [cell.version.id, partner ?? cell.version.id] : [matrix.base.id, cell.version.id], { clause })
  const change = cell.versusBase
  return (
    <div
      className={`matrix-cell${cell.changed ? ' matrix-cell--changed' : ''}${contentUnknown(cell.clause) ? ' matrix-cell--unknown' : ''}${cell.disputed ? ' matrix-cell--disputed' : ''}`}
    >
      <a href={scoped(href)} className="matrix-cell__value" aria-label={`${cell.text} (${cell.version.shortTitle}); open the comparison at this clause`}>
        {cell.text}
      </a>
      {cell.changed && change?.delta ? (
        <p className="matrix-cell__change">
          <span className="matrix-cell__change-word">Changed</span> {change.delta}
        </p>
      ) : null}
      <details className="sources-disclosure matrix-cell__meta">
        <summary>
          {cell.changed && !change?.delta ? <span className="matrix-cell__change-word">Changed </span> : null}
          {!isBase && change?.kind === 'same' ? <span className="matrix-cell__same">Same </span> : null}
          <StatusBadge status={cell.status} words={statusWords(cell.clause, cell.version, negotiation.versions)} />{' '}
          <ConfidenceBadge confidence={cell.confidence} /> Sources ({cell.clause.sources.length})
        </summary>
        <SourceList refs={cell.clause.sources} negotiation={negotiation} />
      </details>
    </div>
  )
}
