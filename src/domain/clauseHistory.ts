import { compareClauseTerms, diffClauses, type PartDiff } from './buildComparison.ts'
import type { ClauseId, ClauseVersion, Negotiation, Version } from './model.ts'
import type { TermChange } from './terms.ts'

export interface HistoryEntry {
  readonly version: Version
  readonly clause: ClauseVersion
  /** The latest earlier version whose text of this clause is known; the diff is against it. */
  readonly against: Version | null
  readonly parts: readonly PartDiff[] | null
  readonly terms: readonly TermChange[]
}

/** True when a version's wording of the clause is known, including knowing there is none. */
function wordingKnown(clause: ClauseVersion): boolean {
  if (clause.status === 'unknown') return false
  if (clause.status === 'deleted' || clause.status === 'absent') return true
  return clause.parts.length > 0
}

/**
 * One clause through every version in date order. Each entry is diffed against the latest
 * earlier version whose text of the clause is known, so a version whose text was never
 * published (Geneva) does not break the chain for the ones after it.
 */
export function clauseHistory(negotiation: Negotiation, clauseId: ClauseId): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  let known: { version: Version; clause: ClauseVersion } | null = null
  for (const version of negotiation.versions) {
    const clause = version.clauses.get(clauseId)
    if (!clause) continue
    const against = known
    entries.push({
      version,
      clause,
      against: against?.version ?? null,
      parts: against ? diffClauses(against.clause, clause) : null,
      terms: against ? compareClauseTerms(negotiation.terms, against.clause, clause) : [],
    })
    if (wordingKnown(clause)) known = { version, clause }
  }
  return entries
}
