/**
 * Aligns a later draft with an earlier one, clause by clause, across renumbering and
 * reorganisation. Identical wordings pair first; the rest are matched by one assignment over
 * the whole document (`bestAssignment`) that weighs wording, title, number and position, so a
 * clause never takes a partner another clause fits better. Then what is left over is read as
 * splits (a later clause whose wording sits inside an earlier one that another clause continues)
 * and merges (an earlier clause absorbed into a later one). Cross-references ("Section 6.1")
 * do not count as shared wording. Each link carries a confidence the user can overrule.
 */
import { itemAt } from '../itemAt.ts'
import { bestAssignment } from './assignment.ts'

/** What the aligner reads of a clause: its number, title and whole wording. */
export interface AlignableClause {
  readonly number: string | null
  readonly title: string | null
  readonly text: string
  readonly parts: readonly { readonly text: string }[]
}

export type LinkReason =
  /** The same wording, word for word. */
  | 'same-text'
  /** The same number, and the numbering of the two drafts is shared. */
  | 'same-number'
  /** The wording is close enough, whatever the numbers. */
  | 'similar-text'
  /** Most of its wording comes from an earlier clause that another later clause continues. */
  | 'split'
  /** No earlier clause is close: new in the later draft. */
  | 'new'
  /** Chosen by the user. */
  | 'confirmed'

export interface ClauseLink {
  /** Index of the earlier clause this later clause continues; null when it is new (or split off). */
  readonly earlier: number | null
  /** How sure the link is, 0 to 1 (1 for a link the user set). For a new clause: how sure it is new. */
  readonly confidence: number
  readonly reason: LinkReason
  /** For a split: the earlier clause its wording came from, which another clause continues. */
  readonly splitFrom: number | null
}

/** An earlier clause absorbed into a later one that continues another clause. */
export interface Merge {
  readonly later: number
  readonly confidence: number
}

export interface Alignment {
  /** One link per later clause, in the later draft's order. */
  readonly links: readonly ClauseLink[]
  /** Earlier clauses merged into a later one, by earlier index. */
  readonly mergedInto: ReadonlyMap<number, Merge>
}

const STOP_WORDS = new Set(
  'a an and any are as at be been by for from has have in into is it its of on or shall that the their there these this those to was were which will with would'.split(' '),
)

/** Lower-cased word stems; a light suffix strip so "guarantees" meets "guaranteed". */
export function tokenize(text: string): string[] {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []
  const tokens: string[] = []
  for (const word of words) {
    // One- and two-digit numbers are mostly cross-references ("Section 6.1"), which renumbering changes.
    if (STOP_WORDS.has(word) || word.length < 2 || /^\d{1,2}$/.test(word)) continue
    let stemmed = stems.get(word)
    if (stemmed === undefined) {
      if (stems.size > 100_000) stems.clear()
      stemmed = stem(word)
      stems.set(word, stemmed)
    }
    tokens.push(stemmed)
  }
  return tokens
}

/** Drafts repeat their words: each is stemmed once. */
const stems = new Map<string, string>()

function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word
  let stemmed = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
  for (const suffix of ['ation', 'ment', 'ing', 'ie', 'ied', 'ed', 'ly']) {
    if (stemmed.endsWith(suffix) && stemmed.length - suffix.length >= 4) {
      stemmed = stemmed.slice(0, -suffix.length)
      break
    }
  }
  // "guarantee", "guarantees" and "guaranteed" meet at "guarante".
  return stemmed.length > 4 && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed
}

function wording(clause: AlignableClause): string {
  return [clause.title ?? '', clause.text, ...clause.parts.map((part) => part.text)].join(' ')
}

const exactKey = (clause: AlignableClause) => wording(clause).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
const normalizedNumber = (number: string | null) => (number === null ? null : number.toLowerCase().replace(/[^a-z0-9.]/g, '').replace(/\.$/, ''))

interface Profile {
  /** Token → weight (inverse document frequency), each token once. */
  readonly weights: Map<string, number>
  readonly norm: number
  readonly mass: number
}

