/**
 * The alignment of a later draft with an earlier one: one link per later clause, the earlier
 * clauses merged into a later one, and what the user reads from it or changes by hand.
 */

export type LinkReason =
  /** The same wording, word for word. */
  | 'same-text'
  /** The same number, and the numbering of the two drafts is shared. */
  | 'same-number'
  /** Left over by the assignment: the same number in a shared numbering, with nothing in the wording to go by. */
  | 'number-only'
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
