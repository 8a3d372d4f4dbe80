import { published } from 'virtual:published-negotiations'
import { rest } from 'virtual:published-negotiations-rest'
import { describe, expect, it } from 'vitest'
import { buildComparison } from '../domain/buildComparison.ts'
import type { Negotiation, SourceRef, VersionId } from '../domain/model.ts'
import { loadBundledNegotiation } from '../domain/testing/bundledNegotiation.ts'
import { syntheticNegotiation } from '../domain/testing/syntheticNegotiation.ts'
import { negotiationToJson, openingFromJson } from './negotiationJson.ts'
import { completeNegotiation, negotiationFromJson } from './negotiationRest.ts'

describe('the negotiation as the build ships it', () => {
  it('gives back exactly what the loader built, for the shipped drafts', () => {
    const negotiation = loadBundledNegotiation()
    expect(negotiationFromJson(negotiationToJson(negotiation))).toEqual(negotiation)
  })

  it('is what the app reads: the published module carries the loaded drafts', () => {
    const shipped = published.find((folder) => folder.folder === 'ukraine-2025')
    expect(shipped && 'opening' in shipped).toBe(true)
    if (shipped && 'opening' in shipped) expect(negotiationFromJson({ opening: shipped.opening, rest: rest['ukraine-2025']! })).toEqual(loadBundledNegotiation())
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
    const both = json.opening + json.rest
    expect(both.split(JSON.stringify(first).slice(1, -1)).length - 1).toBe(1)
    // Five versions of which each amends a tenth take well under twice the room of one.
    const one = negotiationToJson({ ...negotiation, versions: [negotiation.versions[0]!], defaultComparison: ['v1' as VersionId, 'v1' as VersionId] })
    expect(both.length).toBeLessThan(2 * (one.opening.length + one.rest.length))
  })
})

/** A negotiation as its opening holds it until the rest arrives: no descriptions, no notes on source references. */
function undescribed(negotiation: Negotiation): Negotiation {
  const withoutNotes = (refs: readonly SourceRef[]) => refs.map(({ note: _note, ...ref }) => ref)
  return {
    ...negotiation,
    summary: '',
    versions: negotiation.versions.map(({ dateNote: _dateNote, ...version }) => ({
      ...version,
      publication: '',
      drafters: '',
      summary: '',
      sources: withoutNotes(version.sources),
      clauses: new Map([...version.clauses].map(([id, clause]) => [id, { ...clause, sources: withoutNotes(clause.sources) }])),
    })),
  }
}

describe('the opening, what the first view draws before the rest arrives', () => {
  const negotiation = loadBundledNegotiation()
  const parts = negotiationToJson(negotiation)
  const opening = openingFromJson(parts.opening)
  const pair = negotiation.defaultComparison

  it("holds the default pair's versions as they are, less what only pages that wait for the rest show, and every version's heading", () => {
    expect(opening.negotiation.versions.map((version) => version.id)).toEqual(pair)
    const { versions: expected } = undescribed(negotiation)
    for (const version of opening.negotiation.versions) {
      expect(version).toEqual(expected.find((entry) => entry.id === version.id))
      expect(version.clauses.size).toBe(negotiation.lineages.length)
      // The descriptions and notes are in the rest, not in what the first view waits for.
      const { publication } = negotiation.versions.find((entry) => entry.id === version.id)!
      expect(parts.opening).not.toContain(JSON.stringify(publication).slice(1, -1))
      expect(parts.rest).toContain(JSON.stringify(publication).slice(1, -1))
    }
    const refs = opening.negotiation.versions.flatMap((version) => [...version.sources, ...[...version.clauses.values()].flatMap((clause) => clause.sources)])
    expect(refs.length).toBeGreaterThan(0)
    expect(refs.filter((ref) => ref.note !== undefined)).toEqual([])
    expect(parts.opening).not.toContain(JSON.stringify(negotiation.summary).slice(1, -1))
    expect(opening.headings).toEqual(negotiation.versions.map(({ id, title, shortTitle, date, textKnown, basedOn }) => ({ id, title, shortTitle, date, textKnown, basedOn })))
    expect(opening.negotiation.lineages).toEqual(negotiation.lineages)
    expect(opening.negotiation.terms).toEqual(negotiation.terms)
    expect(opening.negotiation.topics).toEqual(negotiation.topics)
  })

  it('draws the comparison of the pair exactly as the whole negotiation does, under every base, but for what only later pages show', () => {
    for (const versions of [pair, [...pair].reverse()])
      for (const base of ['first', 'previous', 'own'] as const) {
        expect(buildComparison(opening.negotiation, versions, base)).toEqual(buildComparison(undescribed(negotiation), versions, base))
      }
  })

  it('leaves the other versions and every source record to the rest', () => {
    expect(opening.negotiation.sources.size).toBe(0)
    expect(parts.opening).not.toContain('"publisherType"')
    const later = negotiation.versions.find((version) => version.id === 'ua-20')!
    expect(parts.opening).not.toContain(later.publication)
    // A wording only a later version has is in the rest alone.
    const only = [...later.clauses.values()].flatMap((clause) => clause.parts.map((part) => part.text)).find((text) => text && !parts.opening.includes(JSON.stringify(text).slice(1, -1)))
    expect(only).toBeTruthy()
    expect(parts.rest).toContain(JSON.stringify(only).slice(1, -1))
  })

  it('takes in the versions the pair is based on, so that a comparison of the pair never reads beyond it', () => {
    const synthetic = syntheticNegotiation({ clauses: 40, versions: 4, edited: 0.2, seed: 5 })
    const [v1, v2, v3] = synthetic.versions
    const skipping = { ...synthetic, defaultComparison: [v1!.id, v3!.id] as const }
    expect(v3!.basedOn).toBe(v2!.id)
    const skippingOpening = openingFromJson(negotiationToJson(skipping).opening)
    expect(skippingOpening.negotiation.versions.map((version) => version.id)).toEqual([v1!.id, v2!.id, v3!.id])
    expect(buildComparison(skippingOpening.negotiation, [v3!.id, v1!.id], 'own')).toEqual(buildComparison(undescribed(skipping), [v3!.id, v1!.id], 'own'))
  })

  it("completes into the whole negotiation, keeping the opening's own objects", () => {
    const complete = completeNegotiation(opening, parts.rest)
    expect(complete).toEqual(negotiation)
    for (const version of opening.negotiation.versions) expect(complete.versions.find((entry) => entry.id === version.id)).toBe(version)
  })
})
