import type { Negotiation, SourceRef } from '../domain/model.ts'
import { SourceLink } from './SourceLink.tsx'

export function SourceList({ refs, negotiation }: { refs: readonly SourceRef[]; negotiation: Negotiation }) {
  return (
    <ul className="source-list">
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
