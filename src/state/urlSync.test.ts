// @vitest-environment jsdom
/**
 * The URL as the source of truth, in jsdom's history (which fires popstate and hashchange on
 * Back, as Chromium does): a corrected link is replaced, not added, and its notices come back on
 * Back; a step that replaces drops them; a link clicked inside a workspace stays in it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { routeCatalogOf } from '../url/testing/routeCatalog.ts'
import { DEFAULT_SCOPE } from '../url/scope.ts'
import { navigate, startUrlSync } from './urlSync.ts'
import { useViewerStore } from './store.ts'

const CATALOG = routeCatalogOf({
  versions: ['us-28', 'e3', 'ua-20'],
  clauses: ['army-size', 'elections'],
  topics: ['territory', 'military'],
  statuses: ['kept', 'amended'],
  matrixColumns: ['term'],
  defaultComparison: ['us-28', 'e3'],
})

/** Resolves once the browser has told the page about a change of address (the last of its events). */
const nextHashChange = () => new Promise<void>((resolve) => window.addEventListener('hashchange', () => setTimeout(resolve, 0), { once: true }))

async function back() {
  const changed = nextHashChange()
  window.history.back()
  await changed
}

/** Back or Forward to an entry with the hash shown: the browser fires popstate alone. */
async function traverse(step: () => void) {
  const traversed = new Promise<void>((resolve) => window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true }))
  step()
  await traversed
}

async function follow(hash: string) {
  const changed = nextHashChange()
  window.location.hash = hash
  await changed
}

/** How a notice quotes what the link said: isolated, so right-to-left text cannot reorder the sentence. */
const quoted = (text: string) => `“\u2068${text}\u2069”`

const shown = () => ({ hash: window.location.hash, notices: useViewerStore.getState().notices })

let stop: (() => void) | null = null

beforeEach(() => {
  window.history.replaceState(null, '', '#/')
  useViewerStore.setState({ notices: [], scope: DEFAULT_SCOPE })
})

afterEach(() => {
  stop?.()
  stop = null
  document.body.replaceChildren()
})

describe('urlSync', () => {
  it('replaces a corrected link with the address of what is shown, and keeps its notices in that entry', async () => {
    await follow('#/compare/us-28/nope')
    const entries = window.history.length
    stop = startUrlSync(CATALOG)

    expect(shown()).toEqual({
      hash: '#/compare/us-28/e3',
      notices: [`There is no version ${quoted('nope')}. Available versions: us-28, e3, ua-20.`, 'A comparison needs two versions; showing us-28 against e3.'],
    })
    expect(window.history.length).toBe(entries)
    expect(window.history.state).toMatchObject({ correctedHash: '#/compare/us-28/e3', notices: shown().notices })
  })

  it('shows the notices again on Back to a corrected link, and not on the view after it', async () => {
    stop = startUrlSync(CATALOG)
    await follow('#/compare/us-28/e3?topics=nowhere')
    const corrected = shown()
    expect(corrected).toEqual({ hash: '#/compare/us-28/e3', notices: [`Ignored the unknown topic ${quoted('nowhere')}.`] })

    await follow('#/compare/us-28/ua-20')
    expect(shown()).toEqual({ hash: '#/compare/us-28/ua-20', notices: [] })

    await back()
    expect(shown()).toEqual(corrected)
    expect(useViewerStore.getState().route).toMatchObject({ page: 'compare', versions: ['us-28', 'e3'] })

  })

  it("shows each entry's own notices on Back and Forward between two entries with the same address", async () => {
    stop = startUrlSync(CATALOG)
    expect(shown()).toEqual({ hash: '#/compare/us-28/e3', notices: [] })
    await follow('#/compare/us-28/e3?topics=nowhere')
    const corrected = shown()
    expect(corrected).toEqual({ hash: '#/compare/us-28/e3', notices: [`Ignored the unknown topic ${quoted('nowhere')}.`] })

    await traverse(() => window.history.back())
    expect(shown()).toEqual({ hash: '#/compare/us-28/e3', notices: [] })
    await traverse(() => window.history.forward())
    expect(shown()).toEqual(corrected)
  })

  it('navigates to the canonical view: ids the negotiation has, in its order, with a notice for any other', () => {
    stop = startUrlSync(CATALOG)
    const { options } = useViewerRoute()
    navigate({ page: 'compare', versions: ['us-28', 'ua-20', 'us-28'], options: { ...options, topics: ['military', 'nowhere', 'territory'] } })
    expect(shown()).toEqual({
      hash: '#/compare/us-28/ua-20?topics=territory,military',
      notices: ['A version was named twice; each is shown once.', `Ignored the unknown topic ${quoted('nowhere')}.`],
    })
    expect(useViewerRoute()).toMatchObject({ versions: ['us-28', 'ua-20'], options: { topics: ['territory', 'military'] } })
  })

  it('keeps the route shown when a new address reads the same, and its filter lists when another option changes', async () => {
    stop = startUrlSync(CATALOG)
    await follow('#/compare/us-28/e3?topics=military')
    const first = useViewerRoute()
    // The same view, spelled with a default written out: parsed afresh, it is the route already shown.
    await follow('#/compare/us-28/e3?view=split&topics=military')
    expect(window.location.hash).toBe('#/compare/us-28/e3?topics=military')
    expect(useViewerRoute()).toBe(first)

    navigate({ page: 'compare', versions: ['us-28', 'e3'], options: { ...first.options, view: 'inline' } })
    const inline = useViewerRoute()
    expect(inline.options.view).toBe('inline')
    expect(inline.options.topics).toBe(first.options.topics)
  })

  it('adds an entry for a view Back should retrace, and replaces (dropping the notices) for one it should not', async () => {
    stop = startUrlSync(CATALOG)
    await follow('#/compare/us-28/e3?clause=nowhere')
    expect(shown().notices).toEqual([`There is no clause ${quoted('nowhere')}; showing the whole comparison.`])
    const entries = window.history.length

    navigate({ page: 'compare', versions: ['us-28', 'e3'], options: { ...useViewerRoute().options, clause: 'army-size' } }, { replace: true })
    expect(shown()).toEqual({ hash: '#/compare/us-28/e3?clause=army-size', notices: [] })
    expect(window.history.length).toBe(entries)
    expect(window.history.state).toBeNull()

    navigate({ page: 'compare', versions: ['us-28', 'e3'], options: { ...useViewerRoute().options, clause: 'elections' } })
    expect(window.history.length).toBe(entries + 1)

    // Back reaches the replaced entry: it shows what replaced it, without the old link's notices.
    await back()
    expect(shown()).toEqual({ hash: '#/compare/us-28/e3?clause=army-size', notices: [] })
  })

  it('keeps a link clicked inside a workspace in that workspace', async () => {
    await follow('#/w/ws-1/compare/us-28/e3')
    stop = startUrlSync(() => CATALOG)
    const link = document.createElement('a')
    link.setAttribute('href', '#/compare/us-28/ua-20')
    link.textContent = 'US 28-point against 20-point'
    document.body.append(link)

    link.click()
    expect(window.location.hash).toBe('#/w/ws-1/compare/us-28/ua-20')
    expect(useViewerStore.getState()).toMatchObject({ scope: { kind: 'workspace', id: 'ws-1' }, route: { page: 'compare', versions: ['us-28', 'ua-20'] } })
  })
})

function useViewerRoute() {
  const { route } = useViewerStore.getState()
  if (route.page !== 'compare') throw new Error(`expected the comparison, not ${route.page}`)
  return route
}
