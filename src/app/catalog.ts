import { CLAUSE_STATUSES, type Negotiation } from '../domain/model.ts'
import type { RouteCatalog } from '../url/resolveRoute.ts'

export const MATRIX_FIXED_COLUMNS = ['term'] as const

/** The ids that links may name, taken from the loaded negotiation. */
export function routeCatalog(negotiation: Negotiation): RouteCatalog {
  return {
    versions: negotiation.versions.map((version) => version.id),
    clauses: negotiation.lineages.map((lineage) => lineage.id),
    topics: negotiation.topics.map((topic) => topic.id),
    statuses: CLAUSE_STATUSES,
    matrixColumns: MATRIX_FIXED_COLUMNS,
    defaultComparison: negotiation.defaultComparison,
  }
}
