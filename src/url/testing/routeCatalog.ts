import type { ClauseStatus } from '../../domain/model.ts'
import type { RouteCatalog } from '../resolveRoute.ts'

/** What a test catalog names, as plain strings. */
interface CatalogIds {
  readonly versions: readonly string[]
  readonly clauses: readonly string[]
  readonly topics: readonly string[]
  readonly statuses: readonly ClauseStatus[]
  readonly matrixColumns: readonly string[]
  readonly defaultComparison: readonly [string, string]
}

/** A catalog of made-up ids for codec tests; a loaded negotiation's ids carry their brands from the loader. */
export function routeCatalogOf(ids: CatalogIds): RouteCatalog {
  return ids as RouteCatalog
}
