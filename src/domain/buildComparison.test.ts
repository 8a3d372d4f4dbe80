import { describe, expect, it } from 'vitest'
import { buildComparison, getComparison, getComparisonInSteps, type ComparisonModel } from './buildComparison.ts'
import { diffClauses } from './clauseDiff.ts'
import { summarizeRows } from './filterRows.ts'
import type { VersionId } from './model.ts'
import { makeClause } from './testing/factories.ts'
import { formatParts, formatTokens } from './testing/formatDiff.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'
import { syntheticNegotiation } from './testing/syntheticNegotiation.ts'

const negotiation = loadBundledNegotiation()
const ids = (...list: string[]) => list as VersionId[]
const row = (model: ComparisonModel, clause: string) => {
  const found = model.rows.find((r) => r.key === clause)
  if (!found) throw new Error(`no row ${clause}`)
  return found
}
/**
 * `number status` per column, e.g. `6 added | 6 amended`; `(vs x)` where the status is stated
 * against another version than the column's base, `~` where it was found by comparing the texts.
 */
const outline = (model: ComparisonModel, clause: string) =>
  row(model, clause)
    .cells.map(
      (cell) =>
        `${cell.clause.number ?? '–'} ${cell.status}${cell.statusDerived ? '~' : ''}${cell.statusAgainst && cell.base && cell.statusAgainst !== cell.base ? `(vs ${cell.statusAgainst.id})` : ''}`,
    )
    .join(' | ')

describe('domain/diffClauses', () => {
  it.each([
    {
      name: 'a changed part and an unchanged one',
      before: makeClause('added', { main: 'Russia does not obstruct the Dnipro.', grain: 'Grain ships freely.' }),
      after: makeClause('amended', { main: 'Russia does not obstruct the Dnipro and the Black Sea.', grain: 'Grain ships freely.' }),
      expected: 'main:changed Russia does not obstruct the Dnipro {+and the Black Sea+}.\ngrain:same Grain ships freely.',
    },
    {
      name: 'parts struck and added keep their reading order',
      before: makeClause('added', { a: 'Pay the US.', b: 'Lose it if you invade.', c: 'Snapback.', d: 'Missile clause.' }),
      after: makeClause('amended', { c: 'Snapback.', b: 'Lose it if you invade.', e: 'Bilateral deals allowed.' }),
      expected: 'a:removed [-Pay the US.-]\nc:same Snapback.\nb:same Lose it if you invade.\ne:added {+Bilateral deals allowed.+}\nd:removed [-Missile clause.-]',
    },
    {
      name: 'a part whose wording is not known is unknown, not deleted',
      before: makeClause('added', { main: 'No change by force.', breach: 'Guarantees lapse on breach.' }),
      after: makeClause('kept', { main: 'No change by force.', breach: null }),
      expected: 'main:same No change by force.\nbreach:unknown',
    },
    {
      name: 'a deleted clause strikes every part',
      before: makeClause('added', { main: 'NATO will not expand.' }),
      after: makeClause('deleted'),
      expected: 'main:removed [-NATO will not expand.-]',
    },
    {
      name: 'an added clause underlines every part',
      before: makeClause('absent'),
      after: makeClause('added', { main: 'Free trade with the US.' }),
      expected: 'main:added {+Free trade with the US.+}',
    },
  ])('$name', ({ before, after, expected }) => {
    expect(formatParts(diffClauses(before, after))).toBe(expected)
  })

  it('does not diff against a clause whose text is unknown or unpublished', () => {
    expect(diffClauses(makeClause('added', { main: 'x' }), makeClause('unknown'))).toBeNull()
    expect(diffClauses(makeClause('unknown'), makeClause('added', { main: 'x' }))).toBeNull()
    expect(diffClauses(makeClause('added', { main: 'x' }), makeClause('amended'))).toBeNull()
  })
})

