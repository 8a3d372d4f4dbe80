import { describe, expect, it } from 'vitest'
import { versionLine } from './versionLine.ts'

describe('domain/versionLine', () => {
  const walk = (bases: Record<string, string>, start: string) => [...versionLine(start, (id) => bases[id])]

  it('walks from a version up through its bases', () => {
    expect(walk({ c: 'b', b: 'a' }, 'c')).toEqual(['c', 'b', 'a'])
  })

  it('stops where the chain comes back on itself, visiting each version once', () => {
    expect(walk({ a: 'b', b: 'a', c: 'a' }, 'c')).toEqual(['c', 'a', 'b'])
    expect(walk({ a: 'a' }, 'a')).toEqual(['a'])
  })

  it('walks a chain of 100,000 without recursion', () => {
    const bases = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`v${i + 1}`, `v${i}`]))
    expect(walk(bases, 'v100000')).toHaveLength(100_001)
  })
})
