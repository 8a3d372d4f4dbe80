import { expect, it } from 'vitest'
import { syntheticDraftPair } from '../domain/testing/syntheticDrafts.ts'
import { alignClauses } from './alignClauses.ts'
import { splitClauses } from './splitClauses.ts'

// A long renumbered pair: deletions, insertions, moves and edits shift every number after them.
it('aligns a 2,000-clause renumbered pair to where each clause came from', { timeout: 60_000 }, () => {
  const pair = syntheticDraftPair(2_000)
  const earlier = splitClauses(pair.earlier)
  const later = splitClauses(pair.later)
  if (!earlier.ok || !later.ok) throw new Error('split failed')
  const alignment = alignClauses(earlier.clauses, later.clauses)
  const right = alignment.links.filter((link, j) => link.earlier === pair.truth[j]).length
  expect(right / pair.truth.length).toBeGreaterThan(0.99)
})
