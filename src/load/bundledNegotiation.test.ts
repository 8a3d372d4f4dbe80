import { describe, expect, it } from 'vitest'
import type { ClauseId, VersionId } from '../domain/model.ts'
import { bundledFiles } from './bundledFiles.ts'
import { groupDataFiles } from './groupDataFiles.ts'
import { loadOrFail, ukraineFiles } from './testing/ukraineFiles.ts'

const PUBLIC_VERSION_IDS = ['us-28', 'e3', 'geneva-19', 'ua-20']
const PUBLIC_CLAUSE_IDS = [
  'sovereignty', 'non-aggression', 'no-invasion-no-expansion', 'russia-nato-dialogue',
  'security-guarantees', 'army-size', 'nato-membership', 'nato-troops', 'fighter-jets-poland',
  'us-guarantee', 'eu-membership', 'reconstruction', 'russia-reintegration', 'frozen-assets',
  'us-russia-working-group', 'non-aggression-law', 'arms-control', 'non-nuclear', 'zaporizhzhia-npp',
  'education-tolerance', 'territory', 'no-force-change', 'dnipro-black-sea', 'humanitarian',
  'elections', 'amnesty', 'peace-council', 'ceasefire',
]

const groups = groupDataFiles(bundledFiles)

describe('bundled data', () => {
  it('has every negotiation folder complete and valid', () => {
    expect(groups.size).toBeGreaterThan(0)
    for (const files of groups.values()) expect(() => loadOrFail(files)).not.toThrow()
  })

  const negotiation = loadOrFail(ukraineFiles)
  const version = (id: string) => negotiation.versions.find((v) => v.id === id)!

  it('ships the four public versions in date order', () => {
    // Other versions a user adds may sit among them; the public four keep their ids and order.
    expect(negotiation.versions.map((v) => v.id as string).filter((id) => PUBLIC_VERSION_IDS.includes(id))).toEqual(PUBLIC_VERSION_IDS)
  })

  it('uses exactly the public clause ids, plus new slugs only for clauses that later versions introduce', () => {
    const ids = negotiation.lineages.map((l) => l.id as string)
    expect(ids.slice(0, 28)).toEqual(PUBLIC_CLAUSE_IDS)
    for (const lineage of negotiation.lineages.slice(28)) expect(lineage.introducedIn).not.toBe('us-28')
    expect(ids).toContain('us-free-trade')
  })

  it('gives every lineage id a status in every version', () => {
    for (const v of negotiation.versions) {
      expect([...v.clauses.keys()]).toEqual(negotiation.lineages.map((l) => l.id))
    }
  })

  it('fills in "absent", not "unknown", for a clause that first appears outside a version’s line', () => {
    // The Geneva text is known only in part, but the 20-point plan's new clauses came after it.
    expect(version('geneva-19').clauses.get('us-free-trade' as ClauseId)).toMatchObject({ status: 'absent', implicit: true })
  })

  it('cites at least one existing source for every clause and option of every version', () => {
    for (const v of negotiation.versions) {
      for (const clause of v.clauses.values()) {
        expect(clause.sources.length, `${v.id}/${clause.clause}`).toBeGreaterThan(0)
        for (const ref of [...clause.sources, ...clause.alternatives.flatMap((a) => a.sources)]) {
          expect(negotiation.sources.has(ref.source), `${v.id}/${clause.clause} cites ${ref.source}`).toBe(true)
        }
      }
    }
  })

  it('gives every kept clause exactly the known text of the version it is based on', () => {
    let kept = 0
    for (const v of negotiation.versions) {
      if (!v.basedOn) continue
      const base = version(v.basedOn)
      for (const clause of v.clauses.values()) {
        if (clause.status !== 'kept') continue
        kept += 1
        const baseParts = base.clauses.get(clause.clause)!.parts
        expect(clause.parts.map((p) => p.key), `${v.id}/${clause.clause}`).toEqual(baseParts.map((p) => p.key))
        clause.parts.forEach((part, index) => {
          if (part.text !== null) expect(part.text, `${v.id}/${clause.clause}/${part.key}`).toBe(baseParts[index]!.text)
        })
      }
    }
    expect(kept).toBeGreaterThan(10)
  })

  it('models the US draft as 28 numbered points with their sub-points', () => {
    const us = version('us-28')
    const numbers = [...us.clauses.values()].filter((c) => c.status !== 'absent').map((c) => c.number)
    expect(numbers).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)))
    expect(us.clauses.get('territory' as ClauseId)!.parts.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd'])
    expect(us.textKnown).toBe('full')
  })

  it('models the E3 text as all 28 US slots with point 3 struck', () => {
    const e3 = version('e3')
    const slots = [...e3.clauses.values()].filter((c) => !c.implicit)
    expect(slots.map((c) => c.number)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)))
    expect(e3.clauses.get('no-invasion-no-expansion' as ClauseId)!.status).toBe('deleted')
    expect(slots.filter((c) => c.status === 'deleted')).toHaveLength(1)
  })

  it('marks the unreported clauses of the Geneva text unknown, with no text and a reason', () => {
    const geneva = version('geneva-19')
    const unknown = [...geneva.clauses.values()].filter((c) => c.status === 'unknown')
    expect(unknown.length).toBeGreaterThanOrEqual(16)
    for (const clause of unknown) {
      expect(clause.parts).toEqual([])
      expect(clause.confidence).toBeNull()
      expect(clause.note).toBeTruthy()
    }
    const status = (id: string) => geneva.clauses.get(id as ClauseId)!.status
    expect(status('amnesty')).toBe('deleted')
    expect(status('territory')).toBe('bracketed')
    expect(status('army-size')).toBe('amended')
    expect(status('frozen-assets')).toBe('deleted')
  })

  it('numbers the 20-point framework 1 to 20 and carries rival options on points 12 and 14', () => {
    const ua = version('ua-20')
    const numbered = [...ua.clauses.values()].filter((c) => c.number !== null)
    expect(numbered.map((c) => Number(c.number)).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    for (const id of ['zaporizhzhia-npp', 'territory']) {
      const clause = ua.clauses.get(id as ClauseId)!
      expect(clause.alternatives.map((a) => a.party)).toEqual(['United States', 'Ukraine'])
    }
  })

  it('keeps the contested army cap as typed values', () => {
    const cap = (id: string) => version(id).clauses.get('army-size' as ClauseId)!.terms.find((t) => t.term === 'army-cap')
    expect(cap('us-28')).toMatchObject({ kind: 'quantity', amount: 600_000, qualifier: 'at-all-times' })
    expect(cap('e3')).toMatchObject({ kind: 'quantity', amount: 800_000, qualifier: 'peacetime' })
  })

  it('names each source\'s publisher and keeps a copy apart from it', () => {
    const source = (id: string) => negotiation.sources.get(id as never)!
    expect(source('tass-e3-g8').publisherType).toBe('state-media')
    expect(source('5ch-e3-points-13-27').publisherType).toBe('forum')
    expect(source('pravda-net-de-points-23-28').publisherType).toBe('state-linked-network')
    const lavrov = source('theprint-reuters-lavrov')
    expect(lavrov.publisher).toBe('Reuters')
    expect(lavrov.copy).toMatchObject({ site: 'ThePrint', type: 'news-outlet' })
    for (const each of negotiation.sources.values()) expect(each.url ?? each.copy?.url).toMatch(/^https?:\/\//)
  })

  it('cites every source in the registry at least once', () => {
    const cited = new Set<string>()
    for (const v of negotiation.versions) {
      v.sources.forEach((ref) => cited.add(ref.source))
      for (const clause of v.clauses.values()) {
        if (clause.implicit) continue
        clause.sources.forEach((ref) => cited.add(ref.source))
        clause.alternatives.forEach((alt) => alt.sources.forEach((ref) => cited.add(ref.source)))
      }
    }
    negotiation.developments?.events.forEach((event) => event.sources.forEach((ref) => cited.add(ref.source)))
    expect([...negotiation.sources.keys()].filter((id) => !cited.has(id))).toEqual([])
  })

  it('states the default comparison as US 28-point against E3', () => {
    expect(negotiation.defaultComparison).toEqual(['us-28' as VersionId, 'e3' as VersionId])
  })
})
