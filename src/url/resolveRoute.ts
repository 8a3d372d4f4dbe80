/**
 * Checks a parsed route against the ids that exist, and turns anything it cannot show into
 * the nearest view it can, with a notice saying what was changed and why.
 */
import { quoteInput } from './quoteInput.ts'
import { DEFAULT_COMPARE_OPTIONS, DEFAULT_MATRIX_OPTIONS, type CompareOptions, type Route, type RouteIssue } from './route.ts'

/** The ids a route may name, in display order. */
export interface RouteCatalog {
  readonly versions: readonly string[]
  readonly clauses: readonly string[]
  readonly topics: readonly string[]
  /** Clause statuses a status filter may name. */
  readonly statuses: readonly string[]
  readonly matrixColumns: readonly string[]
  readonly defaultComparison: readonly [string, string]
}

export type ResolvedRoute = Exclude<Route, { page: 'home' } | { page: 'not-found' }>

const quoted = (id: string) => quoteInput(id)

function resolveVersions(requested: readonly string[], catalog: RouteCatalog, notices: string[]): string[] {
  const known = requested.filter((id) => catalog.versions.includes(id))
  const unknown = requested.filter((id) => !catalog.versions.includes(id))
  if (unknown.length > 0) {
    notices.push(
      `There is no version ${unknown.map(quoted).join(' or ')}. Available versions: ${catalog.versions.join(', ')}.`,
    )
  }
  const unique = [...new Set(known)]
  if (unique.length < known.length) notices.push('A version was named twice; each is shown once.')
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

function resolveTopics(topics: readonly string[], catalog: RouteCatalog, notices: string[]): string[] {
  const unknown = topics.filter((topic) => !catalog.topics.includes(topic))
  if (unknown.length > 0) notices.push(`Ignored the unknown topic ${unknown.map(quoted).join(', ')}.`)
  // Canonical order: the negotiation's topic order, so one filter has one URL.
  return catalog.topics.filter((topic) => topics.includes(topic))
}

function resolveCompareOptions(options: CompareOptions, catalog: RouteCatalog, notices: string[]): CompareOptions {
  let clause = options.clause
  if (clause !== null && !catalog.clauses.includes(clause)) {
    notices.push(`There is no clause ${quoted(clause)}; showing the whole comparison.`)
    clause = null
  }
  const unknownStatuses = options.statuses.filter((status) => !catalog.statuses.includes(status))
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
      const unknownVersions = options.versions.filter((id) => !catalog.versions.includes(id))
      if (unknownVersions.length > 0) notices.push(`There is no version ${unknownVersions.map(quoted).join(' or ')}; it is left out of the matrix.`)
      const named = [...new Set(options.versions.filter((id) => catalog.versions.includes(id)))]
      // Canonical: every version in date order is the default, written as no parameter at all.
      const versions = named.join(',') === catalog.versions.join(',') ? [] : named
      const shown = versions.length > 0 ? versions : catalog.versions
      let base = options.base
      if (base !== null && !shown.includes(base)) {
        notices.push(`The base column ${quoted(base)} is not shown; comparing with ${shown[0]} instead.`)
        base = null
      }
      if (base === shown[0]) base = null
      let sort = options.sort
      if (sort && !catalog.matrixColumns.includes(sort.column) && !shown.includes(sort.column)) {
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
    case 'clause':
      if (route.clause !== null && !catalog.clauses.includes(route.clause)) {
        notices.push(`There is no clause ${quoted(route.clause)}; here is the list of clauses.`)
        return { route: { page: 'clause', clause: null }, notices }
      }
      return { route, notices }
    case 'sources':
    case 'versions':
    case 'workspaces':
      return { route, notices }
  }
}
