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
