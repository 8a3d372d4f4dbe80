import { CLAUSE_STATUSES, type ClauseStatus, type Version } from './model.ts'

/** How many of a version's clauses have each status, in the order of `CLAUSE_STATUSES`. */
export function countStatuses(version: Version): ReadonlyArray<readonly [ClauseStatus, number]> {
  const counts = new Map<ClauseStatus, number>(CLAUSE_STATUSES.map((status) => [status, 0]))
  for (const clause of version.clauses.values()) counts.set(clause.status, (counts.get(clause.status) ?? 0) + 1)
  return CLAUSE_STATUSES.map((status) => [status, counts.get(status) ?? 0] as const).filter(([, n]) => n > 0)
}

/** Clauses whose content is known only from low-grade sources, or not at all. */
export function countUncertain(version: Version): { unknown: number; unverified: number } {
  let unknown = 0
  let unverified = 0
  for (const clause of version.clauses.values()) {
    if (clause.status === 'unknown') unknown += 1
    if (clause.confidence === 'unverified') unverified += 1
  }
  return { unknown, unverified }
}
