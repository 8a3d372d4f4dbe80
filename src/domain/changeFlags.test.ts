import { describe, expect, it } from 'vitest'
import { getComparison } from './buildComparison.ts'
import { flagCell, flagComparison, flagTexts, rowHasFlag } from './changeFlags.ts'
import { flagSentence } from './flagLabels.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'
import type { VersionId } from './model.ts'

const sentences = (before: string, after: string) => flagTexts(before, after).map(flagSentence)

describe('flagTexts: each kind, in words', () => {
  it('says an obligation was weakened or strengthened, naming the words', () => {
    expect(sentences('European fighter jets will be stationed in Poland.', 'European fighter jets may be stationed in Poland.')).toEqual(['Obligation weakened: “will” → “may”'])
    expect(sentences('Each party should report every month.', 'Each party must report every month.')).toEqual(['Obligation strengthened: “should” → “must”'])
    expect(sentences('Ukraine joins the treaty.', 'Ukraine may join the treaty.')).toEqual(['Obligation weakened: “may” added in “Ukraine may join the treaty”'])
  })

  it('does not call a modal moved within the clause a change of strength', () => {
    expect(flagTexts('You must make the code available to all.', 'The code must be made available to all.').filter((flag) => flag.kind === 'obligation')).toEqual([])
  })

  it('flags a negation added or removed in wording that stays, and a "non-" prefix', () => {
    expect(sentences('NATO agrees to station troops in Ukraine.', 'NATO agrees not to station troops in Ukraine.')).toEqual(['Negation added: “agrees not to station”'])
    expect(flagTexts('a perpetual, non-sublicensable licence', 'a perpetual, sublicensable licence').map((flag) => flag.label)).toEqual(['Negation removed'])
    // "including but not limited to" is a scope idiom, not a negation.
    expect(flagTexts('a package, including but not limited to: funds', 'a package, including: funds').map((flag) => flag.kind)).toEqual(['scope'])
  })

  it('flags numbers, amounts, dates and durations, but not section or version numbers', () => {
    expect(sentences("Ukraine's armed forces are capped at 600,000 personnel.", "Ukraine's armed forces are capped at 800,000 personnel in peacetime.")).toEqual([
      'Number changed: “600,000 personnel” → “800,000 personnel”',
    ])
    expect(sentences('Ukraine holds elections within 100 days.', 'Ukraine holds elections as soon as possible.')).toEqual(['Number removed: “100 days”'])
    expect(flagTexts('as set out in Section 6.1 of version 1.0', 'as set out in Section 6.4 of version 1.1')).toEqual([])
    expect(flagTexts('Copyright (C) 2003 the author', 'Copyright (C) 2005 the author').map((flag) => flag.kind)).toEqual(['numbers'])
  })

  it('flags a party named in one version and not the other', () => {
    expect(sentences('An agreement is concluded between Russia, Ukraine and Europe.', 'An agreement is concluded between Russia, Ukraine and NATO.')).toEqual(['Party changed: “Europe” → “NATO”'])
    // A capitalised role before a defined term is the term ("Distributor Fee"), not a party.
    expect(flagTexts('either gratis or for a fee', 'either gratis or for a Distributor Fee').filter((flag) => flag.kind === 'parties')).toEqual([])
  })

  it('flags a condition added or removed, quoting it', () => {
    expect(sentences('If Ukraine invades Russia, it loses the guarantee.', 'If Ukraine invades Russia, it loses the guarantee; if Russia fires on Ukraine, the guarantees take effect.')).toEqual([
      'Condition added: “if Russia fires on Ukraine…”',
    ])
    expect(flagTexts('Funds stay frozen until then.', 'Funds stay frozen for now.').filter((flag) => flag.kind === 'conditions')).toEqual([])
  })

  it('flags scope words that widen or narrow, not idioms', () => {
    expect(sentences('Sanctions are reinstated and the recognition of territory is revoked.', 'Sanctions are reinstated and any recognition of territory is revoked.')).toEqual([
      'Scope widened: “any” added in “and any recognition of”',
    ])
    expect(flagTexts('modified in ways requested by the holder', 'modified only in ways requested by the holder').map((flag) => flag.label)).toEqual(['Scope narrowed'])
    expect(flagTexts('prisoners are exchanged on an “all for all” basis', 'all prisoners are exchanged on an “all for all” basis').map((flag) => flag.label)).toEqual(['Scope widened'])
    expect(flagTexts('No marks may be used', 'You agree not to use any marks').filter((flag) => flag.kind === 'scope')).toEqual([])
  })

  it('gives nothing for the same text, or a change of wording alone', () => {
    expect(flagTexts('Ukraine is to receive “reliable” security guarantees.', 'Ukraine is to receive “robust” security guarantees.')).toEqual([])
    expect(flagTexts('same', 'same')).toEqual([])
  })
})

describe('flags on the bundled comparison', () => {
  const negotiation = loadBundledNegotiation()
  const model = getComparison(negotiation, ['us-28', 'e3'] as VersionId[], 'first')
  const flags = flagComparison(model)
  const row = (key: string) => model.rows.find((candidate) => candidate.key === key)!

  it('flags the E3 column where the E3 text changed the US wording, and only there', () => {
    expect(flagCell(row('army-size').cells[1]!).map(flagSentence)).toEqual(['Number changed: “600,000 personnel” → “800,000 personnel”'])
    expect(flagCell(row('fighter-jets-poland').cells[1]!).map(flagSentence)).toEqual(['Party changed: “European” → “NATO”'])
    expect(flagCell(row('army-size').cells[0]!)).toEqual([])
    // A clause the E3 struck whole is its status, not a flag.
    expect(flagCell(row('no-invasion-no-expansion').cells[1]!)).toEqual([])
  })

  it('counts flagged cells by kind in row order, and filters rows by kind', () => {
    const byKind = new Map(flags.byKind)
    expect(byKind.get('numbers')?.map((entry) => entry.row.key)).toEqual(['army-size', 'frozen-assets', 'elections'])
    expect(rowHasFlag(flags, row('army-size'), ['numbers'])).toBe(true)
    expect(rowHasFlag(flags, row('army-size'), ['parties'])).toBe(false)
    expect(rowHasFlag(flags, row('sovereignty'), ['numbers', 'parties'])).toBe(false)
  })

  it('is deterministic', () => {
    expect(flagComparison(getComparison(negotiation, ['us-28', 'e3'] as VersionId[], 'first')).byKind.map(([kind, cells]) => [kind, cells.length])).toEqual(
      flags.byKind.map(([kind, cells]) => [kind, cells.length]),
    )
  })
})
