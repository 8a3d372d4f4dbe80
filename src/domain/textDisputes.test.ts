import { describe, expect, it } from 'vitest'
import { buildComparison } from './buildComparison.ts'
import { redlineLayout, splitLayout } from './cellModel.ts'
import type { VersionId } from './model.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'

const negotiation = loadBundledNegotiation()

function row(versions: string[], clause: string) {
  const model = buildComparison(negotiation, versions as VersionId[])
  return model.rows.find((candidate) => candidate.key === clause)!
}

describe('domain/cellModel: a disputed text does not look settled', () => {
  it('Geneva’s army cap: the wording follows the one report that carries it, the rival claim stands beside it', () => {
    const geneva = redlineLayout(negotiation, row(['us-28', 'geneva-19'], 'army-size')).cells[1]!
    expect(geneva.text.kind).toBe('diff')
    expect(geneva.textDisputes).toHaveLength(1)
    const [dispute] = geneva.textDisputes
    expect(dispute!.term?.id).toBe('army-cap')
    expect(dispute!.follows?.claim).toMatch(/^800,000 in peacetime/)
    // The Kyiv Independent relays the FT: the one source recorded as carrying the 800,000 wording.
    expect(dispute!.followedSources.map((ref) => ref.source)).toEqual(['kyivindependent-800k'])
    expect(dispute!.others.map((claim) => claim.claim)).toEqual(['No strict cap on the army'])
    // The term line keeps its own dispute as well.
    expect(geneva.terms.find(({ term }) => term.id === 'army-cap')?.cell.disputed).not.toBeNull()
  })

  it('side by side too; the settled US text beside it carries no dispute', () => {
    const [us, geneva] = splitLayout(negotiation, row(['us-28', 'geneva-19'], 'army-size')).cells
    expect(us!.textDisputes).toEqual([])
    expect(geneva!.textDisputes[0]!.follows?.claim).toMatch(/^800,000/)
  })

  it('a wording the sources carrying it split on follows none of them alone, and is not repeated below the text', () => {
    const e3 = redlineLayout(negotiation, row(['us-28', 'e3'], 'non-aggression')).cells[1]!
    expect(e3.textDisputes).toHaveLength(1)
    expect(e3.textDisputes[0]!.follows).toBeNull()
    expect(e3.textDisputes[0]!.others).toHaveLength(2)
    expect(e3.wordingDisputes).toEqual([])
  })

  it('a dispute about the status stays a status dispute, not a text dispute', () => {
    const geneva = redlineLayout(negotiation, row(['us-28', 'geneva-19'], 'nato-membership')).cells[1]!
    expect(geneva.textDisputes).toEqual([])
    expect(geneva.wordingDisputes).toHaveLength(1)
  })
})
