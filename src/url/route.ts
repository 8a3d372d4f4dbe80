/**
 * The URL codec: hash routes to a typed `Route` and back. Pure and total: parsing never throws,
 * a malformed part falls back to its default and is reported as a `RouteIssue`. Serializing
 * is canonical (fixed parameter order, defaults left out), so one view has exactly one URL.
 *
 * @example
 * parseRoute('#/compare/us-28/e3?clause=army-size&view=inline')
 * // { route: { page: 'compare', versions: ['us-28', 'e3'], options: { view: 'inline', clause: 'army-size', … } }, issues: [] }
 */

import { COMPARISON_BASES, type ComparisonBase } from '../domain/buildComparison.ts'
import { DIFF_IGNORES, type DiffIgnore } from '../domain/diffText.ts'
import { FLAG_KINDS, type FlagKind } from '../domain/flagKinds.ts'
import type { ClauseId, ClauseStatus, TopicId, VersionId } from '../domain/model.ts'
import { quoteInput } from './quoteInput.ts'

export type ViewMode = 'split' | 'inline'
export const VIEW_MODES: readonly ViewMode[] = ['split', 'inline']

/**
 * The ids a route names. A parsed link holds them as written (`LinkIds`); `resolveRoute` keeps
 * the ones the negotiation has, branded (`KnownIds`), so views take them as they are.
 */
export interface LinkIds {
  readonly version: string
  readonly clause: string
  readonly topic: string
  readonly status: string
}

export interface KnownIds {
  readonly version: VersionId
  readonly clause: ClauseId
  readonly topic: TopicId
  readonly status: ClauseStatus
}

export interface CompareOptions<Ids extends LinkIds = KnownIds> {
  readonly view: ViewMode
  /** What each column after the first is compared with: the first column, the one before it, or the version it revises. */
  readonly base: ComparisonBase
  /** Only clauses with one of these statuses in some column after the first; empty means every status. */
  readonly statuses: readonly Ids['status'][]
  readonly clause: Ids['clause'] | null
  readonly topics: readonly Ids['topic'][]
  readonly changed: boolean
  readonly query: string
  /** Differences the diff does not show (letter case, punctuation, whitespace), in canonical order. */
  readonly ignore: readonly DiffIgnore[]
  /** Only clauses with a substantive-change flag of one of these kinds, in canonical order; empty means every clause. */
  readonly flags: readonly FlagKind[]
}

/** Paper for a printed report; null leaves the choice to the print dialog. */
export type Paper = 'a4' | 'letter'
export const PAPERS: readonly Paper[] = ['a4', 'letter']

/** Portrait lists the versions one below the other; landscape lays them out in columns. */
export type Orientation = 'portrait' | 'landscape'
export const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape']

export type SortDirection = 'asc' | 'desc'

export interface MatrixOptions<Ids extends LinkIds = KnownIds> {
  readonly topics: readonly Ids['topic'][]
  /** Version columns in display order; empty means every version in date order. */
  readonly versions: readonly Ids['version'][]
  /** The column every other column is compared with; null means the first shown. */
  readonly base: Ids['version'] | null
  /** By a fixed column (`term`) or a version's. */
  readonly sort: { readonly column: string; readonly direction: SortDirection } | null
}

/** Every page with what it shows, in the ids of a link (`Route`) or of a negotiation (`ResolvedRoute`). */
export type RouteOf<Ids extends LinkIds> =
  | { readonly page: 'compare'; readonly versions: readonly Ids['version'][]; readonly options: CompareOptions<Ids> }
  | {
      readonly page: 'report'
      readonly versions: readonly Ids['version'][]
      readonly options: CompareOptions<Ids>
      readonly paper: Paper | null
      readonly orientation: Orientation
    }
  | { readonly page: 'matrix'; readonly options: MatrixOptions<Ids> }
  | { readonly page: 'clause'; readonly clause: Ids['clause'] | null }
  | { readonly page: 'sources' }
  | { readonly page: 'versions' }
  /** The user's own workspaces: import, keep, export, delete. */
  | { readonly page: 'workspaces' }
  | { readonly page: 'home' }
  | { readonly page: 'not-found'; readonly path: string }

/** A route as a link writes it: its ids are not yet checked against a negotiation. */
export type Route = RouteOf<LinkIds>

