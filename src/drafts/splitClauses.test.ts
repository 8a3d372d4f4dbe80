import { describe, expect, it } from 'vitest'
import type { DraftClause } from './draftClause.ts'
import { DRAFT_LIMITS } from './draftLimits.ts'
import { splitClauses } from './splitClauses.ts'

function split(text: string): DraftClause[] {
  const result = splitClauses(text)
  if (!result.ok) throw new Error(result.message)
  return [...result.clauses]
}

describe('splitClauses', () => {
  it('splits the ways drafters number points', () => {
    const numbers = (text: string) => split(text).map((clause) => clause.number)
    expect(numbers('1. One.\n2. Two.\n3) Three.')).toEqual(['1', '2', '3'])
    expect(numbers('Point 1. One.\nPoint 2: Two.')).toEqual(['1', '2'])
    expect(numbers('Article 1\nScope\nThe text applies.\nArticle 2\nIt ends.')).toEqual(['1', '2'])
    expect(numbers('§ 1 One.\n§2. Two.')).toEqual(['1', '2'])
    expect(numbers('I. One.\nII. Two.\nIV. Four.')).toEqual(['I', 'II', 'IV'])
    expect(numbers('## 1. Sovereignty\nUkraine is sovereign.\n## 2. Army\nCapped.')).toEqual(['1', '2'])
  })

  it('keeps a keyword heading on its own line as the title, and the wording below as text', () => {
    const [first] = split('Article 3: Scope\nThis agreement applies to all parties.')
    expect(first).toMatchObject({ number: '3', title: 'Scope', text: 'This agreement applies to all parties.' })
    const [point] = split('Point 3. Ukraine will hold elections in 100 days.')
    expect(point).toMatchObject({ number: '3', title: null, text: 'Ukraine will hold elections in 100 days.' })
  })

  it('reads "(a)" and "b)" as sub-points of the clause above', () => {
    const [clause] = split('10. The guarantee has conditions:\n(a) compensation;\nb) loss on invasion,\n   continued here.')
    expect(clause!.text).toBe('The guarantee has conditions:')
    expect(clause!.parts).toEqual([
      { label: 'a', text: 'compensation;' },
      { label: 'b', text: 'loss on invasion, continued here.' },
    ])
  })

  it('uses Markdown headings without numbers as titles of unnumbered clauses, and section headings as titles of the next point', () => {
    expect(split('# Security\nGuarantees apply.\n# Economy\nFunds flow.').map((c) => [c.title, c.text])).toEqual([
      ['Security', 'Guarantees apply.'],
      ['Economy', 'Funds flow.'],
    ])
    expect(split('# Chapter I\n1. First point.')).toMatchObject([{ number: '1', title: 'Chapter I', text: 'First point.' }])
  })

  it('keeps a preamble before the first point, and splits unnumbered text by paragraphs', () => {
    expect(split('The parties agree:\n1. One.').map((c) => c.number)).toEqual([null, '1'])
    expect(split('First paragraph\ncontinues.\n\nSecond paragraph.').map((c) => [c.number, c.text])).toEqual([
      ['¶1', 'First paragraph continues.'],
      ['¶2', 'Second paragraph.'],
    ])
  })

  it('does not take a number inside a sentence, a year or a decimal for a point', () => {
    expect(split('1. The cap is 600,000.\n2025 was the year of talks.').map((c) => c.number)).toEqual(['1'])
  })

  it('keeps markup as plain text', () => {
    const [clause] = split('1. <script>alert(1)</script> **bold** <img src=x onerror=alert(1)>')
    expect(clause!.text).toBe('<script>alert(1)</script> bold <img src=x onerror=alert(1)>')
  })

  it('refuses what breaks a limit, with a message', () => {
    expect(splitClauses('')).toEqual({ ok: false, message: 'No text was found to split into clauses.' })
    const many = Array.from({ length: DRAFT_LIMITS.clausesPerVersion + 1 }, (_, i) => `${i + 1}. Clause.`).join('\n')
    expect(splitClauses(many)).toEqual({ ok: false, clauses: 2_001, message: 'The text splits into 2,001 clauses; a version holds at most 2,000.' })
    const long = splitClauses(`1. ${'word '.repeat(5_000)}`)
    expect(long).toEqual({ ok: false, message: 'Clause 1 (line 1) is longer than 20,000 characters; split it.' })
  })

  it('reads letters as letters when the sequence says so, and roman numerals only in a roman sequence', () => {
    const letters = 'ABCDEFGHIJKLMNO'.split('').map((letter) => `${letter}. Item ${letter}.`).join('\n')
    const [clause] = split(`1. The list:\n${letters}`)
    expect(clause!.parts.map((part) => part.label)).toEqual('ABCDEFGHIJKLMNO'.split(''))
    const [nested] = split('1. Conditions:\n(a) first;\n(b) second:\n(i) one;\n(ii) two;\n(iii) three;\n(c) third;\n(d) fourth.')
    expect(nested!.parts.map((part) => part.label)).toEqual(['a', 'b', 'i', 'ii', 'iii', 'c', 'd'])
    // A top-level letter list is a list of clauses, even through C, D, I, L and M.
    expect(split('A. Alpha.\nB. Bravo.\nC. Charlie.\nD. Delta.').map((c) => c.number)).toEqual(['A', 'B', 'C', 'D'])
  })

  it('reads numbered headings and their sub-clauses as a tree: leaves are clauses, with their section heading', () => {
    const clauses = split('2. License Grants.\n2.1. The Initial Developer Grant.\nThe developer grants a licence.\n2.2. Contributor Grant.\nEach contributor grants one.\n3. REQUIREMENTS\n3.1 If a Contributor distributes the Program, then:\na) it is made available;\nb) it keeps the notices.\nSection 4 – Scope.\na. License grant.\n1. Subject to these terms, you may:\nA. reproduce; and\nB. share.')
    expect(clauses.map((c) => [c.number, c.title, c.section])).toEqual([
      ['2.1', 'The Initial Developer Grant', '2 License Grants'],
      ['2.2', 'Contributor Grant', '2 License Grants'],
      ['3.1', null, '3 REQUIREMENTS'],
      ['4', 'Scope', null],
    ])
    // Under a lettered sub-point, "1." and "A." are sub-points too, never clauses.
    expect(clauses[3]!.parts.map((part) => part.label)).toEqual(['a', '1', 'A', 'B'])
    expect(split('1.Definitions\nIn this Licence: the terms.\n2.Scope\nThe grant.').map((c) => [c.number, c.title])).toEqual([
      ['1', 'Definitions'],
      ['2', 'Scope'],
    ])
  })
})

