import { describe, expect, it } from 'vitest'
import { nextChange } from './changeNavigation.ts'

const rows = ['a', 'b', 'c', 'd', 'e']
const changed = ['b', 'd']

describe('domain/changeNavigation', () => {
  it.each([
    { current: null, direction: 'next' as const, expected: 'b' },
    { current: null, direction: 'previous' as const, expected: 'd' },
    { current: 'b', direction: 'next' as const, expected: 'd' },
    { current: 'd', direction: 'previous' as const, expected: 'b' },
    { current: 'c', direction: 'next' as const, expected: 'd' },
    { current: 'c', direction: 'previous' as const, expected: 'b' },
    { current: 'd', direction: 'next' as const, expected: null },
    { current: 'a', direction: 'previous' as const, expected: null },
    { current: 'zz', direction: 'next' as const, expected: 'b' },
  ])('from $current going $direction lands on $expected', ({ current, direction, expected }) => {
    expect(nextChange(rows, changed, current, direction)).toBe(expected)
  })

  it('has nowhere to go without changes', () => {
    expect(nextChange(rows, [], null, 'next')).toBeNull()
  })
})
