/** How sure a link between two drafts' clauses is: calibrated confidences, and the label each shows as. */

/** A confidence clamped to 0–1, in hundredths. */
export function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100
}

/**
 * How sure a match is, from its wording's similarity and its margin over the next best choice
 * of either clause; a shared number or title adds a little. Calibrated on the evaluation corpus
 * (`npm run eval:drafts`): "Sure" (≥ 0.75) should be right 98 times in 100.
 */
export function linkConfidence(text: number, margin: number, sameNumber: boolean, title: number): number {
  return round(0.15 + text * 0.6 + Math.min(0.3, Math.max(0, margin)) * 0.8 + (sameNumber ? 0.1 : 0) + title * 0.05)
}

/** A split or merge: how much of the piece's wording the whole holds, with the help of place and number. */
export function splitConfidence(evidence: number): number {
  return round(evidence * 0.75)
}

export function confidenceLabel(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.75) return 'high'
  if (confidence >= 0.45) return 'medium'
  return 'low'
}
