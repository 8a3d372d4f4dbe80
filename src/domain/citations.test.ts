import { describe, expect, it } from 'vitest'
import type { SourceId } from './model.ts'
import { indexCitations } from './citations.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'

const negotiation = loadBundledNegotiation()
const index = indexCitations(negotiation)
const describeCitations = (id: string) =>
  (index.get(id as SourceId) ?? []).map((c) => `${c.version}:${c.clause ?? '(version)'}`).join(' ')

describe('domain/citations', () => {
  it('lists every clause that cites a source, in version order', () => {
    expect(describeCitations('rmf24-poland-jets-removed')).toBe('geneva-19:fighter-jets-poland ua-20:fighter-jets-poland')
  })

  it('includes citations on the version itself and on rival options', () => {
    expect(describeCitations('liga-28-points')).toMatch(/^us-28:\(version\) us-28:sovereignty/)
    expect(describeCitations('lbua-znpp-us-proposal')).toBe('ua-20:zaporizhzhia-npp')
  })

  it('leaves out clauses the loader filled in, which cite nothing of their own', () => {
    const recoveryInUs28 = [...index.values()].flat().filter((c) => c.version === 'us-28' && c.clause === 'recovery-funds')
    expect(recoveryInUs28).toEqual([])
  })

  it('has an entry for every source in the registry', () => {
    expect([...negotiation.sources.keys()].filter((id) => !index.has(id))).toEqual([])
  })
})
