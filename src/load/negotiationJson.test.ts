import { published } from 'virtual:published-negotiations'
import { describe, expect, it } from 'vitest'
import type { VersionId } from '../domain/model.ts'
import { loadBundledNegotiation } from '../domain/testing/bundledNegotiation.ts'
import { syntheticNegotiation } from '../domain/testing/syntheticNegotiation.ts'
import { negotiationFromJson, negotiationToJson } from './negotiationJson.ts'

describe('the negotiation as the build ships it', () => {
  it('gives back exactly what the loader built, for the shipped drafts', () => {
    const negotiation = loadBundledNegotiation()
    expect(negotiationFromJson(negotiationToJson(negotiation))).toEqual(negotiation)
  })

  it('is what the app reads: the published module carries the loaded drafts', () => {
    const shipped = published.find((folder) => folder.folder === 'ukraine-2025')
    expect(shipped && 'json' in shipped).toBe(true)
    if (shipped && 'json' in shipped) expect(negotiationFromJson(shipped.json)).toEqual(loadBundledNegotiation())
  })

  it('gives back a long synthetic negotiation, rewritten and amended clauses included', () => {
    const negotiation = syntheticNegotiation({ clauses: 300, versions: 4, edited: 0.2, rewritten: 0.05, seed: 3 })
    const back = negotiationFromJson(negotiationToJson(negotiation))
    expect(back).toEqual(negotiation)
    expect([...back.versions[2]!.clauses.keys()]).toEqual([...negotiation.versions[2]!.clauses.keys()])
  })

  it('writes a wording once, however many versions keep it', () => {
    const negotiation = syntheticNegotiation({ clauses: 200, versions: 5, edited: 0.1, wordsPerClause: 150, seed: 9 })
    const json = negotiationToJson(negotiation)
    const first = negotiation.versions[0]!.clauses.get(negotiation.lineages[0]!.id)!.parts[0]!.text!
    const kept = negotiation.versions.filter((version) => version.clauses.get(negotiation.lineages[0]!.id)!.parts[0]!.text === first)
    expect(kept.length).toBeGreaterThan(1)
    expect(json.split(JSON.stringify(first).slice(1, -1)).length - 1).toBe(1)
    // Five versions of which each amends a tenth take well under twice the room of one.
    const one = negotiationToJson({ ...negotiation, versions: [negotiation.versions[0]!], defaultComparison: ['v1' as VersionId, 'v1' as VersionId] })
    expect(json.length).toBeLessThan(2 * one.length)
  })
})
