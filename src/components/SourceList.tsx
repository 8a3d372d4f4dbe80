import { use } from 'react'
import type { Negotiation, SourceRef } from '../domain/model.ts'
import { SourceLink } from './SourceLink.tsx'
import { SourcesLoading } from './sourcesLoading.ts'

export function SourceList({ refs, negotiation }: { refs: readonly SourceRef[]; negotiation: Negotiation }) {
  if (use(SourcesLoading) && refs.length > 0) return <p className="source-list muted">Loading the sources…</p>
  return (
    <ul className="source-list" data-testid="source-list">
      {refs.map((ref) => {
        const source = negotiation.sources.get(ref.source)
        return source ? (
          <li key={ref.source}>
            <SourceLink source={source} note={ref.note} />
          </li>
        ) : null
      })}
    </ul>
  )
}
