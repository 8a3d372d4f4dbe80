/**
 * Aligns a later draft with an earlier one, clause by clause, across renumbering. Text
 * similarity decides; a shared number or title only tips a close call, so a draft that
 * renumbers 28 points into 20 still matches by content, and one that keeps the numbering
 * matches rewritten clauses by number. Each link carries a confidence the user can overrule.
 */

/** What the aligner reads of a clause: its number, title and whole wording. */
export interface AlignableClause {
  readonly number: string | null
  readonly title: string | null
  readonly text: string
  readonly parts: readonly { readonly text: string }[]
}

function wording(clause: AlignableClause): string {
  return [clause.title ?? '', clause.text, ...clause.parts.map((part) => part.text)].join(' ')
}

export type LinkReason =
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
  /** How sure the match is, 0 to 1 (1 for a match the user confirmed). */
  readonly confidence: number
  readonly reason: LinkReason
  /** For a split: the earlier clause its wording came from, which another clause continues. */
  readonly splitFrom: number | null
}

export interface Alignment {
  /** One link per later clause, in the later draft's order. */
  readonly links: readonly ClauseLink[]
  /** Earlier clauses merged into a later one (earlier index → later index). */
  readonly mergedInto: ReadonlyMap<number, number>
}

const STOP_WORDS = new Set(
  'a an and any are as at be been by for from has have in into is it its of on or shall that the their there these this those to was were which will with would'.split(' '),
)

/** Lower-cased word stems; a light suffix strip so "guarantees" meets "guaranteed". */
export function tokenize(text: string): string[] {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []
  const tokens: string[] = []
  for (const word of words) {
    if (STOP_WORDS.has(word) || (word.length < 2 && !/\d/.test(word))) continue
    tokens.push(stem(word))
  }
  return tokens
}

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

interface Profile {
  /** Token → weight (inverse document frequency), each token once. */
  readonly weights: Map<string, number>
  readonly norm: number
  readonly mass: number
}

function normalizedNumber(number: string | null): string | null {
  return number === null ? null : number.toLowerCase().replace(/[^a-z0-9.]/g, '')
}

