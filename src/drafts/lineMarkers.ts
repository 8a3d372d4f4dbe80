/**
 * What a line of a draft starts with: a clause number ("1.", "2.1", "Article 3", "§ 4", "(1)"),
 * a lettered or roman sub-point ("a)", "(b)", "C.", "iv."), or nothing. Every pattern is
 * anchored and bounded, so a crafted line costs time linear in its length.
 *
 * A letter that is also a roman numeral (i, v, x, l, c, d, m) is read from the sequence it
 * continues: "C." after "B." is a letter, "ii." after "i." is roman (see `resolveKind`).
 */
import { itemAt } from '../domain/itemAt.ts'


/** The numbering family of a marker; with its punctuation and depth it makes a list style. */
export type MarkerKind = 'keyword' | 'decimal' | 'lower' | 'upper' | 'roman' | 'ROMAN'

export interface Marker {
  readonly kind: MarkerKind
  /** The label as written, without brackets or the trailing dot: "2.1", "b", "IV", "A". */
  readonly label: string
  /** Punctuation around it: "." "1)" "(1)" and none; part of the list's style. */
  readonly punctuation: '.' | ')' | '()' | ''
  /** Decimal depth ("2.1" is 2); 1 otherwise. */
  readonly depth: number
  /** The rest of the line after the marker. */
  readonly rest: string
  /** Keyword headings ("Article 3", "Exhibit A") may carry a title on their own line. */
  readonly titled: boolean
  /** For a letter that could be roman (or the reverse): the other reading. */
  readonly ambiguous: boolean
}

const KEYWORD =
  /^(?:article|art\.|point|section|clause|paragraph|item|exhibit|schedule|annex|appendix)\s+(\d{1,4}(?:\.\d{1,3}){0,3}[a-z]?|[ivxlcdm]{1,8}|[a-z])(?![\w])\.?\s*(?:[:.)\u2013\u2014-]\s*)?(.*)$/i
const SECTION_SIGN = /^§\s*(\d{1,4}(?:\.\d{1,3}){0,3}[a-z]?)(?![\w])\.?\s*(?:[:.)\u2013\u2014-]\s*)?(.*)$/
/** "1." "1)" "2.1" "2.1." "1.Definitions" (a heading typed without its space). */
const DECIMAL = /^(\d{1,4}(?:\.\d{1,3}){0,4})([.)]?)(?:\s+(.*)|(?=[A-Z\u2018\u201c"'])(.*)|$)/
const PAREN = /^\((\d{1,3}|[a-z]{1,2}|[A-Z]{1,2}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})\)(?:\s+(.*)|$)/
const CLOSING = /^(\d{1,3}|[a-z]{1,2}|[A-Z]|[ivxlcdm]{2,7}|[IVXLCDM]{1,7}|[ivxlcdm])([.)])(?:\s+(.*)|$)/
const VALID_ROMAN = /^(?=[ivxlcdm])m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/
const ROMAN_LETTERS = /^[ivxlcdm]$/i

export function isRoman(label: string): boolean {
  return VALID_ROMAN.test(label.toLowerCase())
}

export function romanValue(label: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }
  const letters = label.toLowerCase()
  let total = 0
  for (let k = 0; k < letters.length; k++) {
    // A letter that is no numeral, and the end of the label, count nothing.
    const value = values[letters.charAt(k)] ?? 0
    const next = values[letters.charAt(k + 1)] ?? 0
    total += value < next ? -value : value
  }
  return total
}

function letterOrRoman(label: string, punctuation: Marker['punctuation'], rest: string): Marker | null {
  const upper = label === label.toUpperCase()
  if (label.length === 1 && ROMAN_LETTERS.test(label)) {
    return { kind: upper ? 'upper' : 'lower', label, punctuation, depth: 1, rest, titled: false, ambiguous: true }
  }
  if (isRoman(label)) return { kind: upper ? 'ROMAN' : 'roman', label, punctuation, depth: 1, rest, titled: false, ambiguous: false }
  if (label.length === 1) return { kind: upper ? 'upper' : 'lower', label, punctuation, depth: 1, rest, titled: false, ambiguous: false }
  return null
}