describe('a keyword number on a wrapped line', () => {
  it('is a cross-reference, not a heading: “Section 4(b), as requested.” (CC BY 3.0, 4(a)) and “Section 2 of this Licence”', () => {
    const clauses = split(['4. Restrictions. The license granted is subject to these restrictions:', ' a. If You create a Collection, You must remove any credit as required by', '    Section 4(b), as requested. If You create an Adaptation, the same applies.', ' b. Rights granted under', 'Section 2 of this Licence are kept.', '5. Disclaimer.'].join('\n'))
    expect(clauses.map((clause) => clause.number)).toEqual(['4', '5'])
    expect(clauses[0]!.parts.map((part) => part.label)).toEqual(['a', 'b'])
    expect(clauses[0]!.parts[0]!.text).toContain('as required by Section 4(b), as requested. If You create an Adaptation')
  })

  it('still reads “Section 1 – Definitions.” and “Article 3 The parties” as headings', () => {
    expect(split('Section 1 – Definitions.\na. Adapted Material means material.\nSection 2 – Scope.\nThe scope.').map((clause) => clause.number)).toEqual(['1', '2'])
    expect(split('Article 3 The parties agree.\nArticle 4 Others agree.').map((clause) => clause.number)).toEqual(['3', '4'])
  })
})
