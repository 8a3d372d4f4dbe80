/**
 * Reads a hash route into a typed `Route`. Pure and total: parsing never throws, a malformed
 * part falls back to its default and is reported as a `RouteIssue`.
 *
 * @example
 * parseRoute('#/compare/us-28/e3?clause=army-size&view=inline')
 * // { route: { page: 'compare', versions: ['us-28', 'e3'], options: { view: 'inline', clause: 'army-size', … } }, issues: [] }
 */

import { COMPARISON_BASES } from '../domain/buildComparison.ts'
import { DIFF_IGNORES } from '../domain/diffText.ts'
import { FLAG_KINDS } from '../domain/flagKinds.ts'
import { quoteInput } from './quoteInput.ts'
import { ORIENTATIONS, PAPERS, VIEW_MODES, type CompareOptions, type LinkIds, type MatrixOptions, type Route, type RouteIssue } from './route.ts'
import { cut, oneOf, readChoice, readFlag, readId, readList, readParams, reportUnknown, safeDecode } from './routeParams.ts'

const COMPARE_PARAMS = ['clause', 'view', 'base', 'status', 'topics', 'changed', 'flags', 'q', 'ignore'] as const
const MATRIX_PARAMS = ['topics', 'versions', 'base', 'sort'] as const
/** Long enough for any real search; a pasted essay is cut rather than carried around in links. */
const MAX_QUERY_LENGTH = 200

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
