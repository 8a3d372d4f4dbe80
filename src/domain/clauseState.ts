import type { ClauseId, ClauseStatus, ClauseVersion, Version, VersionId } from './model.ts'

/** True when the clause has wording of its own in its version (it may still be unpublished). */
export function hasOwnText(clause: ClauseVersion): boolean {
  return clause.status !== 'deleted' && clause.status !== 'absent' && clause.status !== 'unknown' && clause.status !== 'not-mentioned'
}

/** Unknown, or not mentioned by a partial account: either way this version's wording is not known. */
export function contentUnknown(clause: ClauseVersion): boolean {
  return clause.status === 'unknown' || clause.status === 'not-mentioned'
}

/** Amended, bracketed or moved, but with its new wording never published. */
export function wordingUnpublished(clause: ClauseVersion): boolean {
  return hasOwnText(clause) && clause.parts.length === 0
}

/** True when the version's wording of the clause is known, including knowing there is none. */
export function wordingKnown(clause: ClauseVersion): boolean {
  return !contentUnknown(clause) && !wordingUnpublished(clause)
}

/**
 * True for statuses that relate a clause to another version (kept, amended, deleted, added);
 * false for states that hold on their own (unknown, not mentioned, bracketed, separate track, absent).
 */
export function isRelation(status: ClauseStatus): boolean {
  return status === 'kept' || status === 'amended' || status === 'deleted' || status === 'added'
}

/** The version a clause's own status is stated against: its version's base for relations, nothing for states. */
export function statedAgainst(clause: ClauseVersion, version: Version): VersionId | null {
  return isRelation(clause.status) ? version.basedOn : null
}

/** A clause of the first draft, which introduces everything and is stated against nothing. */
export function isOriginalDraft(clause: ClauseVersion, version: Version): boolean {
  return clause.status === 'added' && version.basedOn === null
}

/** A version's clause in one lineage: every version holds every lineage clause (`absent` where it has none). */
export function clauseIn(version: Version, clause: ClauseId): ClauseVersion {
  const found = version.clauses.get(clause)
  if (!found) throw new Error(`Version ${version.id} holds no clause ${clause}`)
  return found
}