/** What the aligner compares of one clause, by its index in its draft. */
interface Reading {
  readonly index: number
  /** The wording reduced to lower-case words, to find identical wordings. */
  readonly key: string
  readonly tokens: ReadonlySet<string>
  readonly profile: Profile
  readonly title: ReadonlySet<string>
  readonly number: string | null
}

/** Below this score a pair is no match at all. */
const FLOOR = 0.18

/**
 * Aligns `later` with `earlier`.
 * @example alignClauses([{ number: '1', title: null, text: 'Army capped at 600,000', parts: [] }], [{ number: '4', title: null, text: 'Army capped at 800,000', parts: [] }]).links[0].earlier // 0
 */
export function alignClauses(earlier: readonly AlignableClause[], later: readonly AlignableClause[]): Alignment {
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
  const earlierReadings = earlierTokens.map(read)
  const laterReadings = laterTokens.map(read)

  // 1. Identical wordings, in order. Pairs found so far, both ways (later → earlier, earlier → later).
  const earlierFor = new Map<number, number>()
  const laterFor = new Map<number, number>()
  /** Pairs that clearly match: identical, or each other's best close match. */
  const clear: [Reading, Reading][] = []
  const byKey = new Map<string, Reading[]>()
  for (const reading of earlierReadings) {
    if (reading.key === '') continue
    const list = byKey.get(reading.key)
    if (list) list.push(reading)
    else byKey.set(reading.key, [reading])
  }
  for (const reading of laterReadings) {
    const partner = byKey.get(reading.key)?.shift()
    if (partner === undefined) continue
    earlierFor.set(reading.index, partner.index)
    laterFor.set(partner.index, reading.index)
    clear.push([partner, reading])
  }
  // 2. Similarity of every remaining pair that shares a word, through an index of the later
  // words. Words in most clauses are skipped in a long draft: they cost the most and weigh least.
  // Rows are the remaining earlier clauses, columns the remaining later ones.
  const restEarlier = earlierReadings.filter((reading) => !laterFor.has(reading.index))
  const restLater = laterReadings.filter((reading) => !earlierFor.has(reading.index))
  const postings = new Map<string, number[]>()
  restLater.forEach((reading, c) => {
    for (const token of reading.tokens) {
      const list = postings.get(token)
      if (list) list.push(c)
      else postings.set(token, [c])
    }
  })
  const common = Math.max(30, restLater.length / 50)
  const dots = new Float64Array(restLater.length)
  /** Per row: column → cosine, for the columns it shares a word with. */
  const similarity: Map<number, number>[] = restEarlier.map(({ profile: { weights, norm } }) => {
    const touched: number[] = []
    for (const [token, weight] of weights) {
      const list = postings.get(token)
      if (!list || list.length > common) continue
      for (const c of list) {
        const dot = itemAt(dots, c)
        if (dot === 0) touched.push(c)
        dots[c] = dot + weight * weight
      }
    }
    const row = new Map<number, number>()
    for (const c of touched) {
      const norms = norm * itemAt(restLater, c).profile.norm
      if (norms > 0) row.set(c, itemAt(dots, c) / norms)
      dots[c] = 0
    }
    return row
  })
  // A pair that shares no counted word has no entry: its wording is not alike at all.
  const textOf = (r: number, c: number) => itemAt(similarity, r).get(c) ?? 0
  const relative = (index: number, length: number) => (length <= 1 ? 0 : index / (length - 1))
  const titleSimilarity = (a: Reading, b: Reading) => {
    if (a.title.size === 0 || b.title.size === 0) return 0
    let shared = 0
    for (const token of a.title) if (b.title.has(token)) shared++
    return shared / (a.title.size + b.title.size - shared)
  }
  const sameNumber = (a: Reading, b: Reading) => a.number !== null && a.number === b.number
  // Numbering is shared when clearly matching clauses mostly keep their numbers; only then does
  // a shared number count.
  restEarlier.forEach((reading, r) => {
    let best = -1
    let value = 0.5
    for (const [c, text] of itemAt(similarity, r)) if (text >= value) [best, value] = [c, text]
    if (best >= 0) clear.push([reading, itemAt(restLater, best)])
  })
  // Clear pairs anchor the rest: a clause between two anchors is expected between their partners,
  // and a weak match far from there (a deleted definition "matching" a distant clause) counts less.
  const anchors = clear.map(([a, b]) => [a.index, b.index] as const).sort((a, b) => a[0] - b[0])
  let anchor = 0
  const windows = restEarlier.map(({ index: i }): [number, number] => {
    for (let passed = anchors[anchor]; passed && passed[0] < i; passed = anchors[anchor]) anchor++
    // No anchor before: from the start; none after: to the end.
    const before = anchors[anchor - 1]?.[1] ?? -1
    let next = anchor
    while (anchors[next]?.[0] === i) next++
    const after = anchors[next]?.[1] ?? later.length
    return before < after ? [before, after] : [-1, later.length]
  })
  const sharedNumbering = clear.length > 0 && clear.filter(([a, b]) => sameNumber(a, b)).length >= clear.length * 0.5
  /** Per row: column → score, wording first, then title, number and place. */
  const scores: Map<number, number>[] = restEarlier.map((reading, r) => {
    const row = new Map<number, number>()
    const [from, to] = itemAt(windows, r)
    for (const [c, text] of itemAt(similarity, r)) {
      const partner = itemAt(restLater, c)
      const j = partner.index
      const inPlace = j > from && j < to
      row.set(c, text + 0.15 * titleSimilarity(reading, partner) + (sharedNumbering && sameNumber(reading, partner) ? 0.1 : 0) + (inPlace ? 0.05 : -0.2) + 0.02 * (1 - Math.abs(relative(reading.index, earlier.length) - relative(j, later.length))))
    }
    return row
  })
  /** The same scores by column, for the runner-up of a later clause. */
  const byColumn: Map<number, number>[] = restLater.map(() => new Map())
  scores.forEach((row, r) => row.forEach((value, c) => itemAt(byColumn, c).set(r, value)))

  // 3. One assignment over all of them.
  const matched = bestAssignment(scores, restLater.length, FLOOR)
  /** Later index → its assigned cell (row, column). */
  const assigned = new Map<number, readonly [number, number]>()
  restEarlier.forEach((reading, r) => {
    const c = itemAt(matched, r)
    if (c < 0) return
    const j = itemAt(restLater, c).index
    earlierFor.set(j, reading.index)
    laterFor.set(reading.index, j)
    assigned.set(j, [r, c])
  })

  // How far a pair stands above the next best choice of either clause: a clear winner is surer.
  const runnerUp = (r: number, c: number) => {
    let best = 0
    itemAt(scores, r).forEach((value, k) => k !== c && value > best && (best = value))
    itemAt(byColumn, c).forEach((value, k) => k !== r && value > best && (best = value))
    return best
  }
  const containment = (from: Profile, into: Profile) => {
    if (from.mass === 0) return 0
    let sum = 0
    for (const [token, weight] of from.weights) if (into.weights.has(token)) sum += weight
    return sum / from.mass
  }

  const links: ClauseLink[] = laterReadings.map((reading, j) => {
    const i = earlierFor.get(j)
    if (i === undefined) return { earlier: null, confidence: 0, reason: 'new', splitFrom: null }
    const cell = assigned.get(j)
    if (cell === undefined) return { earlier: i, confidence: 1, reason: 'same-text', splitFrom: null }
    const [r, c] = cell
    const score = itemAt(scores, r).get(c)
    if (score === undefined) throw new Error(`the assignment paired row ${r} with column ${c}, which has no score`)
    const partner = itemAt(restEarlier, r)
    const numbered = sharedNumbering && sameNumber(partner, reading)
    return { earlier: i, confidence: linkConfidence(textOf(r, c), score - runnerUp(r, c), numbered, titleSimilarity(partner, reading)), reason: numbered ? 'same-number' : 'similar-text', splitFrom: null }
  })

  // 4. Splits and merges among what is left: how much of one clause's wording the other holds,
  // helped by place (a piece next to the rest of its clause) and number ("3.2" under "3").
  const continues = (j: number) => {
    const link = links[j]
    return link ? (link.earlier ?? link.splitFrom) : null
  }
  const underNumber = (a: Reading, b: Reading) => a.number !== null && b.number !== null && b.number.startsWith(`${a.number}.`)
  const splitOrNew = (reading: Reading, c: number): ClauseLink => {
    const j = reading.index
    let best: { i: number; value: number } | null = null
    let closest = 0
    for (const [r, score] of itemAt(byColumn, c)) {
      const partner = itemAt(restEarlier, r)
      const i = partner.index
      const text = textOf(r, c)
      closest = Math.max(closest, text)
      if (score <= 0 || text < 0.12 || reading.profile.mass < 3) continue
      const nextTo = continues(j - 1) === i || continues(j + 1) === i
      const value = containment(reading.profile, partner.profile) + (nextTo ? 0.15 : 0) + (underNumber(partner, reading) ? 0.1 : 0)
      if (value >= 0.7 && (!best || value > best.value)) best = { i, value }
    }
    if (best) return { earlier: null, confidence: splitConfidence(best.value), reason: 'split', splitFrom: best.i }
    return { earlier: null, confidence: round(1 - closest), reason: 'new', splitFrom: null }
  }
  restLater.forEach((reading, c) => {
    if (!earlierFor.has(reading.index)) links[reading.index] = splitOrNew(reading, c)
  })
  const mergedInto = new Map<number, Merge>()
  // Out of range (the first or last clause's neighbour) is absorbed by nothing.
  const absorbedBy = (i: number) => laterFor.get(i) ?? mergedInto.get(i)?.later ?? null
  restEarlier.forEach((reading, r) => {
    const i = reading.index
    if (laterFor.has(i) || reading.profile.mass < 3) return
    let best: { j: number; value: number } | null = null
    for (const [c, text] of itemAt(similarity, r)) {
      const partner = itemAt(restLater, c)
      const j = partner.index
      if (!earlierFor.has(j) || text < 0.12) continue
      const nextTo = absorbedBy(i - 1) === j || absorbedBy(i + 1) === j
      const value = containment(reading.profile, partner.profile) + (nextTo ? 0.15 : 0)
      if (value >= 0.7 && (!best || value > best.value)) best = { j, value }
    }
    if (best) mergedInto.set(i, { later: best.j, confidence: splitConfidence(best.value) })
  })
  return { links, mergedInto }
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100
}

