import type { Confidence } from '../domain/model.ts'
import { CONFIDENCE_DESCRIPTION, confidenceLabel } from '../domain/labels.ts'

export function ConfidenceBadge({ confidence }: { confidence: Confidence | null }) {
  return (
    <span className={`confidence confidence--${confidence ?? 'none'}`} title={confidence ? CONFIDENCE_DESCRIPTION[confidence] : undefined}>
      {confidenceLabel(confidence)}
    </span>
  )
}
