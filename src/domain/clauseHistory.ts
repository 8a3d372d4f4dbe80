import { compareClauseTerms, diffClauses, type PartDiff } from './clauseDiff.ts'
import { wordingKnown } from './clauseState.ts'
import type { ClauseId, ClauseVersion, Negotiation, Version } from './model.ts'
import { versionLine } from './versionLine.ts'
import type { TermChange } from './terms.ts'

export interface HistoryEntry {
  readonly version: Version
  readonly clause: ClauseVersion
  /** The nearest version this one revises whose text of the clause is known; the diff is against it. */
  readonly against: Version | null
  readonly parts: readonly PartDiff[] | null
  readonly terms: readonly TermChange[]
}

/**
 * One clause through every version in date order. Each entry is diffed against the version it
 * revises (its `basedOn`), or that version's own base where the base's wording of the clause is
 * not known, so a rival draft (E3 beside Geneva) is never taken for an ancestor.
 */
export function clauseHistory(negotiation: Negotiation, clauseId: ClauseId): HistoryEntry[] {
  const byId = new Map(negotiation.versions.map((version) => [version.id, version]))
  const knownAncestor = (version: Version): { version: Version; clause: ClauseVersion } | null => {
    const baseOf = (item: Version) => (item.basedOn ? byId.get(item.basedOn) : undefined)
    for (const base of versionLine(baseOf(version), baseOf)) {
      const clause = base.clauses.get(clauseId)
      if (clause && wordingKnown(clause)) return { version: base, clause }
    }
    return null
  }
  return negotiation.versions.flatMap((version) => {
    const clause = version.clauses.get(clauseId)
    if (!clause) return []
    const against = knownAncestor(version)
    return [
      {
        version,
        clause,
        against: against?.version ?? null,
        parts: against ? diffClauses(against.clause, clause) : null,
        terms: against ? compareClauseTerms(negotiation.terms, against.clause, clause) : [],
      },
    ]
  })
}
