import { describe, expect, it } from 'vitest'
import { clauseHistory } from './clauseHistory.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'
import { formatParts } from './testing/formatDiff.ts'
import { makeClause } from './testing/factories.ts'
import type { ClauseId, Negotiation, Version, VersionId } from './model.ts'

/** v1 has clause c, v2 (based on v1) leaves it unknown, v3 (based on v2) amends it. */
function syntheticChain(): Negotiation {
  const version = (id: string, basedOn: string | null, status: Parameters<typeof makeClause>[0], text?: string): Version => ({
    id: id as VersionId, title: id, shortTitle: id, date: '2025-01-01', parties: [], drafters: '', publication: '', textKnown: 'full',
    basedOn: basedOn as VersionId | null, pointCount: '', summary: '', sources: [],
    clauses: new Map([['c' as ClauseId, makeClause(status, text === undefined ? {} : { main: text })]]),
  })
  return {
    id: 'chain', title: '', summary: '', topics: [], terms: [], sources: new Map(), defaultComparison: ['v1' as VersionId, 'v2' as VersionId],
    lineages: [{ id: 'c' as ClauseId, title: 'C', topics: [], introducedIn: 'v1' as VersionId }],
    versions: [version('v1', null, 'added', 'One.'), version('v2', 'v1', 'unknown'), version('v3', 'v2', 'amended', 'Two.')],
  }
}

const negotiation = loadBundledNegotiation()
const outline = (clause: string) =>
  clauseHistory(negotiation, clause as ClauseId).map((e) => `${e.version.id}:${e.clause.status}${e.against ? `<${e.against.id}` : ''}`)

describe('domain/clauseHistory', () => {
  it('follows a clause through every version in date order, each against the version it revises', () => {
    expect(outline('army-size')).toEqual(['us-28:added', 'e3:amended<us-28', 'geneva-19:amended<us-28', 'ua-20:amended<us-28'])
    const ua = clauseHistory(negotiation, 'sovereignty' as ClauseId).at(-1)!
    expect(formatParts(ua.parts)).toBe("main:changed Ukraine's sovereignty is to be confirmed {+by every signatory+}.")
  })

  it('never takes a rival draft for an ancestor', () => {
    // E3 and Geneva both revise the US draft; neither is compared with the other.
    expect(outline('elections')).toEqual(['us-28:added', 'e3:amended<us-28', 'geneva-19:amended<us-28', 'ua-20:amended<us-28'])
  })

  it('walks past a base whose wording of the clause is not known', () => {
    const draft = syntheticChain()
    expect(clauseHistory(draft, 'c' as ClauseId).map((e) => `${e.version.id}<${e.against?.id ?? ''}`)).toEqual(['v1<', 'v2<v1', 'v3<v1'])
  })

  it('carries typed terms and rival options along', () => {
    const territory = clauseHistory(negotiation, 'territory' as ClauseId)
    expect(territory.at(-1)!.clause.alternatives.map((a) => a.party)).toEqual(['United States', 'Ukraine'])
    const e3Terms = territory[1]!.terms.map((t) => `${t.definition.id}:${t.kind}`)
    expect(e3Terms).toContain('territory-crimea:changed')
  })
})
