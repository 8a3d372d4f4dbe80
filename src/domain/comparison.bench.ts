/**
 * Benchmarks of the diff model, rerun with `npm run bench` (results in bench-results/domain.json).
 * Cold runs call buildComparison directly; the memoized path is what switching back costs.
 */
import { bench, describe } from 'vitest'
import { buildComparison, getComparison } from './buildComparison.ts'
import { clauseHistory } from './clauseHistory.ts'
import { filterRows } from './filterRows.ts'
import { findMoves } from './moves.ts'
import { buildMatrix } from './matrix.ts'
import type { ClauseId, TopicId, VersionId } from './model.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'
import { syntheticNegotiation } from './testing/syntheticNegotiation.ts'

const negotiation = loadBundledNegotiation()
const pair = ['us-28', 'e3'] as VersionId[]
const all = ['us-28', 'e3', 'geneva-19', 'ua-20'] as VersionId[]
const allModel = getComparison(negotiation, all)

describe('bundled drafts', () => {
  bench('validate and load all data files (schema + cross-file checks)', () => {
    loadBundledNegotiation()
  })
  bench('build diff model, US 28-point → E3 (cold)', () => {
    buildComparison(negotiation, pair)
  })
  bench('build diff model, all four versions (cold)', () => {
    buildComparison(negotiation, all)
  })
  bench('switch back to a pair already built (memoized)', () => {
    getComparison(negotiation, pair)
  })
  bench('filter rows: topics + changed + search, four versions', () => {
    filterRows(allModel, { topics: ['nato', 'territory'] as TopicId[], changedOnly: true, statuses: [], query: 'peacetime' })
  })
  bench('positions matrix, four versions', () => {
    buildMatrix(negotiation, all, 'us-28' as VersionId)
  })
  bench('clause history, territory', () => {
    clauseHistory(negotiation, 'territory' as ClauseId)
  })
})

const large = syntheticNegotiation({ clauses: 2000, versions: 3, edited: 0.1 })
const largeIds = ['v1', 'v2', 'v3'] as VersionId[]
const rewrittenHeavy = syntheticNegotiation({ clauses: 500, versions: 2, edited: 0, rewritten: 1, wordsPerClause: 150, seed: 7 })

describe('synthetic, 2,000 clauses', () => {
  bench('build diff model, 2 versions, 10% of clauses edited (cold)', () => {
    buildComparison(large, largeIds.slice(0, 2))
  }, { iterations: 10 })
  bench('build diff model, 3 versions (cold)', () => {
    buildComparison(large, largeIds)
  }, { iterations: 10 })
})

describe('synthetic worst case, 500 clauses all rewritten (150 words each)', () => {
  bench('build diff model: every clause hits the bound and shows as rewritten', () => {
    buildComparison(rewrittenHeavy, ['v1', 'v2'] as VersionId[])
  }, { iterations: 5 })
})

const fiveVersions = syntheticNegotiation({ clauses: 2000, versions: 5, edited: 0.1 })

describe('moved text, 2,000 clauses × 5 versions', () => {
  // A fresh model each time: findMoves is memoized per model.
  bench('find moves across every clause (cold model)', () => {
    findMoves(buildComparison(fiveVersions, ['v1', 'v2', 'v3', 'v4', 'v5'] as VersionId[]))
  }, { iterations: 10 })
  bench('build the same model alone, for comparison', () => {
    buildComparison(fiveVersions, ['v1', 'v2', 'v3', 'v4', 'v5'] as VersionId[])
  }, { iterations: 10 })
  bench('find moves, 500 clauses all rewritten (cold model)', () => {
    findMoves(buildComparison(rewrittenHeavy, ['v1', 'v2'] as VersionId[]))
  }, { iterations: 5 })
})
