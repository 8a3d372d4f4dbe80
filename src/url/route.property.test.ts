/**
 * Property tests of the URL codec over generated links. Valid links are built from a random
 * view and then spoiled by known faults (an unknown id, a bad value, an extra path segment, a
 * duplicated list item …); random strings cover the rest.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveRoute } from './resolveRoute.ts'
import { routeCatalogOf } from './testing/routeCatalog.ts'
import { parseRoute } from './parseRoute.ts'
import type { Route } from './route.ts'
import { serializeRoute } from './serializeRoute.ts'
import { DIFF_IGNORES } from '../domain/diffText.ts'
import { FLAG_KINDS } from '../domain/flagKinds.ts'

const catalog = routeCatalogOf({
  versions: ['us-28', 'e3', 'geneva-19', 'ua-20'],
  clauses: ['army-size', 'elections', 'nato-membership'],
  topics: ['nato', 'military', 'territory'],
  matrixColumns: ['term', 'topic'],
  statuses: ['kept', 'amended', 'deleted', 'not-mentioned'],
  defaultComparison: ['us-28', 'e3'],
})
/** Generated links per property. */
const PROPERTY_RUNS = 5_000
/** About 2 s per property on an idle machine; the margin is for a busy one. */
const TIME_LIMIT_MS = 60_000

function open(link: string) {
  const { route, issues } = parseRoute(link)
  return resolveRoute(route, issues, catalog)
}

const id = (ids: readonly string[]) => fc.constantFrom(...ids)
const subset = (ids: readonly string[], minLength = 0) => fc.uniqueArray(id(ids), { minLength, maxLength: ids.length })
const canonicalOrder = (ids: readonly string[], all: readonly string[]) => all.filter((item) => ids.includes(item))
const query = fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) => text.trim())
const compareOptions = fc.record({
  view: fc.constantFrom('split' as const, 'inline' as const),
  base: fc.constantFrom('first' as const, 'previous' as const, 'own' as const),
  statuses: subset(catalog.statuses).map((statuses) => canonicalOrder(statuses, catalog.statuses)),
  clause: fc.option(id(catalog.clauses), { nil: null }),
  topics: subset(catalog.topics).map((topics) => canonicalOrder(topics, catalog.topics)),
  changed: fc.boolean(),
  query,
  ignore: subset(DIFF_IGNORES).map((ignore) => DIFF_IGNORES.filter((item) => ignore.includes(item))),
  flags: subset(FLAG_KINDS).map((flags) => FLAG_KINDS.filter((item) => flags.includes(item))),
})

/** A route the app can show exactly as asked. */
const validRoute: fc.Arbitrary<Route> = fc.oneof(
  fc.record({ page: fc.constant('compare' as const), versions: subset(catalog.versions, 2), options: compareOptions }),
  fc.record({ page: fc.constant('report' as const), versions: subset(catalog.versions, 2), options: compareOptions, paper: fc.constantFrom(null, 'a4' as const, 'letter' as const), orientation: fc.constantFrom('portrait' as const, 'landscape' as const) }),
  subset(catalog.versions).chain((versions) => {
    const shown = versions.length > 0 ? versions : catalog.versions
    return fc.record({
      page: fc.constant('matrix' as const),
      options: fc.record({
        topics: subset(catalog.topics).map((topics) => canonicalOrder(topics, catalog.topics)),
        versions: fc.constant(versions.join() === catalog.versions.join() ? [] : versions),
        base: fc.option(id(shown.slice(1).length > 0 ? shown.slice(1) : shown), { nil: null }).map((base) => (base === shown[0] ? null : base)),
        sort: fc.option(fc.record({ column: id([...catalog.matrixColumns, ...shown]), direction: fc.constantFrom('asc' as const, 'desc' as const) }), { nil: null }),
      }),
    })
  }),
  fc.record({ page: fc.constant('clause' as const), clause: fc.option(id(catalog.clauses), { nil: null }) }),
  fc.constantFrom<Route>({ page: 'sources' }, { page: 'versions' }),
)

function withParam(link: string, pair: string): string {
  return `${link}${link.includes('?') ? '&' : '?'}${pair}`
}

/** The link without one parameter, so a fault can set it afresh. */
function without(link: string, key: string): string {
  const at = link.indexOf('?')
  if (at === -1) return link
  const pairs = link.slice(at + 1).split('&').filter((pair) => !pair.startsWith(`${key}=`))
  return pairs.length > 0 ? `${link.slice(0, at)}?${pairs.join('&')}` : link.slice(0, at)
}

function withPath(link: string, segment: string): string {
  const at = link.indexOf('?')
  return at === -1 ? `${link}/${segment}` : `${link.slice(0, at)}/${segment}${link.slice(at)}`
}

