/**
 * Importing a user's drafts at the stated limit: two 2,000-clause texts split, aligned across
 * renumbering, built into the data format and loaded as a negotiation.
 */
import { bench, describe } from 'vitest'
import { loadWorkspace } from '../load/workspaceFile.ts'
import { syntheticDraftPair } from '../domain/testing/syntheticDrafts.ts'
import { draftPairWorkspace } from '../domain/testing/draftPairWorkspace.ts'
import { alignClauses } from './alignClauses.ts'
import { splitClauses } from './splitClauses.ts'

const pair = syntheticDraftPair(2_000)

const importPair = () => draftPairWorkspace('bench', 'Bench', pair.earlier, pair.later)

describe('importing a 2,000-clause pair', () => {
  const earlier = splitClauses(pair.earlier)
  const later = splitClauses(pair.later)
  if (!earlier.ok || !later.ok) throw new Error('split failed')
  const { files } = importPair()

  bench('split both texts', () => {
    splitClauses(pair.earlier)
    splitClauses(pair.later)
  })
  bench('align across renumbering', () => {
    alignClauses(earlier.clauses, later.clauses)
  })
  bench('split, align and build the data files', () => {
    importPair()
  })
  bench('load the built workspace (schema and cross-file checks)', () => {
    loadWorkspace(files)
  })
})