export interface RouteIssue {
  readonly param: string
  readonly message: string
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = {
  view: 'split',
  base: 'first',
  statuses: [],
  clause: null,
  topics: [],
  changed: false,
  query: '',
  ignore: [],
  flags: [],
}

export const DEFAULT_MATRIX_OPTIONS: MatrixOptions = { topics: [], versions: [], base: null, sort: null }

const COMPARE_PARAMS = ['clause', 'view', 'base', 'status', 'topics', 'changed', 'flags', 'q', 'ignore'] as const
const MATRIX_PARAMS = ['topics', 'versions', 'base', 'sort'] as const
/** Long enough for any real search; a pasted essay is cut rather than carried around in links. */
const MAX_QUERY_LENGTH = 200
const MAX_LIST_ITEMS = 50

/** A lone surrogate cannot be encoded again, so text holding one is treated as badly encoded. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function safeDecode(value: string): string | null {
  try {
    const decoded = decodeURIComponent(value.replace(/\+/g, ' '))
    return LONE_SURROGATE.test(decoded) ? null : decoded
  } catch {
    return null
  }
}

/** Splits `a=1&b=2`, keeping the first value of a repeated parameter and reporting the rest. */
function readParams(search: string, issues: RouteIssue[]): Map<string, string> {
  const params = new Map<string, string>()
  for (const pair of search.split('&')) {
    if (pair === '') continue
    const at = pair.indexOf('=')
    const rawKey = at === -1 ? pair : pair.slice(0, at)
    const key = safeDecode(rawKey)
    const value = safeDecode(at === -1 ? '' : pair.slice(at + 1))
    if (key === null || value === null) {
      issues.push({ param: rawKey, message: `Ignored a parameter that is not validly encoded (${quoteInput(pair)}).` })
      continue
    }
    if (params.has(key)) {
      issues.push({ param: key, message: `${quoteInput(key, 30)} was given more than once; the first value is used.` })
      continue
    }
    params.set(key, value)
  }
  return params
}

/**
 * An id as written in a link, with spaces and invisible characters around it removed. Anything
 * but plain spaces removed (a byte-order mark, a non-breaking space, a line break) is reported:
 * the link named something that does not exist, and the nearest id was used instead.
 */
function readId(raw: string, key: string, issues: RouteIssue[]): string {
  const id = raw.trim()
  if (id !== '' && raw.replace(/^ +| +$/g, '') !== id) {
    issues.push({ param: key, message: `Removed invisible characters around ${quoteInput(raw)} in “${key}”; showing “${id}”.` })
  }
  return id
}

/** A comma-separated list; empty items mean nothing, but a repeat or a cut is reported. */
function readList(params: Map<string, string>, key: string, issues: RouteIssue[]): string[] {
  const value = params.get(key)
  if (!value) return []
  const items = value
    .split(',')
    .map((item) => readId(item, key, issues))
    .filter((item) => item !== '')
  const unique = [...new Set(items)]
  const repeated = items.find((item, index) => items.indexOf(item) !== index)
  if (repeated !== undefined) issues.push({ param: key, message: `“${key}” names ${quoteInput(repeated)} more than once; each is used once.` })
  if (unique.length > MAX_LIST_ITEMS) issues.push({ param: key, message: `“${key}” names more than ${MAX_LIST_ITEMS} items; only the first ${MAX_LIST_ITEMS} are read.` })
  return unique.slice(0, MAX_LIST_ITEMS)
}

/** The first `max` characters, never half of one, and no space left at the end. */
function cut(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('').trim()
}

function readFlag(params: Map<string, string>, key: string, issues: RouteIssue[]): boolean {
  const value = params.get(key)
  if (value === undefined || value === '0') return false
  if (value === '1') return true
  issues.push({ param: key, message: `${quoteInput(`${key}=${value}`, 20)} is not understood; use ${key}=1.` })
  return false
}

function reportUnknown(params: Map<string, string>, known: readonly string[], issues: RouteIssue[]) {
  for (const key of params.keys()) {
    if (!known.includes(key)) issues.push({ param: key, message: `Ignored the unknown parameter ${quoteInput(key, 30)}.` })
  }
}

/** The member of `choices` equal to `value`, if any: text from a link becomes a literal type without a cast. */
function oneOf<T extends string>(choices: readonly T[], value: string): T | undefined {
  return choices.find((choice) => choice === value)
}

/** A parameter that takes one of a few words; anything else is reported, and the fallback used. */
function readChoice<T extends string, F extends T | null>(
  params: Map<string, string>,
  key: string,
  choices: readonly T[],
  fallback: F,
  issues: RouteIssue[],
  problem: (value: string) => string,
): T | F {
  const value = params.get(key)
  if (value === undefined) return fallback
  const choice = oneOf(choices, value)
  if (choice === undefined) issues.push({ param: key, message: problem(value) })
  return choice ?? fallback
}

function readCompareOptions(params: Map<string, string>, issues: RouteIssue[], extra: readonly string[] = []): CompareOptions<LinkIds> {
  reportUnknown(params, [...COMPARE_PARAMS, ...extra], issues)
  const view = readChoice(params, 'view', VIEW_MODES, 'split', issues, (value) => `${quoteInput(`view=${value}`, 20)} is not a view; showing side by side.`)
  const base = readChoice(params, 'base', COMPARISON_BASES, 'first', issues, (value) => `${quoteInput(`base=${value}`, 20)} is not a base; comparing with the first column.`)
  const clause = readId(params.get('clause') ?? '', 'clause', issues) || null
  const query = (params.get('q') ?? '').trim()
  if (Array.from(query).length > MAX_QUERY_LENGTH) issues.push({ param: 'q', message: 'The search text was too long and has been shortened.' })
  const ignoreList = readList(params, 'ignore', issues)
  const unknownIgnores = ignoreList.filter((item) => oneOf(DIFF_IGNORES, item) === undefined)
  if (unknownIgnores.length > 0) {
    issues.push({ param: 'ignore', message: `Ignored ${quoteInput(unknownIgnores.join(','), 30)} in ignore=; use case, punct or space.` })
  }
  const flagList = readList(params, 'flags', issues)
  const unknownFlags = flagList.filter((item) => oneOf(FLAG_KINDS, item) === undefined)
  if (unknownFlags.length > 0) {
    issues.push({ param: 'flags', message: `Ignored ${quoteInput(unknownFlags.join(','), 30)} in flags=; use ${FLAG_KINDS.slice(0, -1).join(', ')} or ${FLAG_KINDS.at(-1)}.` })
  }
  return {
    view,
    base,
    statuses: readList(params, 'status', issues),
    clause,
    topics: readList(params, 'topics', issues),
    changed: readFlag(params, 'changed', issues),
    query: cut(query, MAX_QUERY_LENGTH),
    ignore: DIFF_IGNORES.filter((item) => ignoreList.includes(item)),
    flags: FLAG_KINDS.filter((item) => flagList.includes(item)),
  }
}

function readMatrixOptions(params: Map<string, string>, issues: RouteIssue[]): MatrixOptions<LinkIds> {
  reportUnknown(params, MATRIX_PARAMS, issues)
  const sortValue = params.get('sort')
  let sort: MatrixOptions['sort'] = null
  if (sortValue) {
    const descending = sortValue.startsWith('-')
    if (/^-?[a-z0-9][a-z0-9-]*$/.test(sortValue)) sort = { column: descending ? sortValue.slice(1) : sortValue, direction: descending ? 'desc' : 'asc' }
    else issues.push({ param: 'sort', message: `${quoteInput(`sort=${sortValue}`, 20)} is not a column; the table is unsorted.` })
  }
  return {
    topics: readList(params, 'topics', issues),
    versions: readList(params, 'versions', issues),
    base: readId(params.get('base') ?? '', 'base', issues) || null,
    sort,
  }
}

/** Parses a location hash (`#/compare/us-28/e3?view=inline`). Never throws. */
export function parseRoute(hash: string): { route: Route; issues: RouteIssue[] } {
  const issues: RouteIssue[] = []
  const raw = hash.replace(/^#/, '')
  const queryAt = raw.indexOf('?')
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt)
  const params = readParams(queryAt === -1 ? '' : raw.slice(queryAt + 1), issues)
  // Kept as written, without leading slashes: the notice and the serializer add one.
  const notFound: Route = { page: 'not-found', path: Array.from(path.replace(/^\/+/, '')).slice(0, 80).join('') }
  const segments: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '') continue
    const decoded = safeDecode(segment)
    if (decoded === null) return { route: notFound, issues }
    segments.push(decoded)
  }
  const [page, ...rest] = segments
  /** Reports path segments past the ones the page takes. */
  const takes = (count: number, what: string) => {
    if (rest.length > count) {
      issues.push({ param: 'path', message: `Ignored the end of the address, ${quoteInput(`/${rest.slice(count).join('/')}`)}; this page takes ${what}.` })
    }
  }

  switch (page) {
    case undefined:
      reportUnknown(params, [], issues)
      return { route: { page: 'home' }, issues }
    case 'compare':
      return { route: { page, versions: rest, options: readCompareOptions(params, issues) }, issues }
    case 'report': {
      const options = readCompareOptions(params, issues, ['paper', 'orientation'])
      const paper = readChoice(params, 'paper', PAPERS, null, issues, (value) => `“paper=${value.slice(0, 20)}” is not a paper size; use a4 or letter.`)
      const orientation = readChoice(params, 'orientation', ORIENTATIONS, 'portrait', issues, (value) => `${quoteInput(`orientation=${value}`, 20)} is not understood; use portrait or landscape.`)
      return { route: { page, versions: rest, options, paper, orientation }, issues }
    }
    case 'matrix':
      takes(0, 'nothing after /matrix')
      return { route: { page: 'matrix', options: readMatrixOptions(params, issues) }, issues }
    case 'clause':
      takes(1, 'one clause')
      reportUnknown(params, [], issues)
      return { route: { page: 'clause', clause: rest[0] ?? null }, issues }
    case 'sources':
    case 'versions':
    case 'workspaces':
      takes(0, `nothing after /${page}`)
      reportUnknown(params, [], issues)
      return { route: { page }, issues }
    default:
      return { route: notFound, issues }
  }
}

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
