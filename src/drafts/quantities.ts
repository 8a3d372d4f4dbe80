/**
 * Numbers with units found in a draft's wording: people, days, money, percentages and dates.
 * They are compared as typed values, so "600,000 → 800,000: +200,000 (+33%)" works on any
 * draft without hand-written terms. Money in dollars and percentages reuse the bundled
 * terms' formatting (`terms.ts`).
 */
import type { TermUnit } from '../domain/model.ts'
import { formatAmount, formatAmountDelta } from '../domain/terms.ts'
import { itemAt } from '../domain/itemAt.ts'

export type QuantityUnit = TermUnit | 'eur' | 'date'

export interface Quantity {
  readonly unit: QuantityUnit
  /** The amount; for a date, days since 1970-01-01. */
  readonly value: number
  /** The words it was read from, as written. */
  readonly text: string
}

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 }
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH = `(${MONTHS.join('|')})`
const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.(\d{1,6}))?`
const SCALE_WORD = String.raw`(?:\s?(thousand|million|billion|trillion|bn|mn|tn|k|m|b)\b)?`

interface Pattern {
  readonly unit: QuantityUnit
  readonly regex: RegExp
  readonly read: (match: RegExpExecArray) => number | null
}

function amount(whole: string, fraction: string | undefined, scale: string | undefined): number {
  const value = Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`)
  return value * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1)
}

function dayNumber(year: number, month: number, day: number): number | null {
  const date = new Date(Date.UTC(year, month, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null
  return date.getTime() / 86_400_000
}

const PATTERNS: readonly Pattern[] = [
  {
    unit: 'date',
    regex: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => dayNumber(Number(m[1]), Number(m[2]) - 1, Number(m[3])),
  },
  {
    unit: 'date',
    regex: new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, 'gi'),
    read: (m) => dayNumber(Number(m[3]), MONTHS.indexOf(itemAt(m, 2).toLowerCase()), Number(m[1])),
  },
  {
    unit: 'date',
    regex: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})\b`, 'gi'),
    read: (m) => dayNumber(Number(m[3]), MONTHS.indexOf(itemAt(m, 1).toLowerCase()), Number(m[2])),
  },
  {
    unit: 'usd',
    regex: new RegExp(String.raw`(?:US\$|\$|USD\s?)${AMOUNT}${SCALE_WORD}`, 'gi'),
    read: (m) => amount(itemAt(m, 1), m[2], m[3]),
  },
  {
    unit: 'usd',
    regex: new RegExp(String.raw`\b${AMOUNT}${SCALE_WORD}\s?(?:US dollars|dollars|USD)\b`, 'gi'),
    read: (m) => amount(itemAt(m, 1), m[2], m[3]),
  },
  {
    unit: 'eur',
    regex: new RegExp(String.raw`(?:€|EUR\s?)${AMOUNT}${SCALE_WORD}`, 'gi'),
    read: (m) => amount(itemAt(m, 1), m[2], m[3]),
  },
  {
    unit: 'eur',
    regex: new RegExp(String.raw`\b${AMOUNT}${SCALE_WORD}\s?(?:euros?|EUR)\b`, 'gi'),
    read: (m) => amount(itemAt(m, 1), m[2], m[3]),
  },
  {
    unit: 'percent',
    regex: new RegExp(String.raw`\b${AMOUNT}\s?(?:%|per\s?cent\b|percent\b)`, 'gi'),
    read: (m) => amount(itemAt(m, 1), m[2], undefined),
  },
  {
    unit: 'days',
    regex: new RegExp(String.raw`\b${AMOUNT}\s(days?|weeks?)\b`, 'gi'),
    read: (m) => amount(itemAt(m, 1), m[2], undefined) * (itemAt(m, 3).toLowerCase().startsWith('week') ? 7 : 1),
  },
  {
    unit: 'personnel',
    regex: new RegExp(String.raw`\b${AMOUNT}${SCALE_WORD}\s(?:personnel|people|persons|troops|soldiers|servicemen|service members|military personnel|men|officers|staff)\b`, 'gi'),
    read: (m) => amount(itemAt(m, 1), m[2], m[3]),
  },
]

/**
 * The quantities in a text, in reading order; a stretch of words counts once.
 * @example findQuantities('capped at 600,000 personnel within 100 days').map((q) => q.unit) // ['personnel', 'days']
 */
export function findQuantities(text: string): Quantity[] {
  const found: { start: number; end: number; quantity: Quantity }[] = []
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      const start = match.index
      const end = start + match[0].length
      const value = pattern.read(match)
      if (value !== null && Number.isFinite(value) && !found.some((f) => start < f.end && end > f.start)) {
        found.push({ start, end, quantity: { unit: pattern.unit, value, text: match[0] } })
      }
      if (match[0].length === 0) pattern.regex.lastIndex++
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.quantity)
}

export interface QuantityChange {
  readonly unit: QuantityUnit
  readonly from: Quantity | null
  readonly to: Quantity | null
  /** "600,000 → 800,000: +200,000 (+33%)" */
  readonly summary: string
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

export function formatQuantity(quantity: Quantity): string {
  switch (quantity.unit) {
    case 'date':
      return DATE_FORMAT.format(new Date(quantity.value * 86_400_000))
    case 'eur':
      return quantity.value >= 1e9 ? `€${GROUPED.format(quantity.value / 1e9)} billion` : quantity.value >= 1e6 ? `€${GROUPED.format(quantity.value / 1e6)} million` : `€${GROUPED.format(quantity.value)}`
    default:
      return formatAmount(quantity.value, quantity.unit)
  }
}

function delta(from: Quantity, to: Quantity): string {
  if (from.unit === 'date') {
    const days = to.value - from.value
    return days === 0 ? 'no change' : `${days > 0 ? '+' : '−'}${GROUPED.format(Math.abs(days))} ${Math.abs(days) === 1 ? 'day' : 'days'}`
  }
  if (from.unit === 'eur') {
    const difference = to.value - from.value
    if (difference === 0) return 'no change'
    const absolute = formatQuantity({ ...from, value: Math.abs(difference) })
    const relative = from.value === 0 ? '' : ` (${difference < 0 ? '−' : '+'}${Math.round(Math.abs((difference / from.value) * 100))}%)`
    return `${difference < 0 ? '−' : '+'}${absolute}${relative}`
  }
  return formatAmountDelta(from.value, to.value, from.unit)
}

/**
 * The changes between the quantities of two texts, paired by unit in reading order.
 * @example compareQuantities('600,000 personnel', '800,000 personnel')[0].summary // '600,000 → 800,000: +200,000 (+33%)'
 */
export function compareQuantities(earlier: string, later: string): QuantityChange[] {
  const before = findQuantities(earlier)
  const after = findQuantities(later)
  const units = [...new Set([...before, ...after].map((q) => q.unit))]
  return units.flatMap((unit) => {
    const from = before.filter((q) => q.unit === unit)
    const to = after.filter((q) => q.unit === unit)
    return Array.from({ length: Math.max(from.length, to.length) }, (_, index): QuantityChange | null => {
      const a = from[index] ?? null
      const b = to[index] ?? null
      if (a && b) return a.value === b.value ? null : { unit, from: a, to: b, summary: `${formatQuantity(a)} → ${formatQuantity(b)}: ${delta(a, b)}` }
      if (a) return { unit, from: a, to: null, summary: `${formatQuantity(a)} → not in the later text` }
      // The longer list reaches every index, so one side is always there.
      return b && { unit, from: null, to: b, summary: `not in the earlier text → ${formatQuantity(b)}` }
    }).filter((change): change is QuantityChange => change !== null)
  })
}
