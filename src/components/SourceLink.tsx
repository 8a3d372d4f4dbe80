import type { Source } from '../domain/model.ts'
import { RELIABILITY_LABEL, formatDate } from '../domain/labels.ts'

/** Outlet, date and link of one source, flagging state media, aggregators and forums. */
export function SourceLink({ source, note }: { source: Source; note?: string | undefined }) {
  const flagged = source.reliability !== 'standard' && source.reliability !== 'official'
  return (
    <span className="source-link">
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.outlet}
        </a>
      ) : (
        source.outlet
      )}
      <span className="source-link__date">
        , {source.dateEstimated ? 'about ' : ''}
        {formatDate(source.date)}
      </span>
      {flagged ? <span className={`reliability reliability--${source.reliability}`}>{RELIABILITY_LABEL[source.reliability]}</span> : null}
      <span className="source-link__title"> — {source.title}</span>
      {note ? <span className="source-link__note"> ({note})</span> : null}
    </span>
  )
}
