/**
 * Aligns a later draft with an earlier one, clause by clause, across renumbering and
 * reorganisation. Identical wordings pair first; the rest are matched by one assignment over
 * the whole document (`bestAssignment`) that weighs wording, title, number and position, so a
 * clause never takes a partner another clause fits better. Then what is left over is read as
 * splits (a later clause whose wording sits inside an earlier one that another clause continues)
 * and merges (an earlier clause absorbed into a later one). Cross-references ("Section 6.1")
 * do not count as shared wording. Each link carries a confidence the user can overrule.
 */
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

/** Below this score a pair is no match at all. */
const FLOOR = 0.18

/**
 * Aligns `later` with `earlier`.
 * @example alignClauses([{ number: '1', title: null, text: 'Army capped at 600,000', parts: [] }], [{ number: '4', title: null, text: 'Army capped at 800,000', parts: [] }]).links[0].earlier // 0
 */
export function alignClauses(earlier: readonly AlignableClause[], later: readonly AlignableClause[]): Alignment {
  const earlierTokens = earlier.map((clause) => new Set(tokenize(wording(clause))))
  const laterTokens = later.map((clause) => new Set(tokenize(wording(clause))))
  const frequency = new Map<string, number>()
  for (const tokens of [...earlierTokens, ...laterTokens]) for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1)
  const documents = earlier.length + later.length
  const profile = (tokens: Set<string>): Profile => {
    const weights = new Map<string, number>()
    let norm = 0
    let mass = 0
    for (const token of tokens) {
      const weight = Math.log(1 + documents / (frequency.get(token) ?? 1))
      weights.set(token, weight)
      norm += weight * weight
      mass += weight
    }
    return { weights, norm: Math.sqrt(norm), mass }
  }
  const earlierProfiles = earlierTokens.map(profile)
  const laterProfiles = laterTokens.map(profile)
  const titleTokens = (clause: AlignableClause) => new Set(clause.title ? tokenize(clause.title) : [])
  const earlierTitles = earlier.map(titleTokens)
  const laterTitles = later.map(titleTokens)
  const earlierNumbers = earlier.map((clause) => normalizedNumber(clause.number))
  const laterNumbers = later.map((clause) => normalizedNumber(clause.number))

  // 1. Identical wordings, in order.
  const earlierFor = new Int32Array(later.length).fill(-1)
  const laterFor = new Int32Array(earlier.length).fill(-1)
  const exact = new Set<number>()
  const byKey = new Map<string, number[]>()
  earlier.forEach((clause, i) => {
    const key = exactKey(clause)
    if (key === '') return
    const list = byKey.get(key)
    if (list) list.push(i)
    else byKey.set(key, [i])
  })
  later.forEach((clause, j) => {
    const list = byKey.get(exactKey(clause))
    const i = list?.shift()
    if (i === undefined) return
    earlierFor[j] = i
    laterFor[i] = j
    exact.add(j)
  })
  // 2. Similarity of every remaining pair that shares a word, through an index of the later
  // words. Words in most clauses are skipped in a long draft: they cost the most and weigh least.
  const restEarlier = earlier.map((_, i) => i).filter((i) => laterFor[i] === -1)
  const restLater = later.map((_, j) => j).filter((j) => earlierFor[j] === -1)
  const columnOf = new Map(restLater.map((j, c) => [j, c]))
  const rowOf = new Map(restEarlier.map((i, r) => [i, r]))
  const postings = new Map<string, number[]>()
  for (const j of restLater) for (const token of laterTokens[j]!) (postings.get(token) ?? postings.set(token, []).get(token)!).push(columnOf.get(j)!)
  const common = Math.max(30, restLater.length / 50)
  const dots = new Float64Array(restLater.length)
  /** Per remaining earlier clause: column → cosine, for the columns it shares a word with. */
  const similarity: Map<number, number>[] = restEarlier.map((i) => {
    const touched: number[] = []
    for (const [token, weight] of earlierProfiles[i]!.weights) {
      const list = postings.get(token)
      if (!list || list.length > common) continue
      for (const c of list) {
        if (dots[c] === 0) touched.push(c)
        dots[c] = dots[c]! + weight * weight
      }
    }
    const row = new Map<number, number>()
    for (const c of touched) {
      const norms = earlierProfiles[i]!.norm * laterProfiles[restLater[c]!]!.norm
      if (norms > 0) row.set(c, dots[c]! / norms)
      dots[c] = 0
    }
    return row
  })
  const textOf = (i: number, j: number) => similarity[rowOf.get(i)!]?.get(columnOf.get(j)!) ?? 0
  const relative = (index: number, length: number) => (length <= 1 ? 0 : index / (length - 1))
  const titleSimilarity = (i: number, j: number) => {
    const a = earlierTitles[i]!
    const b = laterTitles[j]!
    if (a.size === 0 || b.size === 0) return 0
    let shared = 0
    for (const token of a) if (b.has(token)) shared++
    return shared / (a.size + b.size - shared)
  }
  const sameNumber = (i: number, j: number) => earlierNumbers[i] !== null && earlierNumbers[i] === laterNumbers[j]
  // Numbering is shared when clearly matching clauses (identical, or each other's best close
  // match) mostly keep their numbers; only then does a shared number count.
  const clear = [...exact].map((j) => [earlierFor[j]!, j] as const)
  restEarlier.forEach((i, r) => {
    let best = -1
    let value = 0.5
    for (const [c, text] of similarity[r]!) if (text >= value) [best, value] = [c, text]
    if (best >= 0) clear.push([i, restLater[best]!])
  })
  // Clear pairs anchor the rest: a clause between two anchors is expected between their partners,
  // and a weak match far from there (a deleted definition "matching" a distant clause) counts less.
  const anchors = [...clear].sort((a, b) => a[0] - b[0])
  let anchor = 0
  const windows = restEarlier.map((i): [number, number] => {
    while (anchor < anchors.length && anchors[anchor]![0] < i) anchor++
    const before = anchor > 0 ? anchors[anchor - 1]![1] : -1
    let next = anchor
    while (next < anchors.length && anchors[next]![0] === i) next++
    const after = next < anchors.length ? anchors[next]![1] : later.length
    return before < after ? [before, after] : [-1, later.length]
  })
  const sharedNumbering = clear.length > 0 && clear.filter(([i, j]) => sameNumber(i, j)).length >= clear.length * 0.5
  /** Per remaining earlier clause: column → score, wording first, then title, number and place. */
  const scores: Map<number, number>[] = restEarlier.map((i, r) => {
    const row = new Map<number, number>()
    const [from, to] = windows[r]!
    for (const [c, text] of similarity[r]!) {
      const j = restLater[c]!
      const inPlace = j > from && j < to
      row.set(c, text + 0.15 * titleSimilarity(i, j) + (sharedNumbering && sameNumber(i, j) ? 0.1 : 0) + (inPlace ? 0.05 : -0.2) + 0.02 * (1 - Math.abs(relative(i, earlier.length) - relative(j, later.length))))
    }
    return row
  })
  /** The same scores by column, for the runner-up of a later clause. */
  const byColumn: Map<number, number>[] = restLater.map(() => new Map())
  scores.forEach((row, r) => row.forEach((value, c) => byColumn[c]!.set(r, value)))

  // 3. One assignment over all of them.
  const matched = bestAssignment(scores, restLater.length, FLOOR)
  matched.forEach((c, r) => {
    if (c < 0) return
    earlierFor[restLater[c]!] = restEarlier[r]!
    laterFor[restEarlier[r]!] = restLater[c]!
  })

  // How far a pair stands above the next best choice of either clause: a clear winner is surer.
  const runnerUp = (r: number, c: number) => {
    let best = 0
    scores[r]!.forEach((value, k) => k !== c && value > best && (best = value))
    byColumn[c]!.forEach((value, k) => k !== r && value > best && (best = value))
    return best
  }
  const containment = (from: Profile, into: Profile) => {
    if (from.mass === 0) return 0
    let sum = 0
    for (const [token, weight] of from.weights) if (into.weights.has(token)) sum += weight
    return sum / from.mass
  }

  const links: ClauseLink[] = later.map((_, j) => {
    const i = earlierFor[j]!
    if (i >= 0 && exact.has(j)) return { earlier: i, confidence: 1, reason: 'same-text', splitFrom: null }
    if (i >= 0) {
      const r = rowOf.get(i)!
      const c = columnOf.get(j)!
      const margin = scores[r]!.get(c)! - runnerUp(r, c)
      const numbered = sharedNumbering && sameNumber(i, j)
      return { earlier: i, confidence: linkConfidence(textOf(i, j), margin, numbered, titleSimilarity(i, j)), reason: numbered ? 'same-number' : 'similar-text', splitFrom: null }
    }
    return { earlier: null, confidence: 0, reason: 'new', splitFrom: null }
  })

  // 4. Splits and merges among what is left: how much of one clause's wording the other holds,
  // helped by place (a piece next to the rest of its clause) and number ("3.2" under "3").
  const continues = (j: number) => (j < 0 || j >= later.length ? null : (links[j]!.earlier ?? links[j]!.splitFrom))
  const underNumber = (i: number, j: number) => earlierNumbers[i] !== null && laterNumbers[j] !== null && laterNumbers[j]!.startsWith(`${earlierNumbers[i]}.`)
  const splitOrNew = (j: number): ClauseLink => {
    let best: { i: number; value: number } | null = null
    let closest = 0
    for (const [r, score] of byColumn[columnOf.get(j)!]!) {
      const i = restEarlier[r]!
      const text = textOf(i, j)
      closest = Math.max(closest, text)
      if (score <= 0 || text < 0.12 || laterProfiles[j]!.mass < 3) continue
      const nextTo = continues(j - 1) === i || continues(j + 1) === i
      const value = containment(laterProfiles[j]!, earlierProfiles[i]!) + (nextTo ? 0.15 : 0) + (underNumber(i, j) ? 0.1 : 0)
      if (value >= 0.7 && (!best || value > best.value)) best = { i, value }
    }
    if (best) return { earlier: null, confidence: splitConfidence(best.value), reason: 'split', splitFrom: best.i }
    return { earlier: null, confidence: round(1 - closest), reason: 'new', splitFrom: null }
  }
  restLater.forEach((j) => {
    if (earlierFor[j]! < 0) links[j] = splitOrNew(j)
  })
  const mergedInto = new Map<number, Merge>()
  const absorbedBy = (i: number) => (i < 0 || i >= earlier.length ? null : laterFor[i]! >= 0 ? laterFor[i]! : (mergedInto.get(i)?.later ?? null))
  restEarlier.forEach((i, r) => {
    if (laterFor[i]! >= 0 || earlierProfiles[i]!.mass < 3) return
    let best: { j: number; value: number } | null = null
    for (const [c, text] of similarity[r]!) {
      const j = restLater[c]!
      if (earlierFor[j]! < 0 || text < 0.12) continue
      const nextTo = absorbedBy(i - 1) === j || absorbedBy(i + 1) === j
      const value = containment(earlierProfiles[i]!, laterProfiles[j]!) + (nextTo ? 0.15 : 0)
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
