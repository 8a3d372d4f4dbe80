import { describe, expect, it } from 'vitest'
import { buildMatrix, cellSortKey, compareSortKeys } from './matrix.ts'
import type { VersionId } from './model.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'

const negotiation = loadBundledNegotiation()
const ids = (...list: string[]) => list as VersionId[]
const all = ids('us-28', 'e3', 'geneva-19', 'ua-20')

describe('domain/matrix', () => {
  const matrix = buildMatrix(negotiation, all, 'us-28' as VersionId)
  const row = (term: string) => matrix.rows.find((r) => r.term.id === term)!
  const cellText = (term: string) => all.map((id) => row(term).cells.get(id)!.text)

  it('has one row per contested term and one column per version', () => {
    expect(matrix.rows).toHaveLength(negotiation.terms.length)
    expect(matrix.versions.map((v) => v.id)).toEqual(all)
  })

  it('shows how the army cap moved, with the delta against the base', () => {
    expect(cellText('army-cap')).toEqual([
      '600,000, at all times',
      '800,000, in peacetime',
      'Disputed: 800,000 in peacetime (the FT, citing Ukrainian officials) (1 report) / No strict cap on the army (3 reports)',
      '800,000, in peacetime',
    ])
    const e3 = row('army-cap').cells.get('e3' as VersionId)!
    expect(e3.changed).toBe(true)
    expect(e3.versusBase?.delta).toBe('+200,000 (+33%); at all times → in peacetime')
  })

  it('says why a cell has no value, never guessing one', () => {
    expect(cellText('amnesty')).toEqual([
      'Full amnesty for all parties, and no future claims',
      'No amnesty; the point provides relief for victims instead',
      'Clause deleted',
      'Not mentioned in the account',
    ])
    expect(cellText('election-deadline')).toEqual(['100 days, at the latest', 'As soon as possible after signing', 'New timing not reported', 'As soon as possible after signing'])
    expect(cellText('nato-membership')[2]).toBe('New wording not reported')
    expect(cellText('army-cap')).not.toContain('Not known')
    expect(row('nato-membership').cells.get('geneva-19' as VersionId)!.changed).toBe(false)
  })

  it('shows both parties’ options where the point is not agreed, and counts them as a change when both move', () => {
    const donetsk = row('territory-donetsk').cells.get('ua-20' as VersionId)!
    expect(donetsk.text).toBe(
      'Not agreed: United States: Ukraine leaves the part it holds, which becomes a demilitarised free economic zone; Ukraine: Front line on the day of signing becomes the de facto line of contact',
    )
    expect(donetsk.changed).toBe(true)
  })

  it('keeps the terms of one clause together: territory’s regions in one block', () => {
    const clauses = matrix.rows.map((r) => r.lineage.id)
    const territory = clauses.flatMap((clause, index) => (clause === 'territory' ? [index] : []))
    expect(territory).toHaveLength(6)
    expect(territory.at(-1)! - territory[0]!).toBe(5)
  })

  it('compares against any chosen base', () => {
    const fromUa = buildMatrix(negotiation, all, 'ua-20' as VersionId)
    const armyCap = fromUa.rows.find((r) => r.term.id === 'army-cap')!
    expect(armyCap.cells.get('us-28' as VersionId)!.versusBase?.delta).toBe('−200,000 (−25%); in peacetime → at all times')
    expect(armyCap.cells.get('e3' as VersionId)!.changed).toBe(false)
    expect(armyCap.cells.get('ua-20' as VersionId)!.versusBase).toBeNull()
  })

  it('sorts numbers by amount and puts cells without a value last', () => {
    const keys = matrix.rows.map((r) => cellSortKey(r.cells.get('geneva-19' as VersionId)))
    const sorted = [...keys].sort(compareSortKeys)
    expect(sorted[0]).toEqual([0, 800_000])
    expect(sorted.at(-1)![0]).toBe(1)
  })
})
