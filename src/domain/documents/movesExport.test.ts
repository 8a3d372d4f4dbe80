import { describe, expect, it } from 'vitest'
import { describeComparison, describeFilters } from './describeComparison.ts'
import { findMoves } from '../moves.ts'
import { flagRow } from '../changeFlags.ts'
import { comparisonDocxBytes } from './exportDocx.ts'
import { comparisonMarkdown } from './exportMarkdown.ts'
import { filterRows } from '../filterRows.ts'
import { loadBundledNegotiation } from '../testing/bundledNegotiation.ts'
import { describeBundled } from '../testing/describeBundled.ts'
import { ownDrafts } from '../testing/movedDrafts.ts'
import { readZip } from '../testing/readZip.ts'

function movedDocument() {
  const { negotiation, model } = ownDrafts()
  const rows = filterRows(model, { topics: [], changedOnly: false, statuses: [], query: '' })
  return describeComparison(negotiation, model, rows, {
    filters: describeFilters({ topics: [], changed: false, query: '' }, negotiation),
    permalink: '#/w/moves/compare/a/b',
    clauseLink: (clause) => `#/w/moves/compare/a/b?clause=${clause}`,
    linksRelative: true,
    generatedAt: new Date('2026-01-02T10:30:00Z'),
    moves: findMoves(model),
    flagsOf: flagRow,
  })
}

const SENTENCE = 'NATO adds a provision to its statutes that Ukraine will not be admitted in future.'

describe('exports: moved text', () => {
  it('Markdown marks the moved sentence where it left and where it landed, saying where', () => {
    const markdown = comparisonMarkdown(movedDocument())
    expect(markdown).toContain(`**${SENTENCE}** _(moved from point 7)_`)
    expect(markdown).toContain(`~~${SENTENCE}~~ _(moved to point 9)_`)
    expect(markdown).not.toContain(`**${SENTENCE}**\n`)
  })

  it('Word has move revisions, each in a named range whose name its other end shares, and a comment saying where', async () => {
    const files = readZip(await comparisonDocxBytes(movedDocument()))
    const xml = files.get('word/document.xml')!
    const from = [...xml.matchAll(/<w:moveFromRangeStart ([^>]*)\/>\s*<w:moveFrom ([^>]*)>([\s\S]*?)<\/w:moveFrom>\s*<w:moveFromRangeEnd w:id="(\d+)"\/>/g)]
    const to = [...xml.matchAll(/<w:moveToRangeStart ([^>]*)\/>\s*<w:moveTo ([^>]*)>([\s\S]*?)<\/w:moveTo>\s*<w:moveToRangeEnd w:id="(\d+)"\/>/g)]
    // One move from point 7 to point 9, one within point 2.
    expect(from).toHaveLength(2)
    expect(to).toHaveLength(2)
    const name = (attributes: string) => /w:name="([^"]+)"/.exec(attributes)![1]
    const rangeId = (attributes: string) => /w:id="(\d+)"/.exec(attributes)![1]
    for (const [, start, , , end] of [...from, ...to]) expect(rangeId(start!)).toBe(end)
    expect(from.map(([, start]) => name(start!)).sort()).toEqual(to.map(([, start]) => name(start!)).sort())
    const between = from.find(([, , , body]) => body!.includes(SENTENCE))!
    expect(between[3]).toMatch(/<w:r>[\s\S]*<w:t[^>]*>NATO adds a provision/)
    expect(to.find(([, start]) => name(start!) === name(between[1]!))![3]).toContain(SENTENCE)
    // The moved words are not also a deletion and an insertion.
    expect([...xml.matchAll(/<w:ins [^>]*>([\s\S]*?)<\/w:ins>/g)].some(([, body]) => body!.includes('NATO adds a provision'))).toBe(false)
    const ids = [...xml.matchAll(/<w:(?:ins|del|moveFrom|moveTo|moveFromRangeStart|moveToRangeStart) w:id="(\d+)"/g)].map((match) => match[1])
    expect(new Set(ids).size).toBe(ids.length)
    const comments = files.get('word/comments.xml')!.replace(/<[^>]+>/g, ' ')
    expect(comments).toContain('Moved from point 7')
    expect(comments).toContain('Moved to point 9')
  })
})

describe('exports: disputed text', () => {
  const negotiation = loadBundledNegotiation()

  it('Geneva’s army cap says, beside the text, which report its wording follows and what the others say', () => {
    const markdown = comparisonMarkdown(describeBundled(negotiation, ['us-28', 'geneva-19']))
    expect(markdown).toContain(
      '_Not settled (army cap): this wording follows one report, by Kyiv Independent, citing Financial Times: 800,000 in peacetime (the FT, citing Ukrainian officials). Other reports differ: No strict cap on the army',
    )
  })

  it('Word says the same beside the text', async () => {
    const xml = readZip(await comparisonDocxBytes(describeBundled(negotiation, ['us-28', 'geneva-19']))).get('word/document.xml')!
    expect(xml.replace(/<[^>]+>/g, '')).toContain('Not settled (army cap): this wording follows one report, by Kyiv Independent, citing Financial Times')
  })
})
