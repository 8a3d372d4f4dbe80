import { expect, it } from 'vitest'
import { loadBundledNegotiation } from '../domain/testing/bundledNegotiation.ts'

// The schema lets a user's own drafts go without an address; published sources never may.
it('gives every bundled source an address', () => {
  const negotiation = loadBundledNegotiation()
  expect([...negotiation.sources.values()].filter((source) => !source.url).map((source) => source.id)).toEqual([])
})
