import { describe, expect, it } from 'vitest'
import { buildComparison } from './buildComparison.ts'
import { splitLayout } from './cellModel.ts'
import { buildMatrix } from './matrix.ts'
import type { VersionId } from './model.ts'
import type { TermCell } from './termCells.ts'
import { describeTermValue } from './terms.ts'
import { loadBundledNegotiation } from './testing/bundledNegotiation.ts'

const negotiation = loadBundledNegotiation()
const ids = negotiation.versions.map((version) => version.id)

/** Every term × version of the bundled negotiation, as the matrix and the comparison (its term lines) show it, with each version as the base. */
function pairs(base: VersionId) {
  const order = [base, ...ids.filter((id) => id !== base)]
  const matrix = buildMatrix(negotiation, order, base)
  const layouts = new Map(buildComparison(negotiation, order, 'first').rows.map((row) => [row.key, splitLayout(negotiation, row)]))
  return matrix.rows.flatMap((row) =>
    order.map((id, index) => {
      const cellView = layouts.get(row.lineage.id)?.cells[index]
      const compare: TermCell | null = cellView?.terms.find((line) => line.term.id === row.term.id)?.cell ?? null
      return { term: row.term, matrix: row.cells.get(id)!, compare, alternatives: cellView?.alternatives ?? [] }
    }),
  )
}

describe('domain/termWords: the matrix and the comparison word a term alike', () => {
  for (const base of ids) {
    it(`agrees on every term's value, rival options and dispute, against ${base}`, () => {
      const seen = { value: 0, options: 0, disputed: 0, missing: 0 }
      for (const { term, matrix, compare, alternatives } of pairs(base)) {
        if (compare === null) {
          // The comparison leaves out a term line only where its clause states the term nowhere.
          expect(matrix.value ?? matrix.options[0]).toBeUndefined()
          continue
        }
        const where = `${term.id} in ${matrix.version.id}`
        expect(compare.value, where).toEqual(matrix.value)
        expect(compare.options, where).toEqual(matrix.options)
        expect(compare.disputed, where).toEqual(matrix.disputed)
        if (matrix.value) {
          seen.value++
          expect(compare.text).toBe(describeTermValue(term, matrix.value))
        } else if (matrix.options.length > 0) {
          // The one named difference (oneLineText): the matrix names each option, the comparison lists them below.
          seen.options++
          expect(compare.text).toBe('Not agreed: see the rival options')
          expect(matrix.text).toBe(`Not agreed: ${matrix.options.map((option) => `${option.party}: ${option.text}`).join('; ')}`)
          expect(matrix.options.every((option) => alternatives.some((alternative) => alternative.party === option.party))).toBe(true)
          continue
        } else {
          seen.missing++
        }
        if (matrix.disputed) {
          seen.disputed++
          expect(matrix.text, where).toMatch(/^Disputed: /)
        } else expect(matrix.text, where).toBe(compare.text)
      }
      // The bundled negotiation has each kind of cell, so none of the checks above is vacuous.
      expect(Object.values(seen).every((count) => count > 0), JSON.stringify(seen)).toBe(true)
    })
  }

  it('puts a disputed value’s claims in the matrix’s one line, and the value the text follows on the term line', () => {
    const { matrix, compare } = pairs('us-28' as VersionId).find((pair) => pair.term.id === 'army-cap' && pair.matrix.version.id === 'geneva-19')!
    expect(compare?.text).toBe('800,000, in peacetime')
    expect(matrix.text).toBe('Disputed: 800,000 in peacetime (the FT, citing Ukrainian officials) (1 report) / No strict cap on the army (3 reports)')
  })
})
