import { getComparisonInSteps } from '../domain/buildComparison.ts'
import { diffOptionsFor } from '../domain/diffText.ts'
import type { Negotiation } from '../domain/model.ts'
import { runInSlices } from '../hooks/runInSlices.ts'
import type { ResolvedRoute } from '../url/resolveRoute.ts'

/**
 * Builds a comparison page's comparison in short tasks, then calls `done`: the page draws it from
 * the cache. 5 versions of 2,000 clauses built in the render that drew them held the page for
 * 200–300 ms. A short one is built in the first slice; any other page needs nothing built.
 */
export function buildComparisonFor(negotiation: Negotiation, route: ResolvedRoute, done: () => void): void {
  if (route.page === 'compare') runInSlices(getComparisonInSteps(negotiation, route.versions, route.options.base, diffOptionsFor(route.options.ignore)), done)
  else done()
}
