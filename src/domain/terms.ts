import type { TermDefinition, TermUnit, TermValue } from './model.ts'

// Made on first use: creating an Intl formatter loads locale data, about 25 ms on a cold page
// load, and most first views format no number.
let grouped: Intl.NumberFormat | undefined
const formatGrouped = (value: number) => (grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(value)

/**
 * A quantity in plain words.
 * @example formatAmount(600000, 'personnel') // '600,000'
 * @example formatAmount(100e9, 'usd') // 'US$100 billion'
 */
export function formatAmount(amount: number, unit: TermUnit): string {
  switch (unit) {
    case 'usd':
      if (Math.abs(amount) >= 1e9) return `US$${formatGrouped(amount / 1e9)} billion`
      if (Math.abs(amount) >= 1e6) return `US$${formatGrouped(amount / 1e6)} million`
      return `US$${formatGrouped(amount)}`
    case 'percent':
      return `${formatGrouped(amount)}%`
    case 'days':
      return `${formatGrouped(amount)} ${amount === 1 ? 'day' : 'days'}`
    case 'personnel':
      return formatGrouped(amount)
  }
}

function signed(text: string, negative: boolean): string {
  return negative ? `−${text}` : `+${text}`
}

/**
 * The change between two amounts, with the relative change where it means something.
 * @example formatAmountDelta(600000, 800000, 'personnel') // '+200,000 (+33%)'
 */
export function formatAmountDelta(from: number, to: number, unit: TermUnit): string {
  const difference = to - from
  if (difference === 0) return 'no change'
  const absolute =
    unit === 'percent'
      ? `${formatGrouped(Math.abs(difference))} percentage points`
      : formatAmount(Math.abs(difference), unit)
  const main = signed(absolute, difference < 0)
  if (from === 0 || unit === 'percent') return main
  const relative = (difference / from) * 100
  // A change too small to round to 1% is still a change, so it says "<1%" rather than "0%".
  const magnitude = Math.abs(relative) < 1 ? '<1%' : `${Math.round(Math.abs(relative))}%`
  return `${main} (${signed(magnitude, relative < 0)})`
}

/** A term's value in plain words: "800,000, in peacetime", "Barred outright", "Not known". */
export function describeTermValue(definition: TermDefinition, value: TermValue | undefined): string {
  if (value === undefined) return 'Not in this text'
  if (value.kind === 'unknown') return value.note ?? 'Not known'
  if (value.kind === 'choice' && definition.kind === 'choice') {
    return definition.choices.find((choice) => choice.id === value.choice)?.label ?? value.choice
  }
  if (value.kind === 'quantity' && definition.kind === 'quantity') {
    const qualifier = definition.qualifiers.find((q) => q.id === value.qualifier)?.label ?? null
    if (value.amount === null) return qualifier ? capitalize(qualifier) : 'Not known'
    const amount = formatAmount(value.amount, definition.unit)
    return qualifier ? `${amount}, ${qualifier}` : amount
  }
  return 'Not known'
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export type TermChangeKind = 'same' | 'changed' | 'added' | 'removed' | 'unknown'

export interface TermChange {
  readonly definition: TermDefinition
  readonly from: TermValue | undefined
  readonly to: TermValue | undefined
  readonly kind: TermChangeKind
  /** Each side in plain words: "600,000, at all times". */
  readonly fromText: string
  readonly toText: string
  /** "600,000, at all times → 800,000, in peacetime" */
  readonly summary: string
  /** The numeric and qualifier changes, when there are any: "+200,000 (+33%); at all times → in peacetime" */
  readonly delta: string | null
}

/** True for a change of position: a value changed, added or removed (not the same, not unknown). */
export function isTermChange(kind: TermChangeKind | 'own'): boolean {
  return kind === 'changed' || kind === 'added' || kind === 'removed'
}

function qualifierLabel(definition: TermDefinition, id: string | null): string | null {
  if (definition.kind !== 'quantity' || id === null) return null
  return definition.qualifiers.find((q) => q.id === id)?.label ?? id
}

/** True when two known values of a term are the same position. */
export function sameTermValue(a: TermValue, b: TermValue): boolean {
  if (a.kind === 'choice' && b.kind === 'choice') return a.choice === b.choice
  if (a.kind === 'quantity' && b.kind === 'quantity') return a.amount === b.amount && a.qualifier === b.qualifier
  return false
}

/**
 * Compares one term between two texts.
 * @example compareTerm(armyCap, { amount: 600000, qualifier: 'at-all-times' }, { amount: 800000, qualifier: 'peacetime' }).delta
 * // '+200,000 (+33%); at all times → in peacetime'
 */
export function compareTerm(definition: TermDefinition, from: TermValue | undefined, to: TermValue | undefined): TermChange {
  const fromText = describeTermValue(definition, from)
  const toText = describeTermValue(definition, to)
  const base = { definition, from, to, fromText, toText }
  if (from?.kind === 'unknown' || to?.kind === 'unknown') {
    return { ...base, kind: 'unknown', summary: `${fromText} → ${toText}`, delta: null }
  }
  if (from === undefined && to === undefined) return { ...base, kind: 'same', summary: fromText, delta: null }
  if (from === undefined) return { ...base, kind: 'added', summary: `Not in the earlier text → ${toText}`, delta: null }
  if (to === undefined) return { ...base, kind: 'removed', summary: `${fromText} → not in this text`, delta: null }
  if (sameTermValue(from, to)) return { ...base, kind: 'same', summary: toText, delta: null }

  const deltas: string[] = []
  if (from.kind === 'quantity' && to.kind === 'quantity' && definition.kind === 'quantity') {
    if (from.amount !== null && to.amount !== null && from.amount !== to.amount) {
      deltas.push(formatAmountDelta(from.amount, to.amount, definition.unit))
    }
    if (from.qualifier !== to.qualifier) {
      deltas.push(`${qualifierLabel(definition, from.qualifier) ?? 'no qualifier'} → ${qualifierLabel(definition, to.qualifier) ?? 'no qualifier'}`)
    }
  }
  return { ...base, kind: 'changed', summary: `${fromText} → ${toText}`, delta: deltas.length > 0 ? deltas.join('; ') : null }
}
