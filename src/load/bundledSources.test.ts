import { expect, it } from 'vitest'
import { loadBundledNegotiation } from '../domain/testing/bundledNegotiation.ts'

// The schema lets a user's own drafts go without an address; a published source always has one:
// the publisher's own page, or the copy where it was read.
it('gives every bundled source an address', () => {
  const negotiation = loadBundledNegotiation()
  expect([...negotiation.sources.values()].filter((source) => !source.url && !source.copy).map((source) => source.id)).toEqual([])
})
