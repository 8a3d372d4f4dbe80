/** Two own drafts in which text moves: between clauses (point 7 to point 9) and within one (point 2), for tests. */
import { buildComparison, type ComparisonModel } from '../buildComparison.ts'
import type { Negotiation, VersionId } from '../model.ts'
import { loadWorkspace } from '../../load/workspaceFile.ts'
import { draftPairWorkspace } from './draftPairWorkspace.ts'

// The first points of the US 28-point plan in the project's own words (data/ukraine-2025), as a
// user would paste them, and a redraft that moves a sentence from point 7 to point 9 and swaps
// the two sentences of point 2.
export const EARLIER = [
  "1. Ukraine's sovereignty is to be confirmed.",
  '2. A comprehensive non-aggression agreement is to be concluded between Russia, Ukraine and Europe. All ambiguities of the last 30 years are to be regarded as settled.',
  "6. Ukraine's armed forces are capped at 600,000 personnel.",
  '7. Ukraine rules out NATO membership in its constitution. NATO adds a provision to its statutes that Ukraine will not be admitted in future.',
  '8. NATO agrees not to station troops in Ukraine.',
  '9. European fighter jets will be stationed in Poland.',
].join('\n')
export const LATER = [
  "1. Ukraine's sovereignty is to be confirmed.",
  '2. All ambiguities of the last 30 years are to be regarded as settled. A comprehensive non-aggression agreement is to be concluded between Russia, Ukraine and Europe.',
  "6. Ukraine's armed forces are capped at 800,000 personnel.",
  '7. Ukraine rules out NATO membership in its constitution.',
  '8. NATO agrees not to station troops in Ukraine.',
  '9. European fighter jets will be stationed in Poland. NATO adds a provision to its statutes that Ukraine will not be admitted in future.',
].join('\n')

export function ownDrafts(earlier = EARLIER, later = LATER): { negotiation: Negotiation; model: ComparisonModel } {
  const loaded = loadWorkspace(draftPairWorkspace('moves', 'Moves', earlier, later).files)
  if (!loaded.ok) throw new Error('The fixture workspace did not load')
  const negotiation = loaded.negotiation
  return { negotiation, model: buildComparison(negotiation, negotiation.versions.map((version) => version.id as VersionId)) }
}
