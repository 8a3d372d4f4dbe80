import type { Confidence } from '../domain/model.ts'
import { CONFIDENCE_DESCRIPTION, CONFIDENCE_LABEL } from '../domain/labels.ts'

export function ConfidenceBadge({ confidence }: { confidence: Confidence | null }) {
  if (confidence === null) return <span className="confidence confidence--none">Content not known</span>
  return (
    <span className={`confidence confidence--${confidence}`} title={CONFIDENCE_DESCRIPTION[confidence]}>
      {CONFIDENCE_LABEL[confidence]}
    </span>
  )
}
