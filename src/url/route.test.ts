import { describe, expect, it } from 'vitest'
import { parseRoute } from './parseRoute.ts'
import { DEFAULT_COMPARE_OPTIONS, DEFAULT_MATRIX_OPTIONS, type CompareOptions, type LinkIds, type Route } from './route.ts'
import { publishedLink, routes, serializeRoute } from './serializeRoute.ts'
import { resolveRoute } from './resolveRoute.ts'
import { routeCatalogOf } from './testing/routeCatalog.ts'

const compare = (versions: string[], options: Partial<CompareOptions<LinkIds>> = {}): Route => ({
  page: 'compare',
  versions,
  options: { ...DEFAULT_COMPARE_OPTIONS, ...options },
})

describe('url/route', () => {
  it.each<{ name: string; hash: string; route: Route }>([
    { name: 'home', hash: '#/', route: { page: 'home' } },
    { name: 'a pair', hash: '#/compare/us-28/e3', route: compare(['us-28', 'e3']) },
    { name: 'three versions', hash: '#/compare/us-28/e3/ua-20', route: compare(['us-28', 'e3', 'ua-20']) },
    { name: 'a deep link to a clause', hash: '#/compare/us-28/e3?clause=army-size', route: compare(['us-28', 'e3'], { clause: 'army-size' }) },
    { name: 'the inline view', hash: '#/compare/us-28/e3?view=inline', route: compare(['us-28', 'e3'], { view: 'inline' }) },
    {
      name: 'every compare parameter',
      hash: '#/compare/us-28/ua-20?clause=elections&view=inline&topics=nato,territory&changed=1&q=100%20days',
      route: compare(['us-28', 'ua-20'], { clause: 'elections', view: 'inline', topics: ['nato', 'territory'], changed: true, query: '100 days' }),
    },
    { name: 'diff options', hash: '#/compare/us-28/e3?ignore=case,punct,space', route: compare(['us-28', 'e3'], { ignore: ['case', 'punct', 'space'] }) },
    { name: 'a report', hash: '#/report/us-28/e3?changed=1', route: { page: 'report', versions: ['us-28', 'e3'], options: { ...DEFAULT_COMPARE_OPTIONS, changed: true }, paper: null, orientation: 'portrait' } },
    { name: 'a report on Letter paper', hash: '#/report/us-28/e3/ua-20?topics=nato&paper=letter', route: { page: 'report', versions: ['us-28', 'e3', 'ua-20'], options: { ...DEFAULT_COMPARE_OPTIONS, topics: ['nato'] }, paper: 'letter', orientation: 'portrait' } },
    { name: 'a landscape report', hash: '#/report/us-28/e3/geneva-19/ua-20?orientation=landscape', route: { page: 'report', versions: ['us-28', 'e3', 'geneva-19', 'ua-20'], options: DEFAULT_COMPARE_OPTIONS, paper: null, orientation: 'landscape' } },
    { name: 'the matrix', hash: '#/matrix', route: { page: 'matrix', options: DEFAULT_MATRIX_OPTIONS } },
    {
      name: 'the matrix with choices',
      hash: '#/matrix?topics=military&versions=ua-20,us-28&base=us-28&sort=-ua-20',
      route: { page: 'matrix', options: { topics: ['military'], versions: ['ua-20', 'us-28'], base: 'us-28', sort: { column: 'ua-20', direction: 'desc' } } },
    },
    { name: 'a clause history', hash: '#/clause/army-size', route: { page: 'clause', clause: 'army-size' } },
    { name: 'the clause list', hash: '#/clause', route: { page: 'clause', clause: null } },
    { name: 'sources', hash: '#/sources', route: { page: 'sources' } },
    { name: 'versions', hash: '#/versions', route: { page: 'versions' } },
  ])('round-trips $name', ({ hash, route }) => {
    expect(parseRoute(hash)).toEqual({ route, issues: [] })
    expect(serializeRoute(route)).toBe(hash)
  })

  it('keeps the diff options in a fixed order and reports ones it does not know', () => {
    expect(serializeRoute(parseRoute('#/compare/us-28/e3?ignore=space,case').route)).toBe('#/compare/us-28/e3?ignore=case,space')
    const { route, issues } = parseRoute('#/compare/us-28/e3?ignore=case,colour')
    expect(route).toEqual(compare(['us-28', 'e3'], { ignore: ['case'] }))
    expect(issues.map((issue) => issue.param)).toEqual(['ignore'])
  })

  it('reads the change-flag filter in a fixed order and names the kinds when one is not known', () => {
    expect(serializeRoute(parseRoute('#/compare/us-28/e3?flags=scope,numbers').route)).toBe('#/compare/us-28/e3?flags=numbers,scope')
    const { route, issues } = parseRoute('#/compare/us-28/e3?flags=numbers,colour')
    expect(route).toEqual(compare(['us-28', 'e3'], { flags: ['numbers'] }))
    expect(issues.map((issue) => issue.message)).toEqual(['Ignored “\u2068colour\u2069” in flags=; use obligation, negation, numbers, parties, conditions or scope.'])
  })

  it('prints links with the published address when it is set, and as routes when not', () => {
    expect(publishedLink('#/compare/us-28/e3?clause=army-size', 'https://diff.example.org/app/')).toBe('https://diff.example.org/app/#/compare/us-28/e3?clause=army-size')
    expect(publishedLink('#/compare/us-28/e3', 'https://diff.example.org/index.html#/versions')).toBe('https://diff.example.org/index.html#/compare/us-28/e3')
    expect(publishedLink('#/compare/us-28/e3', null)).toBe('#/compare/us-28/e3')
  })

  it('is canonical: defaults are left out and parameters come in a fixed order', () => {
    const { route } = parseRoute('#/compare/us-28/e3?changed=0&view=split&topics=&q=&clause=army-size')
    expect(serializeRoute(route)).toBe('#/compare/us-28/e3?clause=army-size')
  })

  it('reads an empty hash, a missing slash and a trailing slash alike', () => {
    expect(parseRoute('').route).toEqual({ page: 'home' })
    expect(parseRoute('#').route).toEqual({ page: 'home' })
    expect(parseRoute('#compare/us-28/e3/').route).toEqual(compare(['us-28', 'e3']))
  })

  it.each([
    { name: 'an unknown view', hash: '#/compare/us-28/e3?view=sideways', param: 'view', expected: compare(['us-28', 'e3']) },
    { name: 'a flag that is not 0 or 1', hash: '#/compare/us-28/e3?changed=yes', param: 'changed', expected: compare(['us-28', 'e3']) },
    { name: 'an unknown parameter', hash: '#/compare/us-28/e3?foo=1', param: 'foo', expected: compare(['us-28', 'e3']) },
    { name: 'a repeated parameter', hash: '#/compare/us-28/e3?view=inline&view=split', param: 'view', expected: compare(['us-28', 'e3'], { view: 'inline' }) },
    { name: 'a broken percent escape in a value', hash: '#/compare/us-28/e3?q=%E0%A4%A', param: 'q', expected: compare(['us-28', 'e3']) },
    { name: 'a sort that is not a column', hash: '#/matrix?sort=%3Cscript%3E', param: 'sort', expected: { page: 'matrix', options: DEFAULT_MATRIX_OPTIONS } },
    { name: 'an unknown paper size', hash: '#/report/us-28/e3?paper=a3', param: 'paper', expected: { page: 'report', versions: ['us-28', 'e3'], options: DEFAULT_COMPARE_OPTIONS, paper: null, orientation: 'portrait' } },
    { name: 'a paper size on the compare view', hash: '#/compare/us-28/e3?paper=a4', param: 'paper', expected: compare(['us-28', 'e3']) },
  ])('falls back and reports $name', ({ hash, param, expected }) => {
    const { route, issues } = parseRoute(hash)
    expect(route).toEqual(expected)
    expect(issues.map((issue) => issue.param)).toEqual([param])
  })

  it('turns a broken path into a not-found route instead of throwing', () => {
    expect(parseRoute('#/compare/%E0%A4%A').route).toEqual({ page: 'not-found', path: 'compare/%E0%A4%A' })
    expect(parseRoute('#/nowhere/at/all').route).toEqual({ page: 'not-found', path: 'nowhere/at/all' })
    expect(serializeRoute(parseRoute('#/nowhere/at/all').route)).toBe('#/nowhere/at/all')
  })

  it('cuts an overlong search, drops empty list items, and reports both the cut and a duplicate', () => {
    const { route, issues } = parseRoute(`#/compare/us-28/e3?q=${'a'.repeat(500)}&topics=nato,,nato,%20territory`)
    expect(route).toEqual(compare(['us-28', 'e3'], { query: 'a'.repeat(200), topics: ['nato', 'territory'] }))
    expect(issues.map((issue) => issue.param)).toEqual(['q', 'topics'])
  })

  it('encodes what it writes, so text with & or # survives the trip', () => {
    const route = compare(['us-28', 'e3'], { query: 'a&b #c' })
    expect(serializeRoute(route)).toBe('#/compare/us-28/e3?q=a%26b%20%23c')
    expect(parseRoute(serializeRoute(route)).route).toEqual(route)
  })

  it('never throws on arbitrary input', () => {
    const samples = ['#/%', '#/compare/?', '#/?&&&==', '#/matrix?sort=-', '#//////', '#/clause/%ZZ', '#/compare/a/b?clause', '\u0000\uFFFF#?']
    for (let i = 0; i < 2000; i += 1) {
      const chars = Array.from({ length: i % 40 }, (_, j) => String.fromCharCode(((i * 31 + j * 17) % 120) + 1))
      samples.push(`#/${chars.join('')}`)
    }
    for (const hash of samples) {
      const { route } = parseRoute(hash)
      expect(() => serializeRoute(route)).not.toThrow()
    }
  })
})

