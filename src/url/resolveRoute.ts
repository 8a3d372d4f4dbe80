/**
 * Checks a parsed route against the ids that exist, and turns anything it cannot show into
 * the nearest view it can, with a notice saying what was changed and why.
 */
import type { ClauseId, ClauseStatus, TopicId, VersionId } from '../domain/model.ts'
import { quoteInput } from './quoteInput.ts'
import { DEFAULT_COMPARE_OPTIONS, DEFAULT_MATRIX_OPTIONS, type CompareOptions, type KnownIds, type LinkIds, type Route, type RouteIssue, type RouteOf } from './route.ts'

/** The ids a route may name, in display order. */
export interface RouteCatalog {
  readonly versions: readonly VersionId[]
  readonly clauses: readonly ClauseId[]
  readonly topics: readonly TopicId[]
  /** Clause statuses a status filter may name. */
  readonly statuses: readonly ClauseStatus[]
  readonly matrixColumns: readonly string[]
  readonly defaultComparison: readonly [VersionId, VersionId]
}

/** A page the app shows, naming only ids the negotiation has. */
export type ResolvedRoute = Exclude<RouteOf<KnownIds>, { page: 'home' } | { page: 'not-found' }>

const quoted = (id: string) => quoteInput(id)

/** The catalog's own id for an id from a link, if it has one: how a link's id gets its brand. */
function known<Id extends string>(ids: readonly Id[], id: string): Id | undefined {
  return ids.find((candidate) => candidate === id)
}

/** The ids from a link that the catalog has, in the link's order, branded. */
function knownOnly<Id extends string>(ids: readonly Id[], requested: readonly string[]): Id[] {
  return requested.flatMap((id) => known(ids, id) ?? [])
}

/** The ids from a link that the catalog does not have. */
function unknownOnly(ids: readonly string[], requested: readonly string[]): string[] {
  return requested.filter((id) => !ids.includes(id))
}

function resolveVersions(requested: readonly string[], catalog: RouteCatalog, notices: string[]): VersionId[] {
  const named = knownOnly(catalog.versions, requested)
  const unknown = unknownOnly(catalog.versions, requested)
  if (unknown.length > 0) {
    notices.push(
      `There is no version ${unknown.map(quoted).join(' or ')}. Available versions: ${catalog.versions.join(', ')}.`,
    )
  }
  const unique = [...new Set(named)]
  if (unique.length < named.length) notices.push('A version was named twice; each is shown once.')
  if (unique.length >= 2) return unique
  // Keep date order when filling in, so "#/compare/e3" becomes US 28-point → E3, not the reverse.
  const filled = [...new Set([...unique, ...catalog.defaultComparison, ...catalog.versions])]
    .slice(0, 2)
    .sort((a, b) => catalog.versions.indexOf(a) - catalog.versions.indexOf(b))
  notices.push(
    requested.length > 0
      ? `A comparison needs two versions; showing ${filled.join(' against ')}.`
      : `This link names no versions to compare; showing ${filled.join(' against ')}.`,
  )
  return filled
}

function resolveTopics(topics: readonly string[], catalog: RouteCatalog, notices: string[]): TopicId[] {
  const unknown = unknownOnly(catalog.topics, topics)
  if (unknown.length > 0) notices.push(`Ignored the unknown topic ${unknown.map(quoted).join(', ')}.`)
  // Canonical order: the negotiation's topic order, so one filter has one URL.
  return catalog.topics.filter((topic) => topics.includes(topic))
}

function resolveCompareOptions(options: CompareOptions<LinkIds>, catalog: RouteCatalog, notices: string[]): CompareOptions {
  const clause = options.clause === null ? null : (known(catalog.clauses, options.clause) ?? null)
  if (options.clause !== null && clause === null) notices.push(`There is no clause ${quoted(options.clause)}; showing the whole comparison.`)
  const unknownStatuses = unknownOnly(catalog.statuses, options.statuses)
  if (unknownStatuses.length > 0) notices.push(`Ignored the unknown status ${unknownStatuses.map(quoted).join(', ')}.`)
  // Canonical order, as for topics: one filter has one URL.
  const statuses = catalog.statuses.filter((status) => options.statuses.includes(status))
  return { ...options, clause, topics: resolveTopics(options.topics, catalog, notices), statuses }
}

/** Resolves a parsed route; `issues` from parsing become notices too. Never throws. */
export function resolveRoute(
  route: Route,
  issues: readonly RouteIssue[],
  catalog: RouteCatalog,
): { route: ResolvedRoute; notices: string[] } {
  const resolved = resolveWithNotices(route, issues, catalog)
  // The same mistake made twice ("view=a&view=b&view=c") is explained once.
  return { route: resolved.route, notices: [...new Set(resolved.notices)] }
}

function resolveWithNotices(route: Route, issues: readonly RouteIssue[], catalog: RouteCatalog): { route: ResolvedRoute; notices: string[] } {
  const notices = issues.map((issue) => issue.message)
  const defaultCompare = (): ResolvedRoute => ({
    page: 'compare',
    versions: [...catalog.defaultComparison],
    options: DEFAULT_COMPARE_OPTIONS,
  })

  switch (route.page) {
    case 'home':
      return { route: defaultCompare(), notices }
    case 'not-found':
      notices.push(`There is no page ${quoteInput(`/${route.path}`, 60)}; showing the default comparison instead.`)
      return { route: defaultCompare(), notices }
    case 'compare':
      return {
        route: {
          page: 'compare',
          versions: resolveVersions(route.versions, catalog, notices),
          options: resolveCompareOptions(route.options, catalog, notices),
        },
        notices,
      }
    case 'report':
      return {
        route: {
          page: 'report',
          versions: resolveVersions(route.versions, catalog, notices),
          options: resolveCompareOptions(route.options, catalog, notices),
          paper: route.paper,
          orientation: route.orientation,
        },
        notices,
      }
    case 'matrix': {
      const { options } = route
      const unknownVersions = unknownOnly(catalog.versions, options.versions)
      if (unknownVersions.length > 0) notices.push(`There is no version ${unknownVersions.map(quoted).join(' or ')}; it is left out of the matrix.`)
      const named = [...new Set(knownOnly(catalog.versions, options.versions))]
      // Canonical: every version in date order is the default, written as no parameter at all.
      const versions = named.join(',') === catalog.versions.join(',') ? [] : named
      const shown = versions.length > 0 ? versions : catalog.versions
      const namedBase = options.base === null ? null : (known(shown, options.base) ?? null)
      if (options.base !== null && namedBase === null) notices.push(`The base column ${quoted(options.base)} is not shown; comparing with ${shown[0]} instead.`)
      const base = namedBase === shown[0] ? null : namedBase
      let sort = options.sort
      if (sort && !catalog.matrixColumns.includes(sort.column) && known(shown, sort.column) === undefined) {
        notices.push(`The matrix cannot be sorted by ${quoted(sort.column)}; it is shown in its usual order.`)
        sort = null
      }
      return {
        route: {
          page: 'matrix',
          options: { ...DEFAULT_MATRIX_OPTIONS, topics: resolveTopics(options.topics, catalog, notices), versions, base, sort },
        },
        notices,
      }
    }
    case 'clause': {
      const clause = route.clause === null ? null : (known(catalog.clauses, route.clause) ?? null)
      if (route.clause !== null && clause === null) notices.push(`There is no clause ${quoted(route.clause)}; here is the list of clauses.`)
      return { route: { page: 'clause', clause }, notices }
    }
    case 'sources':
    case 'versions':
    case 'workspaces':
      return { route, notices }
  }
}
