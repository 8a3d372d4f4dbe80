import { describe, expect, it } from 'vitest'
import { buildComparison, type ComparisonBase } from '../buildComparison.ts'
import { redlineLayout } from '../cellModel.ts'
import { describeComparison, describeFilters } from './comparisonDocument.ts'
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

  it('lists a disputed value as disputed, with each claim', () => {
    const { doc } = describeVersions(['us-28', 'geneva-19'])
    const army = doc.clauses.find((clause) => clause.key === 'army-size')!
    expect(army.cells[1]!.termChanges.some((line) => /^Army cap: Disputed: .+ \(1 report\) \/ .+ \(3 reports\)$/.test(line))).toBe(true)
  })
})