describe('url/route routes', () => {
  it.each([
    { name: 'a comparison', href: routes.compare(['us-28', 'e3']), hash: '#/compare/us-28/e3' },
    { name: 'a comparison at a clause', href: routes.compare(['us-28', 'e3', 'ua-20'], { clause: 'army-size', view: 'inline' }), hash: '#/compare/us-28/e3/ua-20?clause=army-size&view=inline' },
    { name: 'a report, whatever clause was open', href: routes.report(['us-28', 'e3'], { clause: null, changed: true }), hash: '#/report/us-28/e3?changed=1' },
    { name: 'the matrix', href: routes.matrix(), hash: '#/matrix' },
    { name: 'the matrix with a base', href: routes.matrix({ versions: ['ua-20', 'us-28'], base: 'us-28' }), hash: '#/matrix?versions=ua-20,us-28&base=us-28' },
    { name: "a clause's history", href: routes.clause('army-size'), hash: '#/clause/army-size' },
    { name: 'the list of clauses', href: routes.clause(), hash: '#/clause' },
    { name: 'the versions', href: routes.versions(), hash: '#/versions' },
  ])('writes $name as the codec does', ({ href, hash }) => {
    expect(href).toBe(hash)
    expect(serializeRoute(parseRoute(href).route)).toBe(hash)
  })
})

