import { describe, expect, it } from 'vitest'
import type { ClauseId } from '../domain/model.ts'
import { loadBundledNegotiation } from '../domain/testing/bundledNegotiation.ts'
import { versionAsText } from '../domain/testing/versionText.ts'
import { alignClauses } from './alignClauses.ts'
import { splitClauses } from './splitClauses.ts'

/**
 * Alignment quality on real drafts: us-28 and ua-20 written out as plain numbered text, split
 * and aligned as a user's drafts would be, against the lineage the bundled data records.
 */
describe('aligning the bundled us-28 and ua-20 as plain text', () => {
  const negotiation = loadBundledNegotiation()
  const version = (id: string) => negotiation.versions.find((v) => v.id === id)!
  const earlier = versionAsText(negotiation, version('us-28'))
  const later = versionAsText(negotiation, version('ua-20'))
  const earlierSplit = splitClauses(earlier.text)
  const laterSplit = splitClauses(later.text)
  if (!earlierSplit.ok || !laterSplit.ok) throw new Error('split failed')
  const alignment = alignClauses(earlierSplit.clauses, laterSplit.clauses)

  it('splits each exported version into exactly its clauses', () => {
    expect(earlierSplit.clauses.map((c) => c.number)).toEqual(earlier.lineages.map((id) => version('us-28').clauses.get(id as ClauseId)!.number))
    expect(laterSplit.clauses).toHaveLength(later.lineages.length)
  })

  it('matches every clause both versions contain to the same lineage, and leaves new ones new', () => {
    const shared = later.lineages.filter((id) => earlier.lineages.includes(id))
    const outcome = later.lineages.map((id, j) => {
      const link = alignment.links[j]!
      const matched = link.earlier === null ? null : earlier.lineages[link.earlier]!
      return { id, matched }
    })
    const right = outcome.filter(({ id, matched }) => (earlier.lineages.includes(id) ? matched === id : matched === null))
    // The measured figure, reported in the issue: every shared clause, and both new ones.
    expect({ shared: shared.length, right: right.length, of: later.lineages.length }).toEqual({ shared: 18, right: 20, of: 20 })
  })
})