describe('domain/buildComparison on the bundled drafts', () => {
  const usE3 = buildComparison(negotiation, ids('us-28', 'e3'))

  it('aligns the US draft and the E3 text on all 28 slots, skipping clauses neither has', () => {
    expect(usE3.rows).toHaveLength(28)
    expect(usE3.rows.map((r) => r.key)).not.toContain('us-free-trade')
  })

  it('marks the army cap change word by word and as a typed delta', () => {
    const cell = row(usE3, 'army-size').cells[1]!
    expect(cell.status).toBe('amended')
    expect(formatParts(cell.parts)).toBe("main:changed Ukraine's armed forces are capped at [-600,000-]{+800,000+} personnel {+in peacetime+}.")
    expect(cell.terms.map((t) => `${t.definition.label}: ${t.summary} (${t.delta})`)).toEqual([
      'Army cap: 600,000, at all times → 800,000, in peacetime (+200,000 (+33%); at all times → in peacetime)',
    ])
  })

  it('shows point 3 struck in the E3 text', () => {
    expect(outline(usE3, 'no-invasion-no-expansion')).toBe('3 added | 3 deleted')
    expect(row(usE3, 'no-invasion-no-expansion').changed).toBe(true)
  })

  it('shows a replaced clause as rewritten rather than as scattered word changes', () => {
    const parts = row(usE3, 'frozen-assets').cells[1]!.parts!
    expect(parts.map((p) => `${p.key}:${p.kind}`)).toEqual(['main:added', 'us-led-fund:removed', 'europe-adds:removed', 'european-funds:removed', 'us-russia-vehicle:removed'])
  })

  it('keeps unknown clauses of the Geneva text unknown, with no diff and no change', () => {
    const usGeneva = buildComparison(negotiation, ids('us-28', 'geneva-19'))
    const sovereignty = row(usGeneva, 'sovereignty')
    expect(outline(usGeneva, 'sovereignty')).toBe('1 added | – unknown')
    expect(sovereignty.cells[1]!.parts).toBeNull()
    expect(sovereignty.changed).toBe(false)
    expect(sovereignty.unknown).toBe(true)
    expect(usGeneva.rows.filter((r) => r.unknown).length).toBeGreaterThanOrEqual(16)
    // A clause amended with unpublished wording is a change, but there is no text to diff.
    expect(row(usGeneva, 'elections').cells[1]).toMatchObject({ status: 'amended', parts: null, changed: true })
  })

  it('aligns by lineage across different numbering', () => {
    const usUa = buildComparison(negotiation, ids('us-28', 'ua-20'))
    expect(outline(usUa, 'army-size')).toBe('6 added | 4 amended')
    expect(outline(usUa, 'us-free-trade')).toBe('– absent | 10 added')
    expect(formatParts(row(usUa, 'us-guarantee').cells[1]!.parts).split('\n').map((line) => line.split(' ')[0])).toEqual([
      'main:rewritten', 'compensation:removed', 'russia-invades:changed', 'ukraine-invades:changed', 'bilateral:added', 'missile:removed',
    ])
  })

  it('states each column against the first by default, and the statuses the data gives against it', () => {
    const threeWay = buildComparison(negotiation, ids('us-28', 'e3', 'ua-20'))
    expect(outline(threeWay, 'army-size')).toBe('6 added | 6 amended | 4 amended')
    expect(formatTokens(row(threeWay, 'army-size').cells[2]!.parts![0]!.tokens)).toBe(
      "Ukraine's armed forces [-are capped-]{+remain+} at [-600,000-]{+800,000+} personnel {+in peacetime+}.",
    )
  })

  it('against the column before, works a status out from the texts where the version does not revise that column', () => {
    const threeWay = buildComparison(negotiation, ids('us-28', 'e3', 'ua-20'), 'previous')
    // ua-20 is based on us-28, so against E3 its status is worked out from the texts.
    expect(outline(threeWay, 'army-size')).toBe('6 added | 6 amended | 4 amended~')
    expect(outline(threeWay, 'elections')).toBe('25 added | 25 amended | 18 kept~')
    expect(outline(threeWay, 'territory')).toBe('21 added | 21 amended | 14 bracketed')
    expect(formatTokens(row(threeWay, 'army-size').cells[2]!.parts![0]!.tokens)).toBe("Ukraine's armed forces [-are capped-]{+remain+} at 800,000 personnel in peacetime.")
  })

  it('says which version a status is stated against when it is not the previous column', () => {
    const model = buildComparison(negotiation, ids('geneva-19', 'ua-20'))
    // Geneva's text is unknown here, so the 20-point status can only be given against the US draft.
    expect(outline(model, 'non-nuclear')).toBe('– unknown | 11 kept(vs us-28)')
  })

  it('works in any column order', () => {
    const reversed = buildComparison(negotiation, ids('ua-20', 'us-28'))
    expect(outline(reversed, 'army-size')).toBe('4 amended | 6 amended~')
    expect(outline(reversed, 'amnesty')).toBe('– not-mentioned | 26 added')
    expect(outline(reversed, 'recovery-funds')).toBe('9 added | – absent')
  })

  it('memoizes per column order and base', () => {
    const first = getComparison(negotiation, ids('us-28', 'e3'))
    expect(getComparison(negotiation, ids('us-28', 'e3'))).toBe(first)
    expect(getComparison(negotiation, ids('e3', 'us-28'))).not.toBe(first)
    expect(getComparison(negotiation, ids('us-28', 'e3'), 'previous')).not.toBe(first)
  })
})

