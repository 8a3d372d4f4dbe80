import type { NegotiationOpening } from '../../load/negotiationJson.ts'
import type { ResolvedRoute } from '../../url/resolveRoute.ts'

/** A bundled negotiation whose rest is still loading: `loaded` says whether it came (true) or failed (false). */
export interface PendingNegotiation {
  readonly opening: NegotiationOpening
  readonly loaded: Promise<boolean>
}

/**
 * Whether a route may be drawn from the opening alone: the comparison of the opening's versions.
 * A link to one clause waits for the rest, so that the clause it was shared for opens with its
 * sources in place.
 */
export function drawnFromOpening(pending: PendingNegotiation, route: ResolvedRoute): boolean {
  return (
    route.page === 'compare' &&
    route.options.clause === null &&
    route.versions.every((id) => pending.opening.negotiation.versions.some((version) => version.id === id))
  )
}
