import { describe, expect, it } from 'vitest'
import { buildComparison, type ComparisonBase } from '../buildComparison.ts'
import { redlineLayout } from '../cellModel.ts'
import { cellTextWords } from '../cellText.ts'
import { describeComparison, describeFilters } from './describeComparison.ts'
import { findMoves } from '../moves.ts'
import { flagRow } from '../changeFlags.ts'
import { comparisonMarkdown } from './exportMarkdown.ts'
import { filterRows } from '../filterRows.ts'
import type { VersionId } from '../model.ts'
import { loadBundledNegotiation } from '../testing/bundledNegotiation.ts'

const negotiation = loadBundledNegotiation()

function describeVersions(versions: string[], base: ComparisonBase = 'first') {
  const model = buildComparison(negotiation, versions as VersionId[], base)
  const rows = filterRows(model, { topics: [], changedOnly: false, statuses: [], query: '' })
  return {
    model,
    rows,
    doc: describeComparison(negotiation, model, rows, {
      filters: describeFilters({ topics: [], changed: false, query: '' }, negotiation),
      permalink: '#/compare',
      clauseLink: (clause) => `#/compare?clause=${clause}`,
      linksRelative: true,
      generatedAt: new Date('2026-01-02T10:30:00Z'),
      moves: findMoves(model),
      flagsOf: flagRow,
    }),
  }
}

describe('domain/documents/comparisonDocument', () => {
  it('states each cell as the cell model does: statuses against the chosen base', () => {
    for (const base of ['first', 'previous', 'own'] as const) {
      const { doc, rows } = describeVersions(['us-28', 'e3', 'ua-20'], base)
      rows.forEach((row, rowIndex) => {
        const layout = redlineLayout(negotiation, row)
        layout.cells.forEach((view, index) => {
          const exported = doc.clauses[rowIndex]!.cells[index]!
          if (view.status === null) expect(exported.status).toBe('Original draft')
          else expect(exported.status.startsWith(view.status.label)).toBe(true)
          if (view.text.kind === 'diff') expect(exported.redlineAgainst?.shortTitle).toBe(row.cells[index]!.base!.shortTitle)
        })
      })
    }
    const previous = describeVersions(['us-28', 'e3', 'ua-20'], 'previous').doc
    const army = previous.clauses.find((clause) => clause.key === 'army-size')!
    expect(army.cells[2]!.status).toMatch(/\(vs E3\)$|^Same as E3$|^Differs from E3$/)
  })

  it('never strikes a clause the account does not mention, and says so', () => {
    const { doc } = describeVersions(['us-28', 'ua-20'])
    const frozen = doc.clauses.find((clause) => clause.key === 'frozen-assets')!
    const cell = frozen.cells[1]!
    expect(cell.status).toBe('Not mentioned')
    expect(cell.parts).toEqual([])
    expect(cell.note).toMatch(/^Not mentioned in the account/)
    // The first column's text is printed in full, not folded into a redline nobody draws.
    expect(frozen.cells[0]!.parts.length).toBeGreaterThan(0)
    expect(frozen.cells[0]!.parts.flatMap((part) => part.runs).every((run) => run.kind === 'equal')).toBe(true)
    const markdown = comparisonMarkdown(doc)
    const section = markdown.slice(markdown.indexOf('[Frozen Russian assets]'), markdown.indexOf('\n### ', markdown.indexOf('[Frozen Russian assets]')))
    expect(section).not.toContain('~~')
  })

  it('names on paper the version a status is stated against, which the screen leaves out beside it', () => {
    const { doc, rows } = describeVersions(['us-28', 'e3'])
    const index = rows.findIndex((row) => row.key === 'army-size')
    const screen = redlineLayout(negotiation, rows[index]!).cells[1]!.status!
    expect([screen.label, screen.against]).toEqual(['Amended', null])
    expect(doc.clauses[index]!.cells[1]!.status).toBe('Amended (vs US 28-point)')
  })

  it('says on paper what the screen says where a cell has no text to draw', () => {
    const { doc, rows } = describeVersions(['us-28', 'e3', 'geneva-19', 'ua-20'])
    const worded = rows.flatMap((row, rowIndex) =>
      redlineLayout(negotiation, row).cells.flatMap((view, index) => {
        const { text } = view
        if (text.kind === 'plain' || text.kind === 'diff' || text.kind === 'folded') return []
        return [{ words: cellTextWords(text), own: 'note' in text ? text.note : null, note: doc.clauses[rowIndex]!.cells[index]!.note }]
      }),
    )
    expect(new Set(worded.map(({ words }) => words))).toEqual(new Set(['Not part of this version.', 'Not mentioned in the account.', 'Wording not published.', 'Not known.']))
    for (const { words, own, note } of worded) expect(note?.startsWith(`${words}${own ? ` ${own}` : ''}`)).toBe(true)
  })

  it('lays out the report in columns when asked, keeping the words of the redline', () => {
    const model = buildComparison(negotiation, ['us-28', 'e3'] as VersionId[])
    const rows = filterRows(model, { topics: [], changedOnly: false, statuses: [], query: '' })
    const options = { filters: '', permalink: '#/', clauseLink: () => '#/', linksRelative: true, generatedAt: new Date(0), moves: findMoves(model), flagsOf: flagRow }
    const redline = describeComparison(negotiation, model, rows, options)
    const columns = describeComparison(negotiation, model, rows, { ...options, layout: 'split' })
    const army = (doc: typeof redline) => doc.clauses.find((clause) => clause.key === 'army-size')!
    expect(army(columns).cells).toEqual(army(redline).cells)
    // Side by side, the left column strikes what the right removed; one below another, the redline below shows it.
    expect(army(redline).layout.cells[0]!.text).toEqual({ kind: 'folded', into: 'E3 below' })
    expect(army(columns).layout.cells[0]!.text).toMatchObject({ kind: 'diff', side: 'before' })
  })

  it('lists a disputed value as disputed, with each claim', () => {
    const { doc } = describeVersions(['us-28', 'geneva-19'])
    const army = doc.clauses.find((clause) => clause.key === 'army-size')!
    expect(army.cells[1]!.termChanges.some((line) => /^Army cap: Disputed: .+ \(1 report\) \/ .+ \(3 reports\)$/.test(line))).toBe(true)
  })
})
