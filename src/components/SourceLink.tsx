import type { Source } from '../domain/model.ts'
import { citeSource } from '../domain/sourceCitation.ts'

/**
 * A source cited by its original publisher and date, with its flag, and the copy it was read
 * in kept apart: "Reuters, 25 Nov 2025 (read in a copy on ThePrint)".
 */
export function SourceLink({ source, note }: { source: Source; note?: string | undefined }) {
  const citation = citeSource(source)
  return (
    <span className="source-link">
      {citation.publisherUrl ? (
        <a href={citation.publisherUrl} target="_blank" rel="noopener noreferrer">
          {citation.lead}
        </a>
      ) : (
        <span>{citation.lead}</span>
      )}
      {citation.citing ? <span>, {citation.citing}</span> : null}
      {citation.publisherFlag ? <span className={`reliability reliability--${source.publisherType}`}>{citation.publisherFlag}</span> : null}
      {citation.copy ? (
        <span className="source-link__copy">
          {' ('}
          <a href={citation.copy.url} target="_blank" rel="noopener noreferrer">
            {citation.copy.label}
          </a>
          {citation.copy.flag ? `, ${citation.copy.flag}` : ''})
        </span>
      ) : null}
      <span className="source-link__title"> — {source.title}</span>
      {note ? <span className="source-link__note"> ({note})</span> : null}
    </span>
  )
}
