import { describe, expect, it } from 'vitest'
import { buildComparison } from './buildComparison.ts'
import type { VersionId } from './model.ts'
import { entityKeys, fromTransfer, negotiationEntities, toTransfer } from './modelTransfer.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'

describe('sending a comparison between threads', () => {
  const negotiation = loadBundledNegotiation()
  const entities = negotiationEntities(negotiation)
  const model = buildComparison(negotiation, ['us-28', 'e3', 'geneva-19', 'ua-20'] as VersionId[])
  // structuredClone stands in for postMessage: the same algorithm.
  const received = fromTransfer<typeof model>(structuredClone(toTransfer(model, entityKeys(entities))), entities)

  it('arrives equal to the model built', () => {
    expect(received).toEqual(model)
  })

  it('points at the receiving side’s own versions and clauses, not copies', () => {
    const e3 = negotiation.versions.find((version) => version.id === 'e3')!
    expect(received.versions[1]).toBe(e3)
    const armySize = received.rows.find((row) => row.key === 'army-size')!
    expect(armySize.lineage).toBe(negotiation.lineages.find((lineage) => lineage.id === 'army-size'))
    expect(armySize.cells[1]!.clause).toBe(e3.clauses.get(armySize.lineage.id))
  })

  it('refuses a reference the receiving negotiation does not have', () => {
    expect(() => fromTransfer({ version: { $entity: 'version:e9' } }, entities)).toThrow(/version:e9/)
  })
})
