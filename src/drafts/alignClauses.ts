/**
 * Aligns a later draft with an earlier one, clause by clause, across renumbering and
 * reorganisation. Identical wordings pair first; the rest are matched by one assignment over
 * the whole document (`bestAssignment`) that weighs wording, title, number and position, so a
 * clause never takes a partner another clause fits better. Then what is left over is read as
 * splits (a later clause whose wording sits inside an earlier one that another clause continues)
 * and merges (an earlier clause absorbed into a later one). Cross-references ("Section 6.1")
 * do not count as shared wording. Each link carries a confidence the user can overrule.
 */
import { itemAt } from '../domain/itemAt.ts'
import { linkConfidence, round, splitConfidence } from './alignConfidence.ts'
import type { Alignment, ClauseLink, Merge } from './alignment.ts'
import { bestAssignment } from './assignment.ts'
import { containment, readClauses, sameNumber, titleSimilarity, underNumber, type AlignableClause, type Reading } from './clauseReadings.ts'

/** Below this score a pair is no match at all. */
const FLOOR = 0.18

/**
 * Aligns `later` with `earlier`.
 * @example alignClauses([{ number: '1', title: null, text: 'Army capped at 600,000', parts: [] }], [{ number: '4', title: null, text: 'Army capped at 800,000', parts: [] }]).links[0].earlier // 0
 */
export function alignClauses(earlier: readonly AlignableClause[], later: readonly AlignableClause[]): Alignment {
  const { earlier: earlierReadings, later: laterReadings } = readClauses(earlier, later)

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

  // 4. Where the numbering is shared, a clause left over pairs with the earlier clause of its number
  // left over too. Their wording was too little alike to pair them (often every word is common to
  // most clauses, or short), so the link is shown Unsure, for the user to check; called new, it
  // was shown as sure to be new.
  if (sharedNumbering) {
    const leftByNumber = new Map<string, number>()
    restEarlier.forEach((reading, r) => {
      if (reading.number !== null && !laterFor.has(reading.index) && !leftByNumber.has(reading.number)) leftByNumber.set(reading.number, r)
    })
    restLater.forEach((reading, c) => {
      const { number } = reading
      if (number === null || earlierFor.has(reading.index)) return
      const r = leftByNumber.get(number)
      if (r === undefined) return
      leftByNumber.delete(number)
      const partner = itemAt(restEarlier, r)
      earlierFor.set(reading.index, partner.index)
      laterFor.set(partner.index, reading.index)
      links[reading.index] = { earlier: partner.index, confidence: round(Math.min(0.4, linkConfidence(textOf(r, c), 0, true, titleSimilarity(partner, reading)))), reason: 'number-only', splitFrom: null }
    })
  }

  // 5. Splits and merges among what is left: how much of one clause's wording the other holds,
  // helped by place (a piece next to the rest of its clause) and number ("3.2" under "3").
  const continues = (j: number) => {
    const link = links[j]
    return link ? (link.earlier ?? link.splitFrom) : null
  }
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