/**
 * How sure a match is, from its wording's similarity and its margin over the next best choice
 * of either clause; a shared number or title adds a little. Calibrated on the evaluation corpus
 * (`npm run eval:drafts`): "Sure" (≥ 0.75) should be right 98 times in 100.
 */
function linkConfidence(text: number, margin: number, sameNumber: boolean, title: number): number {
  return round(0.15 + text * 0.6 + Math.min(0.3, Math.max(0, margin)) * 0.8 + (sameNumber ? 0.1 : 0) + title * 0.05)
}

/** A split or merge: how much of the piece's wording the whole holds, with the help of place and number. */
function splitConfidence(evidence: number): number {
  return round(evidence * 0.75)
}

export function confidenceLabel(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.75) return 'high'
  if (confidence >= 0.45) return 'medium'
  return 'low'
}

/** The earlier clauses no later clause continues or absorbed: deleted in the later draft. */
export function droppedClauses(earlierCount: number, alignment: Alignment): number[] {
  const continued = new Set(alignment.links.flatMap((link) => (link.earlier === null ? [] : [link.earlier])))
  return Array.from({ length: earlierCount }, (_, i) => i).filter((i) => !continued.has(i))
}

/**
 * Sets one later clause's match by hand; the clause that held that earlier clause before
 * becomes new, so every earlier clause is continued at most once.
 */
export function relink(alignment: Alignment, later: number, earlier: number | null): Alignment {
  const links = alignment.links.map((link, j): ClauseLink => {
    if (j === later) {
      return earlier === null ? { earlier: null, confidence: 1, reason: 'new', splitFrom: null } : { earlier, confidence: 1, reason: 'confirmed', splitFrom: null }
    }
    if (earlier !== null && link.earlier === earlier) return { earlier: null, confidence: 1, reason: 'new', splitFrom: null }
    return link
  })
  const mergedInto = new Map([...alignment.mergedInto].filter(([i]) => i !== earlier))
  return { links, mergedInto }
}