describe('url/resolveRoute', () => {
  const catalog = routeCatalogOf({
    versions: ['us-28', 'e3', 'geneva-19', 'ua-20'],
    clauses: ['army-size', 'elections'],
    topics: ['nato', 'military', 'territory'],
    statuses: ['kept', 'amended', 'deleted', 'not-mentioned'],
    matrixColumns: ['term', 'topic'],
    defaultComparison: ['us-28', 'e3'],
  })
  /** A notice as read on screen: the isolates around quoted ids are invisible. */
  const plain = (notice: string) => notice.replace(/[\u2068\u2069]/g, '')
  const resolve = (hash: string) => {
    const { route, issues } = parseRoute(hash)
    return resolveRoute(route, issues, catalog)
  }

  it('opens US 28-point against E3 for #/ with no notice', () => {
    expect(resolve('#/')).toEqual({ route: compare(['us-28', 'e3']), notices: [] })
  })

  it.each([
    { name: 'an unknown version', hash: '#/compare/us-28/e9', versions: ['us-28', 'e3'], notice: /no version “e9”/ },
    { name: 'only one version', hash: '#/compare/ua-20', versions: ['us-28', 'ua-20'], notice: /needs two versions/ },
    { name: 'only a later version', hash: '#/compare/e3', versions: ['us-28', 'e3'], notice: /showing us-28 against e3/ },
    { name: 'the same version twice', hash: '#/compare/e3/e3/ua-20', versions: ['e3', 'ua-20'], notice: /named twice/ },
    { name: 'two unknown versions', hash: '#/compare/x/y', versions: ['us-28', 'e3'], notice: /no version “x” or “y”/ },
  ])('shows the nearest comparison for $name', ({ hash, versions, notice }) => {
    const { route, notices } = resolve(hash)
    expect(route).toMatchObject({ page: 'compare', versions })
    expect(notices.map(plain).join(' ')).toMatch(notice)
  })

  it.each(['#/compare', '#/compare/', '#/report'])('says so when %s names no versions, and shows the default pair', (hash) => {
    const { route, notices } = resolve(hash)
    expect(route).toMatchObject({ versions: ['us-28', 'e3'] })
    expect(notices).toEqual(['This link names no versions to compare; showing us-28 against e3.'])
  })

  it('says so when an id carries invisible characters, and uses the id without them', () => {
    const { route, notices } = resolve('#/compare/us-28/e3?clause=%EF%BB%BFarmy-size%EF%BB%BF&topics=%20nato%20,%EF%BB%BFterritory')
    expect(route).toEqual(compare(['us-28', 'e3'], { clause: 'army-size', topics: ['nato', 'territory'] }))
    // Plain spaces around an id are left out silently; a byte-order mark is not.
    expect(notices.map(plain)).toEqual([
      'Removed invisible characters around “U+FEFFarmy-sizeU+FEFF” in “clause”; showing “army-size”.',
      'Removed invisible characters around “U+FEFFterritory” in “topics”; showing “territory”.',
    ])
  })

  it('drops an unknown clause and unknown topics, and orders topics canonically', () => {
    const { route, notices } = resolve('#/compare/us-28/e3?clause=army-cap&topics=territory,weather,nato')
    expect(route).toEqual(compare(['us-28', 'e3'], { topics: ['nato', 'territory'] }))
    expect(notices.map(plain)).toEqual([
      'There is no clause “army-cap”; showing the whole comparison.',
      'Ignored the unknown topic “weather”.',
    ])
  })

  it('explains a repeated mistake once', () => {
    expect(resolve('#/compare/us-28/e3?view=a&view=b&view=c&foo=1&foo=2').notices.map(plain)).toEqual([
      '“view” was given more than once; the first value is used.',
      '“foo” was given more than once; the first value is used.',
      'Ignored the unknown parameter “foo”.',
      '“view=a” is not a view; showing side by side.',
    ])
  })

  it('keeps the matrix usable when its parameters name things that do not exist', () => {
    const { route, notices } = resolve('#/matrix?versions=ua-20,zz&base=e3&sort=height')
    expect(route).toEqual({ page: 'matrix', options: { topics: [], versions: ['ua-20'], base: null, sort: null } })
    expect(notices).toHaveLength(3)
  })

  it('writes the matrix defaults canonically: all versions in order and the first as base are left out', () => {
    expect(resolve('#/matrix?versions=us-28,e3,geneva-19,ua-20&base=us-28').route).toEqual({ page: 'matrix', options: { topics: [], versions: [], base: null, sort: null } })
    expect(resolve('#/matrix?versions=e3,us-28&base=us-28').route).toMatchObject({ options: { versions: ['e3', 'us-28'], base: 'us-28' } })
  })

  it.each([
    { hash: '#/sources/x', notice: 'Ignored the end of the address, “/x”; this page takes nothing after /sources.' },
    { hash: '#/versions/a/b', notice: 'Ignored the end of the address, “/a/b”; this page takes nothing after /versions.' },
    { hash: '#/matrix/x?topics=nato', notice: 'Ignored the end of the address, “/x”; this page takes nothing after /matrix.' },
    { hash: '#/clause/army-size/extra', notice: 'Ignored the end of the address, “/extra”; this page takes one clause.' },
  ])('says so when it drops the end of the path of $hash', ({ hash, notice }) => {
    expect(resolve(hash).notices.map(plain)).toEqual([notice])
  })

  it('says so when a list names an item twice or more items than it takes', () => {
    expect(resolve('#/compare/us-28/e3?topics=nato,nato').notices.map(plain)).toEqual(['“topics” names “nato” more than once; each is used once.'])
    const long = Array.from({ length: 51 }, (_, i) => `t${i}`).join(',')
    expect(resolve(`#/matrix?topics=${long}`).notices.map(plain)).toContain('“topics” names more than 50 items; only the first 50 are read.')
  })

  it('quotes an unknown page with one slash, as it was written', () => {
    expect(resolve('#/nowhere/at/all').notices.map(plain)).toEqual(['There is no page “/nowhere/at/all”; showing the default comparison instead.'])
  })

  it('isolates an id it echoes, and shows direction controls in it as code points', () => {
    const [notice] = resolve('#/clause/x\u202Eyfirev si kniL .\u202C').notices
    // An isolate (U+2068 … U+2069) keeps the id's direction from turning the rest of the notice around.
    expect(notice).toBe('There is no clause “\u2068xU+202Eyfirev si kniL .U+202C\u2069”; here is the list of clauses.')
    for (const hash of ['#/compare/us-28/\u2067e9', '#/compare/us-28/e3?\u202Ekey=1', '#/compare/us-28/e3?view=\u202Einline', '#/\u202Enowhere', '#/matrix?sort=\u200F']) {
      for (const message of resolve(hash).notices) expect(message.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/)
    }
  })

  it('serializes whatever it parsed, cutting a long search on a character boundary and never leaving a space at its end', () => {
    for (const q of ['%ED%A0%80', '\uD800', `${'a'.repeat(199)}%20b`, `${'a'.repeat(199)}😀`]) {
      const { route } = resolve(`#/compare/us-28/e3?q=${q}`)
      const canonical = serializeRoute(route)
      expect(resolve(canonical).route).toEqual(route)
    }
  })

  it('sends an unknown page or clause to the nearest valid view', () => {
    expect(resolve('#/nowhere')).toMatchObject({ route: { page: 'compare', versions: ['us-28', 'e3'] }, notices: [expect.stringMatching(/no page/)] })
    const clause = resolve('#/clause/army-cap')
    expect(clause.route).toEqual({ page: 'clause', clause: null })
    expect(clause.notices.map(plain)).toEqual([expect.stringMatching(/no clause “army-cap”/)])
  })
})
