import type { Confidence, Negotiation, SourceRef } from '../domain/model.ts'
import { ConfidenceBadge } from './ConfidenceBadge.tsx'
import { SourceList } from './SourceList.tsx'

/** How a text is known, always visible, with its sources one click away. */
export function SourcesDisclosure({
  refs,
  confidence,
  negotiation,
}: {
  refs: readonly SourceRef[]
  confidence: Confidence | null
  negotiation: Negotiation
}) {
  return (
    <details className="sources-disclosure">
      <summary>
        <ConfidenceBadge confidence={confidence} /> Sources ({refs.length})
      </summary>
      <SourceList refs={refs} negotiation={negotiation} />
    </details>
  )
}
