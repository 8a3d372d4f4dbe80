import { describe, expect, it } from 'vitest'
import { clauseHistory } from './clauseHistory.ts'
import type { ClauseId } from './model.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'
import { formatParts } from './testing/formatDiff.ts'

const negotiation = loadBundledNegotiation()
const outline = (clause: string) =>
  clauseHistory(negotiation, clause as ClauseId).map((e) => `${e.version.id}:${e.clause.status}${e.against ? `<${e.against.id}` : ''}`)

describe('domain/clauseHistory', () => {
  it('follows a clause through every version in date order', () => {
    expect(outline('army-size')).toEqual(['us-28:added', 'e3:amended<us-28', 'geneva-19:amended<e3', 'ua-20:amended<geneva-19'])
  })

  it('diffs past a version whose text of the clause is unknown', () => {
    expect(outline('sovereignty')).toEqual(['us-28:added', 'e3:kept<us-28', 'geneva-19:unknown<e3', 'ua-20:amended<e3'])
    const ua = clauseHistory(negotiation, 'sovereignty' as ClauseId).at(-1)!
    expect(formatParts(ua.parts)).toBe("main:changed Ukraine's sovereignty is to be confirmed {+by every signatory+}.")
  })

  it('skips a version whose new wording was never published', () => {
    expect(outline('elections')).toEqual(['us-28:added', 'e3:amended<us-28', 'geneva-19:amended<e3', 'ua-20:amended<e3'])
    const ua = clauseHistory(negotiation, 'elections' as ClauseId).at(-1)!
    expect(formatParts(ua.parts)).toBe('main:same Ukraine holds elections as soon as possible after the peace agreement is signed.')
  })

  it('carries typed terms and rival options along', () => {
    const territory = clauseHistory(negotiation, 'territory' as ClauseId)
    expect(territory.at(-1)!.clause.alternatives.map((a) => a.party)).toEqual(['United States', 'Ukraine'])
    const e3Terms = territory[1]!.terms.map((t) => `${t.definition.id}:${t.kind}`)
    expect(e3Terms).toContain('territory-crimea:changed')
  })
})
