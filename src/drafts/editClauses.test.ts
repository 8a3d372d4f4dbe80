import { describe, expect, it } from 'vitest'
import { mergeWithPrevious, retitleClause, splitClause } from './editClauses.ts'
import type { DraftClause } from './draftClause.ts'

const clause = (number: string, text: string, parts: DraftClause['parts'] = []): DraftClause => ({ number, title: null, text, parts, line: 1 })

describe('editing a split', () => {
  it('merges a clause into the one above, and splits it back at a point in its text', () => {
    const clauses = [clause('1', 'Sovereignty is confirmed.'), clause('2', 'Borders are respected.', [{ label: 'a', text: 'by all' }])]
    const merged = mergeWithPrevious(clauses, 1)
    expect(merged).toEqual([clause('1', 'Sovereignty is confirmed. Borders are respected.', [{ label: 'a', text: 'by all' }])])
    const split = splitClause(merged, 0, 'Sovereignty is confirmed.'.length)
    expect(split.map((c) => [c.number, c.text, c.parts.length])).toEqual([
      ['1', 'Sovereignty is confirmed.', 0],
      ['1-2', 'Borders are respected.', 1],
    ])
  })

  it('will not split off an empty clause, and renumbers and retitles', () => {
    const clauses = [clause('1', 'Text.')]
    expect(splitClause(clauses, 0, 0)).toEqual(clauses)
    expect(splitClause(clauses, 0, 5)).toEqual(clauses)
    expect(retitleClause(clauses, 0, ' 4 ', 'Army')).toEqual([{ ...clauses[0], number: '4', title: 'Army' }])
    expect(retitleClause(clauses, 0, '', '')).toEqual([{ ...clauses[0], number: null, title: null }])
  })
})
