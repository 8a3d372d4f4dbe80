import { CLAUSE_STATUSES, type ClauseStatus, type Version } from './model.ts'

/** How many of a version's clauses have each status, in the order of `CLAUSE_STATUSES`. */
export function countStatuses(version: Version): ReadonlyArray<readonly [ClauseStatus, number]> {
  const counts = new Map<ClauseStatus, number>(CLAUSE_STATUSES.map((status) => [status, 0]))
  for (const clause of version.clauses.values()) counts.set(clause.status, (counts.get(clause.status) ?? 0) + 1)
  return CLAUSE_STATUSES.map((status) => [status, counts.get(status) ?? 0] as const).filter(([, n]) => n > 0)
}