function normalizedTitle(title: string | null): string | null {
  return title === null ? null : title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * Aligns `later` with `earlier`.
 * @example alignClauses([{ number: '1', title: null, text: 'Army capped at 600,000', parts: [] }], [{ number: '4', title: null, text: 'Army capped at 800,000', parts: [] }]).links[0].earlier // 0
 */
export function alignClauses(earlier: readonly AlignableClause[], later: readonly AlignableClause[]): Alignment {
  const earlierTokens = earlier.map((clause) => new Set(tokenize(wording(clause))))
  const laterTokens = later.map((clause) => new Set(tokenize(wording(clause))))

  // Inverse document frequency over both drafts: words every clause uses say little.
  const frequency = new Map<string, number>()
  for (const tokens of [...earlierTokens, ...laterTokens]) for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1)
  const documents = earlier.length + later.length
  const idf = (token: string) => Math.log(1 + documents / (frequency.get(token) ?? 1))
  const profile = (tokens: Set<string>): Profile => {
    const weights = new Map<string, number>()
    let norm = 0
    let mass = 0
    for (const token of tokens) {
      const weight = idf(token)
      weights.set(token, weight)
      norm += weight * weight
      mass += weight
    }
    return { weights, norm: Math.sqrt(norm), mass }
  }
  const earlierProfiles = earlierTokens.map(profile)
  const laterProfiles = laterTokens.map(profile)

  // Shared weight of every pair that shares a word, through an index of the later draft's words.
  // Words in most clauses are skipped: they cost the most and weigh the least.
  const postings = new Map<string, number[]>()
  laterTokens.forEach((tokens, index) => {
    for (const token of tokens) {
      const list = postings.get(token)
      if (list) list.push(index)
      else postings.set(token, [index])
    }
  })
  const common = Math.max(30, later.length / 50)
  const counted = (token: string) => (postings.get(token)?.length ?? 0) <= common
  const cosine = (i: number, j: number, dot: number) => {
    const norms = earlierProfiles[i]!.norm * laterProfiles[j]!.norm
    return norms === 0 ? 0 : dot / norms
  }
  /** The similarity of one pair, computed directly (the index pass keeps only the best pairs). */
  const similarityOf = (i: number, j: number) => {
    let dot = 0
    const other = laterProfiles[j]!.weights
    for (const [token, weight] of earlierProfiles[i]!.weights) if (other.has(token) && counted(token)) dot += weight * weight
    return cosine(i, j, dot)
  }

  const earlierNumbers = earlier.map((clause) => normalizedNumber(clause.number))
  const laterNumbers = later.map((clause) => normalizedNumber(clause.number))
  const earlierTitles = earlier.map((clause) => normalizedTitle(clause.title))
  const laterTitles = later.map((clause) => normalizedTitle(clause.title))
  const relative = (index: number, length: number) => (length <= 1 ? 0 : index / (length - 1))

  interface Candidate {
    readonly i: number
    readonly j: number
    readonly similarity: number
    readonly score: number
  }
  const candidates: Candidate[] = []
  const addCandidate = (i: number, j: number, similarity: number) => {
    let score = similarity
    if (earlierNumbers[i] !== null && earlierNumbers[i] === laterNumbers[j]) score += 0.08
    if (earlierTitles[i] && earlierTitles[i] === laterTitles[j]) score += 0.15
    // Drafts mostly keep their order: between two equal texts, the one in the same place wins.
    score += 0.05 * (1 - Math.abs(relative(i, earlier.length) - relative(j, later.length)))
    candidates.push({ i, j, similarity, score })
  }
  // Only each clause's closest few are worth ranking: a long draft has millions of weak pairs.
  const TOP = 5
  const topForLater: { i: number; similarity: number }[][] = later.map(() => [])
  const keepTop = (list: { i: number; similarity: number }[], entry: { i: number; similarity: number }) => {
    list.push(entry)
    list.sort((a, b) => b.similarity - a.similarity)
    if (list.length > TOP) list.pop()
  }
  // One dense row of dot products, reused for every earlier clause.
  const row = new Float64Array(later.length)
  const topForEarlier = earlierProfiles.map((earlierProfile, i) => {
    const touched: number[] = []
    for (const [token, weight] of earlierProfile.weights) {
      const list = postings.get(token)
      if (!list || list.length > common) continue
      for (const j of list) {
        if (row[j] === 0) touched.push(j)
        row[j] = row[j]! + weight * weight
      }
    }
    const top: { i: number; similarity: number }[] = []
    for (const j of touched) {
      const similarity = cosine(i, j, row[j]!)
      row[j] = 0
      if (top.length < TOP || similarity > top[top.length - 1]!.similarity) keepTop(top, { i: j, similarity })
      const forLater = topForLater[j]!
      if (forLater.length < TOP || similarity > forLater[forLater.length - 1]!.similarity) keepTop(forLater, { i, similarity })
    }
    return top
  })
  const seen = new Set<number>()
  const consider = (i: number, j: number, similarity: number) => {
    const key = i * later.length + j
    if (seen.has(key)) return
    seen.add(key)
    addCandidate(i, j, similarity)
  }
  topForEarlier.forEach((top, i) => top.forEach(({ i: j, similarity }) => consider(i, j, similarity)))
  topForLater.forEach((top, j) => top.forEach(({ i, similarity }) => consider(i, j, similarity)))
  // Same numbers are always candidates, so a shared numbering can tip a close call.
  const laterByNumber = new Map<string, number>()
  laterNumbers.forEach((number, j) => number !== null && laterByNumber.set(number, j))
  earlierNumbers.forEach((number, i) => {
    const j = number === null ? undefined : laterByNumber.get(number)
    if (j !== undefined) consider(i, j, similarityOf(i, j))
  })
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j)

  const earlierTaken = new Map<number, number>()
  const laterTaken = new Map<number, Candidate>()
  const take = (candidate: Candidate) => {
    earlierTaken.set(candidate.i, candidate.j)
    laterTaken.set(candidate.j, candidate)
  }
  for (const candidate of candidates) {
    if (candidate.score < 0.22) break
    if (!earlierTaken.has(candidate.i) && !laterTaken.has(candidate.j)) take(candidate)
  }
  // Leftovers: a weak match still counts when each is the other's best remaining choice,
  // as when a clause is rewritten around the same subject. Its low confidence asks for a check.
  const bestLeft = new Map<number, Candidate>()
  const bestRight = new Map<number, Candidate>()
  for (const candidate of candidates) {
    if (candidate.score < 0.1) break
    if (candidate.similarity < 0.1 || earlierTaken.has(candidate.i) || laterTaken.has(candidate.j)) continue
    if (!bestLeft.has(candidate.i)) bestLeft.set(candidate.i, candidate)
    if (!bestRight.has(candidate.j)) bestRight.set(candidate.j, candidate)
  }
  for (const candidate of bestLeft.values()) if (bestRight.get(candidate.j) === candidate) take(candidate)

  // Shared numbering: when the confident matches mostly keep their numbers, a clause left
  // over under the same number as an unmatched earlier one was rewritten, not replaced.
  const confident = [...laterTaken.values()].filter((c) => c.similarity >= 0.5)
  const keepsNumbers = confident.length >= 3 && confident.filter((c) => earlierNumbers[c.i] !== null && earlierNumbers[c.i] === laterNumbers[c.j]).length >= confident.length * 0.8
  const numberMatches = new Set<number>()
  if (keepsNumbers) {
    const unmatchedByNumber = new Map<string, number>()
    earlier.forEach((_, i) => {
      const number = earlierNumbers[i]
      if (!earlierTaken.has(i) && number) unmatchedByNumber.set(number, i)
    })
    later.forEach((_, j) => {
      const number = laterNumbers[j]
      const i = number ? unmatchedByNumber.get(number) : undefined
      if (laterTaken.has(j) || i === undefined || earlierTaken.has(i)) return
      const similarity = similarityOf(i, j)
      earlierTaken.set(i, j)
      laterTaken.set(j, { i, j, similarity, score: similarity })
      numberMatches.add(j)
    })
  }

  // Splits and merges: a leftover clause most of whose weighted words sit in a matched clause.
  const containment = (from: Profile, into: Profile) => {
    if (from.mass === 0) return 0
    let sum = 0
    for (const [token, weight] of from.weights) if (into.weights.has(token)) sum += weight
    return sum / from.mass
  }
  const links: ClauseLink[] = later.map((_, j) => {
    const match = laterTaken.get(j)
    if (match) {
      const numberOnly = numberMatches.has(j)
      return {
        earlier: match.i,
        confidence: numberOnly ? Math.min(0.6, 0.35 + match.similarity) : confidenceOf(match.similarity, earlierNumbers[match.i] === laterNumbers[j]),
        reason: numberOnly || (earlierNumbers[match.i] !== null && earlierNumbers[match.i] === laterNumbers[j]) ? 'same-number' : 'similar-text',
        splitFrom: null,
      }
    }
    let best: { i: number; value: number } | null = null
    for (const { i } of topForLater[j] ?? []) {
      if (!earlierTaken.has(i)) continue
      const value = containment(laterProfiles[j]!, earlierProfiles[i]!)
      if (value >= 0.6 && (!best || value > best.value)) best = { i, value }
    }
    return best
      ? { earlier: null, confidence: round(best.value * 0.8), reason: 'split', splitFrom: best.i }
      : { earlier: null, confidence: round(1 - (topForLater[j]?.[0]?.similarity ?? 0)), reason: 'new', splitFrom: null }
  })

  const mergedInto = new Map<number, number>()
  earlier.forEach((_, i) => {
    if (earlierTaken.has(i)) return
    let best: { j: number; value: number } | null = null
    for (const { i: j } of topForEarlier[i]!) {
      if (!laterTaken.has(j)) continue
      const value = containment(earlierProfiles[i]!, laterProfiles[j]!)
      if (value >= 0.6 && (!best || value > best.value)) best = { j, value }
    }
    if (best) mergedInto.set(i, best.j)
  })
  return { links, mergedInto }
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100
}

/** Similarity is a cosine; a shared number makes a middling match more believable. */
function confidenceOf(similarity: number, sameNumber: boolean): number {
  return round(Math.min(1, similarity * 1.15 + (sameNumber ? 0.1 : 0)))
}

/** Confidence in words, so colour or a figure is never the only cue. */
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