type Fault = (route: Route, link: string) => string | null
/** Ways a link goes wrong; each returns the spoiled link, or null where it does not apply. */
const FAULTS: Record<string, Fault> = {
  'an unknown version': (route, link) => (route.page === 'compare' || route.page === 'report' ? withPath(link, 'e9') : route.page === 'matrix' ? withParam(without(link, 'versions'), 'versions=ua-20,e9') : null),
  'an unknown clause': (route, link) => (route.page === 'clause' && route.clause === null ? `${link}/army-cap` : route.page === 'compare' ? withParam(without(link, 'clause'), 'clause=army-cap') : null),
  'an unknown topic': (route, link) => (route.page === 'compare' || route.page === 'matrix' ? withParam(without(link, 'topics'), 'topics=nato,weather') : null),
  'an unknown parameter': (_, link) => withParam(link, 'foo=1'),
  'a repeated parameter': (route, link) => (route.page === 'compare' ? withParam(withParam(without(link, 'view'), 'view=inline'), 'view=split') : null),
  'a bad value': (route, link) => (route.page === 'compare' || route.page === 'report' ? withParam(without(link, 'changed'), 'changed=yes') : null),
  'a broken escape': (route, link) => (route.page === 'compare' ? withParam(without(link, 'q'), 'q=%E0%A4%A') : null),
  'an extra path segment': (route, link) => (route.page === 'sources' || route.page === 'versions' || route.page === 'matrix' || (route.page === 'clause' && route.clause !== null) ? withPath(link, 'extra') : null),
  'a duplicated list item': (route, link) => (route.page === 'compare' || route.page === 'matrix' ? withParam(without(link, 'topics'), 'topics=nato,nato') : null),
  'a list over the limit': (route, link) => (route.page === 'matrix' ? withParam(without(link, 'topics'), `topics=${Array.from({ length: 60 }, (_, i) => `t${i}`).join(',')}`) : null),
  'a search over the limit': (route, link) => (route.page === 'compare' ? withParam(without(link, 'q'), `q=${'a'.repeat(201)}`) : null),
  'a version named twice': (route, link) => (route.page === 'compare' ? withPath(link.replace(/\?.*$/, ''), route.versions[0]!) : null),
  'an unknown page': () => '#/nowhere',
  'no versions named': (route) => (route.page === 'compare' || route.page === 'report' ? `#/${route.page}` : null),
  'an id wrapped in invisible characters': (route, link) =>
    route.page === 'compare' ? withParam(without(link, 'clause'), `clause=%EF%BB%BF${route.options.clause ?? 'army-size'}%C2%A0`) : null,
}

describe('url codec properties', () => {
  it(`any link: parsing, resolving and serializing never throw, and the canonical link is a fixed point (${PROPERTY_RUNS} links)`, () => {
    const segment = fc.oneof(fc.constantFrom('compare', 'report', 'matrix', 'clause', 'sources', 'versions', '', ...catalog.versions, ...catalog.clauses), fc.string({ unit: 'binary', maxLength: 12 }))
    const edgeValues = ['1', '0', 'inline', 'a4', 'nato,nato', '-ua-20', '%E0%A4%A', '%2F', '\uD800', `${'a'.repeat(199)} b`, `${'a'.repeat(199)}😀`, ' x ']
    const value = fc.oneof(fc.constantFrom(...edgeValues), fc.string({ unit: 'binary', maxLength: 20 }))
    const pair = fc.tuple(fc.oneof(fc.constantFrom('clause', 'view', 'topics', 'changed', 'q', 'paper', 'versions', 'base', 'sort'), fc.string({ maxLength: 6 })), value).map(([key, v]) => `${key}=${v}`)
    const link = fc.tuple(fc.array(segment, { maxLength: 5 }), fc.array(pair, { maxLength: 5 })).map(([segments, pairs]) => `#/${segments.join('/')}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`)
    fc.assert(
      fc.property(fc.oneof(link, fc.string({ unit: 'binary' }).map((text) => `#${text}`)), (hash) => {
        const first = open(hash)
        const canonical = serializeRoute(first.route)
        const again = open(canonical)
        expect(again.notices).toEqual([])
        expect(again.route).toEqual(first.route)
        expect(serializeRoute(again.route)).toBe(canonical)
      }),
      { numRuns: PROPERTY_RUNS, seed: 9 },
    )
  }, TIME_LIMIT_MS)

  it(`a link to a view the app can show opens it as asked, with no notice (${PROPERTY_RUNS} links)`, () => {
    fc.assert(
      fc.property(validRoute, (route) => {
        const link = serializeRoute(route)
        expect(open(link)).toEqual({ route, notices: [] })
      }),
      { numRuns: PROPERTY_RUNS, seed: 9 },
    )
  }, TIME_LIMIT_MS)

  it(`every corrected link yields a notice (${PROPERTY_RUNS} links, ${Object.keys(FAULTS).length} kinds of fault)`, () => {
    fc.assert(
      fc.property(validRoute, fc.constantFrom(...Object.entries(FAULTS)), (route, [name, fault]) => {
        const link = fault(route, serializeRoute(route))
        fc.pre(link !== null)
        expect(open(link!).notices.length, `${name}: ${link}`).toBeGreaterThan(0)
      }),
      { numRuns: PROPERTY_RUNS, seed: 9 },
    )
  }, TIME_LIMIT_MS)
})
