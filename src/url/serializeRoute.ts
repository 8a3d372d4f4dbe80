/**
 * Writes a `Route` as its hash, canonically (fixed parameter order, defaults left out), so one
 * view has exactly one URL; and the page links views build with it.
 */

import { DIFF_IGNORES } from '../domain/diffText.ts'
import { FLAG_KINDS } from '../domain/flagKinds.ts'
import { DEFAULT_COMPARE_OPTIONS, DEFAULT_MATRIX_OPTIONS, type CompareOptions, type LinkIds, type MatrixOptions, type Orientation, type Paper, type Route } from './route.ts'

function encodeList(items: readonly string[]): string {
  return items.map(encodeURIComponent).join(',')
}

function query(pairs: readonly (readonly [string, string | null])[]): string {
  const parts = pairs.flatMap(([key, value]) => (value === null ? [] : [`${key}=${value}`]))
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

function compareQuery(options: CompareOptions<LinkIds>, paper: Paper | null = null, orientation: Orientation = 'portrait'): string {
  return query([
    ['clause', options.clause ? encodeURIComponent(options.clause) : null],
    ['view', options.view === 'split' ? null : options.view],
    ['base', options.base === 'first' ? null : options.base],
    ['status', options.statuses.length > 0 ? encodeList(options.statuses) : null],
    ['topics', options.topics.length > 0 ? encodeList(options.topics) : null],
    ['changed', options.changed ? '1' : null],
    ['flags', options.flags.length > 0 ? FLAG_KINDS.filter((item) => options.flags.includes(item)).join(',') : null],
    ['q', options.query ? encodeURIComponent(options.query) : null],
    ['ignore', options.ignore.length > 0 ? DIFF_IGNORES.filter((item) => options.ignore.includes(item)).join(',') : null],
    ['paper', paper],
    ['orientation', orientation === 'portrait' ? null : orientation],
  ])
}

/** The canonical hash for a route, e.g. `#/compare/us-28/e3?view=inline`. */
export function serializeRoute(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/'
    case 'compare':
      return `#/compare/${route.versions.map(encodeURIComponent).join('/')}${compareQuery(route.options)}`
    case 'report':
      return `#/report/${route.versions.map(encodeURIComponent).join('/')}${compareQuery(route.options, route.paper, route.orientation)}`
    case 'matrix': {
      const { topics, versions, base, sort } = route.options
      return `#/matrix${query([
        ['topics', topics.length > 0 ? encodeList(topics) : null],
        ['versions', versions.length > 0 ? encodeList(versions) : null],
        ['base', base ? encodeURIComponent(base) : null],
        ['sort', sort ? `${sort.direction === 'desc' ? '-' : ''}${encodeURIComponent(sort.column)}` : null],
      ])}`
    }
    case 'clause':
      return route.clause ? `#/clause/${encodeURIComponent(route.clause)}` : '#/clause'
    case 'sources':
    case 'versions':
    case 'workspaces':
      return `#/${route.page}`
    case 'not-found':
      return `#/${route.path}`
  }
}

/**
 * Links to the app's pages, each built from what it shows (in the manner of bulletproof-react's
 * `paths.ts`), so no view writes a route by hand. A link is checked when it is followed, so any
 * ids will do. Inside a workspace, views put these behind its prefix (`useScopedHref`).
 *
 * @example routes.compare(['us-28', 'e3'], { clause: 'army-size' }) // '#/compare/us-28/e3?clause=army-size'
 */
export const routes = {
  compare: (versions: readonly string[], options: Partial<CompareOptions<LinkIds>> = {}) =>
    serializeRoute({ page: 'compare', versions, options: { ...DEFAULT_COMPARE_OPTIONS, ...options } }),
  /** The printable report of a comparison, on the print dialog's paper, portrait. */
  report: (versions: readonly string[], options: Partial<CompareOptions<LinkIds>> = {}) =>
    serializeRoute({ page: 'report', versions, options: { ...DEFAULT_COMPARE_OPTIONS, ...options }, paper: null, orientation: 'portrait' }),
  matrix: (options: Partial<MatrixOptions<LinkIds>> = {}) => serializeRoute({ page: 'matrix', options: { ...DEFAULT_MATRIX_OPTIONS, ...options } }),
  /** One clause's history, or with none the list of clauses. */
  clause: (clause: string | null = null) => serializeRoute({ page: 'clause', clause }),
  versions: () => serializeRoute({ page: 'versions' }),
  sources: () => serializeRoute({ page: 'sources' }),
  workspaces: () => serializeRoute({ page: 'workspaces' }),
}

/**
 * A link for paper or an export: the app's published address (any fragment dropped) followed by
 * the route, or the route alone when the address is not known.
 * @example publishedLink('#/compare/us-28/e3', 'https://example.org/diff/') // 'https://example.org/diff/#/compare/us-28/e3'
 */
export function publishedLink(hash: string, base: string | null): string {
  return base ? `${base.replace(/#.*$/, '')}${hash}` : hash
}