/** After a keyword and its number: a bracket or comma, or a lower-case word with no separator between. */
function crossReference(line: string, label: string): boolean {
  const keyword = /^(?:§\s*|\S+\s+)/.exec(line)?.[0] ?? ''
  const after = line.slice(keyword.length + label.length)
  return /^[(,]/.test(after) || /^\s+[a-z]/.test(after)
}

/** The marker a line starts with, or null. */
export function readMarker(line: string): Marker | null {
  const keyword = KEYWORD.exec(line) ?? SECTION_SIGN.exec(line)
  // "Section 4(b), as requested" or "Section 2 of this License" on a wrapped line is a reference, not a heading.
  if (keyword && !crossReference(line, itemAt(keyword, 1))) {
    const label = itemAt(keyword, 1)
    return { kind: 'keyword', label, punctuation: '', depth: label.split('.').length, rest: (keyword[2] ?? '').trim(), titled: true, ambiguous: false }
  }
  const decimal = DECIMAL.exec(line)
  if (decimal) {
    const label = itemAt(decimal, 1)
    const mark = itemAt(decimal, 2)
    const punctuation = mark === '.' || mark === ')' ? mark : ''
    // A bare "2025 was…" or "600 people" is wording; "2.1 If …" (a dotted number) is a heading.
    if (punctuation !== '' || label.includes('.')) {
      return { kind: 'decimal', label, punctuation, depth: label.split('.').length, rest: (decimal[3] ?? decimal[4] ?? '').trim(), titled: false, ambiguous: false }
    }
  }
  const paren = PAREN.exec(line)
  if (paren) {
    const label = itemAt(paren, 1)
    const rest = (paren[2] ?? '').trim()
    if (/^\d/.test(label)) return { kind: 'decimal', label, punctuation: '()', depth: 1, rest, titled: false, ambiguous: false }
    return letterOrRoman(label, '()', rest)
  }
  const closing = CLOSING.exec(line)
  if (closing) {
    const label = itemAt(closing, 1)
    const rest = (closing[3] ?? '').trim()
    if (/^\d/.test(label)) return null
    // "I. M. Pei" or "U.S. law": a capital with a dot is a marker only before a space and a word.
    return letterOrRoman(label, itemAt(closing, 2) === ')' ? ')' : '.', rest)
  }
  return null
}

/** What comes before a label in its own sequence: "b" before "c", "iii" before "iv". */
function previousLabel(kind: MarkerKind, label: string): string | null {
  if (kind === 'lower' || kind === 'upper') {
    const code = label.charCodeAt(0)
    return label.length === 1 && code > (kind === 'lower' ? 97 : 65) ? String.fromCharCode(code - 1) : null
  }
  if (kind === 'roman' || kind === 'ROMAN') {
    const value = romanValue(label)
    if (value <= 1) return null
    const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
    let rest = value - 1
    let out = ''
    for (const [amount, numeral] of numerals) {
      while (rest >= amount) {
        out += numeral
        rest -= amount
      }
    }
    return kind === 'ROMAN' ? out.toUpperCase() : out
  }
  return null
}

/** A list style: the same family, punctuation and depth continue one list. */
export function styleOf(marker: Pick<Marker, 'kind' | 'punctuation' | 'depth'>): string {
  // "(a)" and "b)" are one list as drafters type them; "a." is another.
  // Numbers: "1." and "2)" continue each other; "(1)" is its own list.
  if (marker.kind === 'decimal') return `decimal${marker.punctuation === '()' ? '()' : ''}${marker.depth}`
  return `${marker.kind}${marker.punctuation === '()' ? ')' : marker.punctuation}${marker.depth}`
}

/** Is `label` the first of its family ("a", "A", "i", "I", "1")? */
export function startsList(kind: MarkerKind, label: string): boolean {
  return previousLabel(kind, label) === null
}

/**
 * Settles a letter that is also a roman numeral from the lists open above it: it continues the
 * list whose last label comes just before it; a lone "i"/"I" opening a list is roman, any other
 * lone letter ("c", "D", "M") a letter.
 * @param lastOf the last label of each open list, by style
 */
export function resolveKind(marker: Marker, lastOf: ReadonlyMap<string, string>): Marker {
  if (!marker.ambiguous) return marker
  const asLetter = marker
  const asRoman: Marker = { ...marker, kind: marker.kind === 'upper' ? 'ROMAN' : 'roman', ambiguous: false }
  if (lastOf.get(styleOf(asLetter)) === previousLabel(asLetter.kind, asLetter.label)) return { ...asLetter, ambiguous: false }
  if (lastOf.get(styleOf(asRoman)) === previousLabel(asRoman.kind, asRoman.label)) return asRoman
  return marker.label.toLowerCase() === 'i' ? asRoman : { ...asLetter, ambiguous: false }
}

/** Does `label` come after `last` in one list ("c" after "b", "2.3" after "2.2", "iv" after "ii")? Gaps are allowed. */
export function follows(kind: MarkerKind, last: string, label: string): boolean {
  if (kind === 'decimal' || kind === 'keyword') {
    const a = last.split('.').map(Number)
    const b = label.split('.').map(Number)
    if (a.some(Number.isNaN) || b.some(Number.isNaN)) return true
    for (const [k, part] of b.entries()) {
      const lastPart = a[k]
      if (lastPart === undefined) break
      if (lastPart !== part) return part > lastPart
    }
    return b.length > a.length
  }
  if (kind === 'roman' || kind === 'ROMAN') return romanValue(label) > romanValue(last)
  return label.length === last.length && label > last
}