describe('domain/getComparisonInSteps: a long comparison built a slice at a time', () => {
  const negotiation = syntheticNegotiation({ clauses: 2000, versions: 5, edited: 0.1, seed: 11 })
  const ids = ['v1', 'v2', 'v3', 'v4', 'v5'] as VersionId[]

  it('stops every hundred rows, builds what buildComparison builds, and is the comparison getComparison then hands out', () => {
    const steps = getComparisonInSteps(negotiation, ids, 'previous')
    let stops = 0
    let step = steps.next()
    for (; !step.done; step = steps.next()) stops++
    expect(stops).toBe(20)
    expect(step.value).toEqual(buildComparison(negotiation, ids, 'previous'))
    expect(getComparison(negotiation, ids, 'previous')).toBe(step.value)
    // Built once: asked again, it is handed out at once.
    expect(getComparisonInSteps(negotiation, ids, 'previous').next()).toEqual({ done: true, value: step.value })
  })
})

describe('domain/buildComparison with unpublished wording', () => {
  it('states a status against the version’s own base when either side’s wording is unpublished', () => {
    const model = buildComparison(negotiation, ids('us-28', 'e3', 'geneva-19', 'ua-20'), 'previous')
    expect(outline(model, 'elections')).toBe('25 added | 25 amended | – amended(vs us-28) | 18 amended(vs us-28)')
  })
})

describe('domain/compareClauseTerms', () => {
  it('treats a term missing from an unknown text as unknown, not as added', () => {
    const model = buildComparison(negotiation, ids('geneva-19', 'ua-20'))
    const terms = row(model, 'us-guarantee').cells[1]!.terms
    expect(terms.map((t) => `${t.definition.id}:${t.kind}`)).toEqual(['guarantee-form:unknown', 'guarantee-void-if:unknown'])
    expect(terms[0]!.summary).toBe('Not known → Article 5-style guarantees from the US, NATO and European signatories')
  })

  it('says a term is not agreed, not dropped, when only the rival options carry it', () => {
    const model = buildComparison(negotiation, ids('us-28', 'ua-20'))
    const [znpp] = row(model, 'zaporizhzhia-npp').cells[1]!.terms
    expect(znpp).toMatchObject({ kind: 'unknown', to: { note: 'Not agreed: see the rival options' } })
  })
})

describe('domain/buildComparison: what counts as a change', () => {
  it('does not call a clause amended when the only difference is wording nobody knows', () => {
    const model = buildComparison(negotiation, ids('e3', 'ua-20'))
    expect(outline(model, 'no-force-change')).toBe('22 kept | 15 kept(vs us-28)')
    expect(row(model, 'no-force-change').changed).toBe(false)
  })

  it('does not count a status stated against another version, or a shared state, as a change', () => {
    expect(row(buildComparison(negotiation, ids('e3', 'geneva-19')), 'army-size').changed).toBe(false)
    const genevaUa = buildComparison(negotiation, ids('geneva-19', 'ua-20'))
    expect(row(genevaUa, 'territory').changed).toBe(false)
    expect(row(genevaUa, 'fighter-jets-poland').changed).toBe(false)
    expect(row(genevaUa, 'elections').changed).toBe(false)
    // A real difference still shows, whatever the statuses say.
    expect(row(genevaUa, 'non-aggression').changed).toBe(false)
    // Kyiv's account keeps the army at 800,000 where Geneva caps it there: a change of framing, shown as one.
    expect(row(genevaUa, 'army-size').changed).toBe(true)
    expect(row(buildComparison(negotiation, ids('us-28', 'geneva-19')), 'territory').changed).toBe(true)
  })
})

describe('domain/summarizeRows', () => {
  it('groups each column’s counts by the version the statuses are stated against', () => {
    const model = buildComparison(negotiation, ids('e3', 'geneva-19'))
    const summary = summarizeRows(model, model.rows).map(
      (group) => `${group.version.id} vs ${group.against?.id ?? '(states)'}: ${group.counts.map(([status, n]) => `${n} ${status}`).join(', ')}`,
    )
    expect(summary).toEqual(['geneva-19 vs us-28: 2 amended, 3 deleted', 'geneva-19 vs (states): 3 bracketed, 4 separate-track, 16 unknown'])
  })
})
