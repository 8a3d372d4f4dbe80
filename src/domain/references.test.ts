import { describe, expect, it } from 'vitest'
import { buildComparison } from './buildComparison.ts'
import type { VersionId } from './model.ts'
import { numberReferences } from './references.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'

describe('domain/references', () => {
  const negotiation = loadBundledNegotiation()
  const model = buildComparison(negotiation, ['us-28', 'e3'] as VersionId[])

  it('numbers each source once, in order of first citation', () => {
    const numbers = numberReferences(model.versions, model.rows)
    const first = [...numbers.entries()].slice(0, 3)
    expect(first).toEqual([
      ['liga-28-points', 1],
      ['stern-28-points', 2],
      ['hindustantimes-axios-first-report', 3],
    ])
    expect(new Set(numbers.values()).size).toBe(numbers.size)
    expect(Math.max(...numbers.values())).toBe(numbers.size)
  })

  it('cites only what the rows shown cite', () => {
    const armyOnly = model.rows.filter((row) => row.key === 'army-size')
    const numbers = numberReferences([], armyOnly)
    expect([...numbers.keys()]).toEqual(['liga-28-points', 'keymantermlife-28-points', 'dagens-army-cap', 'report-az-e3', 'uanews-e3-full-text', 'upday-e3'])
  })
})
