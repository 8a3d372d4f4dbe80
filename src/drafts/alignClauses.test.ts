import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignClauses } from './alignClauses.ts'
import { splitClauses } from './splitClauses.ts'

const clauses = (name: string) => {
  const split = splitClauses(readFileSync(`eval/drafts/corpus/${name}.txt`, 'utf8'))
  if (!split.ok) throw new Error(split.message)
  return split.clauses
}

describe('alignClauses on a text rewritten from scratch', () => {
  it('gives a shared number no weight when no clause pair shows the numbering is shared (Apache 1.1 → 2.0)', () => {
    const earlier = clauses('apache-1.1')
    const later = clauses('apache-2.0')
    const alignment = alignClauses(earlier, later)
    // 1.1's condition 1 (keep the notices in source) is not 2.0's 1 Definitions, nor its 2 the copyright grant.
    const sameNumber = alignment.links.flatMap((link, j) => (link.earlier !== null && earlier[link.earlier]!.number !== null && earlier[link.earlier]!.number === later[j]!.number ? [later[j]!.number] : []))
    expect(sameNumber).toEqual([])
    expect(alignment.links.some((link) => link.reason === 'same-number')).toBe(false)
  })
})

describe('alignClauses on clauses worded alike', () => {
  it('pairs a left-over clause with the earlier clause of its number, shown Unsure, when the numbering is shared', () => {
    // Every word is in most clauses, or a short number: nothing in the wording tells the clauses apart.
    const draft = (ending: string) => {
      const split = splitClauses(Array.from({ length: 300 }, (_, i) => `${i + 1}. Clause ${i + 1} on topic ${i % 23}, ${ending}.`).join('\n'))
      if (!split.ok) throw new Error(split.message)
      return split.clauses
    }
    const alignment = alignClauses(draft('as first drafted'), draft('amended'))
    expect(alignment.links.map((link) => link.earlier)).toEqual(Array.from({ length: 300 }, (_, i) => i))
    const byNumber = alignment.links.filter((link) => link.reason === 'number-only' && link.confidence < 0.45)
    // Clauses 1–99: their numbers are short, so only the number joins them, and the user is asked to check.
    expect(byNumber.length).toBeGreaterThanOrEqual(99)
    expect(alignment.links.filter((link) => link.reason === 'new')).toEqual([])
  })
})
