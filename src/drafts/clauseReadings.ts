/**
 * What the aligner compares of each clause of two drafts: its words weighted by how rare they
 * are across both, its title's words and its number, and the measures of likeness between them.
 */
import { tokenize } from './clauseWords.ts'

/** What the aligner reads of a clause: its number, title and whole wording. */
export interface AlignableClause {
  readonly number: string | null
  readonly title: string | null
  readonly text: string
  readonly parts: readonly { readonly text: string }[]
}

interface Profile {
  /** Token → weight (inverse document frequency), each token once. */
  readonly weights: Map<string, number>
  readonly norm: number
  readonly mass: number
}

/** What the aligner compares of one clause, by its index in its draft. */
export interface Reading {
  readonly index: number
  /** The wording reduced to lower-case words, to find identical wordings. */
  readonly key: string
  readonly tokens: ReadonlySet<string>
  readonly profile: Profile
  readonly title: ReadonlySet<string>
  readonly number: string | null
}

function wording(clause: AlignableClause): string {
  return [clause.title ?? '', clause.text, ...clause.parts.map((part) => part.text)].join(' ')
}

const exactKey = (clause: AlignableClause) => wording(clause).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
const normalizedNumber = (number: string | null) => (number === null ? null : number.toLowerCase().replace(/[^a-z0-9.]/g, '').replace(/\.$/, ''))

/** Reads both drafts' clauses; a word weighs more the fewer clauses of the two drafts use it. */
export function readClauses(earlier: readonly AlignableClause[], later: readonly AlignableClause[]): { earlier: Reading[]; later: Reading[] } {
  const tokenized = (clauses: readonly AlignableClause[]) => clauses.map((clause) => ({ clause, tokens: new Set(tokenize(wording(clause))) }))
  const earlierTokens = tokenized(earlier)
  const laterTokens = tokenized(later)
  const frequency = new Map<string, number>()
  for (const { tokens } of [...earlierTokens, ...laterTokens]) for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1)
  const documents = earlier.length + later.length
  const profile = (tokens: Set<string>): Profile => {
    const weights = new Map<string, number>()
    let norm = 0
    let mass = 0
    for (const token of tokens) {
      // Every token was counted above; 1 keeps the weight finite all the same.
      const weight = Math.log(1 + documents / (frequency.get(token) ?? 1))
      weights.set(token, weight)
      norm += weight * weight
      mass += weight
    }
    return { weights, norm: Math.sqrt(norm), mass }
  }
  const read = ({ clause, tokens }: { clause: AlignableClause; tokens: Set<string> }, index: number): Reading => ({
    index,
    key: exactKey(clause),
    tokens,
    profile: profile(tokens),
    title: new Set(clause.title ? tokenize(clause.title) : []),
    number: normalizedNumber(clause.number),
  })
  return { earlier: earlierTokens.map(read), later: laterTokens.map(read) }
}

/** The share of title words two clauses have in common. */
export function titleSimilarity(a: Reading, b: Reading): number {
  if (a.title.size === 0 || b.title.size === 0) return 0
  let shared = 0
  for (const token of a.title) if (b.title.has(token)) shared++
  return shared / (a.title.size + b.title.size - shared)
}

export function sameNumber(a: Reading, b: Reading): boolean {
  return a.number !== null && a.number === b.number
}

/** Whether `b` is numbered under `a`: "3.2" under "3". */
export function underNumber(a: Reading, b: Reading): boolean {
  return a.number !== null && b.number !== null && b.number.startsWith(`${a.number}.`)
}

/** How much of `from`'s weighted wording `into` holds, 0 to 1. */
export function containment(from: Profile, into: Profile): number {
  if (from.mass === 0) return 0
  let sum = 0
  for (const [token, weight] of from.weights) if (into.weights.has(token)) sum += weight
  return sum / from.mass
}
