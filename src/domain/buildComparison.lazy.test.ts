import { diffWords } from 'diff/lib/diff/word.js'
import type * as WordDiff from 'diff/lib/diff/word.js'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { buildComparison } from './buildComparison.ts'
import type { VersionId } from './model.ts'
import { syntheticNegotiation } from './testing/syntheticNegotiation.ts'

// Counts the word diffs actually run, still running the real one.
vi.mock('diff/lib/diff/word.js', async (importOriginal) => {
  const original = await importOriginal<typeof WordDiff>()
  return { ...original, diffWords: vi.fn(original.diffWords) }
})

describe('domain/buildComparison: a word diff runs only for what is read', () => {
  const negotiation = syntheticNegotiation({ clauses: 400, versions: 3, edited: 0.3, seed: 5 })
  const ids = ['v1', 'v2', 'v3'] as VersionId[]
  beforeEach(() => {
    vi.mocked(diffWords).mockClear()
  })

  it('knows which rows changed without diffing any', () => {
    const model = buildComparison(negotiation, ids)
    expect(model.rows.filter((row) => row.changed).length).toBeGreaterThan(100)
    expect(vi.mocked(diffWords).mock.calls).toHaveLength(0)
  })

  it('diffs a changed part the first time its tokens are read, and once', () => {
    const model = buildComparison(negotiation, ids)
    const part = model.rows.flatMap((row) => row.cells.flatMap((cell) => cell.parts ?? [])).find((candidate) => candidate.kind === 'changed')!
    expect(part.tokens.some((token) => token.kind !== 'equal')).toBe(true)
    expect(part.rewritten).toBe(false)
    void part.tokens
    expect(vi.mocked(diffWords).mock.calls).toHaveLength(1)
  })
})
