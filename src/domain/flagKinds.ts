/**
 * The kinds of substantive-change flag, as links name them (`?flags=numbers,parties`). Kept apart
 * from the rules (changeFlags.ts) and the words for them (flagLabels.ts), which load after the first view:
 * the URL codec needs only these.
 */
export const FLAG_KINDS = ['obligation', 'negation', 'numbers', 'parties', 'conditions', 'scope'] as const
export type FlagKind = (typeof FLAG_KINDS)[number]
