/**
 * Scores the substantive-change flags against hand labels (eval/flags/pairs.json): for each kind,
 * precision (of the pairs flagged, how many a reader labelled so) and recall (of the pairs
 * labelled, how many are flagged). Pure, so the test and `npm run eval:flags` report the same.
 */
import { flagTexts } from './changeFlags.ts'
import { FLAG_KINDS, type FlagKind } from './flagKinds.ts'

export interface LabelledPair {
  readonly id: string
  readonly before: string
  readonly after: string
  /** The kinds a reader found in the pair, by hand. */
  readonly kinds: readonly FlagKind[]
}

export interface KindScore {
  readonly kind: FlagKind
  readonly labelled: number
  readonly flagged: number
  readonly right: number
  /** Null when nothing was flagged (no precision to speak of). */
  readonly precision: number | null
  readonly recall: number | null
  /** Pair ids flagged but not labelled, and labelled but not flagged. */
  readonly falsePositives: readonly string[]
  readonly misses: readonly string[]
}

export function scoreFlags(pairs: readonly LabelledPair[]): KindScore[] {
  const predicted = pairs.map((pair) => ({ pair, found: new Set(flagTexts(pair.before, pair.after).map((flag) => flag.kind)) }))
  return FLAG_KINDS.map((kind) => {
    const falsePositives: string[] = []
    const misses: string[] = []
    let labelled = 0
    let flagged = 0
    let right = 0
    predicted.forEach(({ pair, found }) => {
      const truth = pair.kinds.includes(kind)
      const guess = found.has(kind)
      if (truth) labelled += 1
      if (guess) flagged += 1
      if (truth && guess) right += 1
      if (guess && !truth) falsePositives.push(pair.id)
      if (truth && !guess) misses.push(pair.id)
    })
    return { kind, labelled, flagged, right, precision: flagged > 0 ? right / flagged : null, recall: labelled > 0 ? right / labelled : null, falsePositives, misses }
  })
}
