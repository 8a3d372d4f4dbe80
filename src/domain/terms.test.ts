import { describe, expect, it } from 'vitest'
import type { TermDefinition, TermId, ClauseId } from './model.ts'
import { compareTerm, describeTermValue, formatAmount, formatAmountDelta } from './terms.ts'

const armyCap: TermDefinition = {
  id: 'army-cap' as TermId,
  kind: 'quantity',
  label: 'Army cap',
  clause: 'army-size' as ClauseId,
  unit: 'personnel',
  qualifiers: [
    { id: 'at-all-times', label: 'at all times' },
    { id: 'peacetime', label: 'in peacetime' },
  ],
}
const elections: TermDefinition = { ...armyCap, id: 'election-deadline' as TermId, unit: 'days', qualifiers: [{ id: 'at-the-latest', label: 'at the latest' }, { id: 'asap', label: 'as soon as possible after signing' }] }
const troops: TermDefinition = {
  id: 'nato-troops' as TermId,
  kind: 'choice',
  label: 'NATO troops',
  clause: 'nato-troops' as ClauseId,
  choices: [
    { id: 'barred', label: 'Barred outright' },
    { id: 'no-permanent', label: 'No permanent NATO-command troops in peacetime' },
  ],
}
const quantity = (amount: number | null, qualifier: string | null) => ({ term: 'x' as TermId, kind: 'quantity' as const, amount, qualifier })

describe('domain/terms', () => {
  it.each([
    { amount: 600_000, unit: 'personnel' as const, expected: '600,000' },
    { amount: 100e9, unit: 'usd' as const, expected: 'US$100 billion' },
    { amount: 800e9, unit: 'usd' as const, expected: 'US$800 billion' },
    { amount: 50, unit: 'percent' as const, expected: '50%' },
    { amount: 100, unit: 'days' as const, expected: '100 days' },
  ])('formats $amount $unit as $expected', ({ amount, unit, expected }) => {
    expect(formatAmount(amount, unit)).toBe(expected)
  })

  it.each([
    { from: 600_000, to: 800_000, unit: 'personnel' as const, expected: '+200,000 (+33%)' },
    { from: 800_000, to: 600_000, unit: 'personnel' as const, expected: '−200,000 (−25%)' },
    { from: 50, to: 33, unit: 'percent' as const, expected: '−17 percentage points' },
    { from: 100, to: 100, unit: 'days' as const, expected: 'no change' },
  ])('computes the delta $from → $to', ({ from, to, unit, expected }) => {
    expect(formatAmountDelta(from, to, unit)).toBe(expected)
  })

  it('reports the army cap change with number, percentage and scope', () => {
    const change = compareTerm(armyCap, quantity(600_000, 'at-all-times'), quantity(800_000, 'peacetime'))
    expect(change).toMatchObject({
      kind: 'changed',
      summary: '600,000, at all times → 800,000, in peacetime',
      delta: '+200,000 (+33%); at all times → in peacetime',
    })
  })

  it('describes a deadline that lost its number', () => {
    const change = compareTerm(elections, quantity(100, 'at-the-latest'), quantity(null, 'asap'))
    expect(change.summary).toBe('100 days, at the latest → As soon as possible after signing')
    expect(change.delta).toBe('at the latest → as soon as possible after signing')
  })

  it('distinguishes same, removed, added and unknown', () => {
    const barred = { term: 'nato-troops' as TermId, kind: 'choice' as const, choice: 'barred' }
    expect(compareTerm(troops, barred, barred).kind).toBe('same')
    expect(compareTerm(troops, barred, undefined)).toMatchObject({ kind: 'removed', summary: 'Barred outright → not in this text' })
    expect(compareTerm(troops, undefined, barred).kind).toBe('added')
    expect(compareTerm(troops, barred, { term: 'nato-troops' as TermId, kind: 'unknown' })).toMatchObject({ kind: 'unknown', summary: 'Barred outright → Not known' })
    expect(describeTermValue(troops, { term: 'nato-troops' as TermId, kind: 'choice', choice: 'no-permanent' })).toBe('No permanent NATO-command troops in peacetime')
  })
})
