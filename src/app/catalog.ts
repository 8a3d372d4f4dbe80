import { CLAUSE_STATUSES, type Negotiation, type VersionHeading } from '../domain/model.ts'
import type { RouteCatalog } from '../url/resolveRoute.ts'

export const MATRIX_FIXED_COLUMNS = ['term'] as const

/** The ids that links may name, taken from the loaded negotiation (or its opening, with every version's heading). */
export function routeCatalog(negotiation: Negotiation, versions: readonly VersionHeading[] = negotiation.versions): RouteCatalog {
  return {
    versions: versions.map((version) => version.id),
    clauses: negotiation.lineages.map((lineage) => lineage.id),
    topics: negotiation.topics.map((topic) => topic.id),
    statuses: CLAUSE_STATUSES,
    matrixColumns: MATRIX_FIXED_COLUMNS,
    defaultComparison: negotiation.defaultComparison,
  }
}
