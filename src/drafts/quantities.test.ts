import { describe, expect, it } from 'vitest'
import { compareQuantities, findQuantities } from './quantities.ts'

describe('findQuantities', () => {
  it('reads people, days, money, percentages and dates as typed values', () => {
    const found = findQuantities('An army of 600,000 personnel; elections within 100 days; $100 billion; €5 bn; 50% of profits; from 1 March 2026 and 2026-06-01.')
    expect(found.map((q) => [q.unit, q.value])).toEqual([
      ['personnel', 600_000],
      ['days', 100],
      ['usd', 100e9],
      ['eur', 5e9],
      ['percent', 50],
      ['date', Date.UTC(2026, 2, 1) / 86_400_000],
      ['date', Date.UTC(2026, 5, 1) / 86_400_000],
    ])
  })

  it('ignores a date that does not exist and a bare number', () => {
    expect(findQuantities('On 31 February 2026, point 12 applies.')).toEqual([])
  })
})

describe('compareQuantities', () => {
  it('states the change as a delta, as the bundled terms do', () => {
    expect(compareQuantities('capped at 600,000 personnel', 'capped at 800,000 personnel in peacetime').map((c) => c.summary)).toEqual([
      '600,000 → 800,000: +200,000 (+33%)',
    ])
    expect(compareQuantities('within 100 days', 'within 60 days').map((c) => c.summary)).toEqual(['100 days → 60 days: −40 days (−40%)'])
    expect(compareQuantities('by 1 March 2026', 'by 1 June 2026').map((c) => c.summary)).toEqual(['1 March 2026 → 1 June 2026: +92 days'])
    expect(compareQuantities('US$100 billion', '$200 billion').map((c) => c.summary)).toEqual(['US$100 billion → US$200 billion: +US$100 billion (+100%)'])
  })

  it('says when a value appears or disappears, and says nothing when it is the same', () => {
    expect(compareQuantities('50% of profits', '50% of profits')).toEqual([])
    expect(compareQuantities('no sum', '€5 million').map((c) => c.summary)).toEqual(['not in the earlier text → €5 million'])
  })
})
