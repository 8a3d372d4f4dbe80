/**
 * The only module that touches `window.location` and `window.history`. The URL is the source
 * of truth: it is parsed into the store on start and on Back/Forward, and programmatic
 * navigation writes the URL first. Links in the page are plain `<a href="#/…">`, so they work
 * with middle-click and "copy link" and reach the store through `hashchange`.
 *
 * A link may carry a scope prefix (`#/w/<workspace-id>/…`, see `src/url/scope.ts`). Views
 * write their links without it; inside a workspace, a click on such a link stays in the
 * workspace, and `navigate` and `absoluteLink` add the prefix.
 */
import { parseRoute } from '../url/parseRoute.ts'
import type { Route } from '../url/route.ts'
import { publishedLink, serializeRoute } from '../url/serializeRoute.ts'
import { resolveRoute, type RouteCatalog } from '../url/resolveRoute.ts'
import { DEFAULT_SCOPE, scopedHash, splitScope, type Scope } from '../url/scope.ts'
import { useViewerStore } from './store.ts'

/**
 * The ids a scope's links may name, or why they are not at hand yet (or at all). `hash` is the
 * address inside the scope being shown, when one is.
 */
export type CatalogLookup = (scope: Scope, hash?: string) => RouteCatalog | 'loading' | 'missing'

let lookup: CatalogLookup | null = null
/** The hash last shown. Chromium fires both popstate and hashchange for one change of hash. */
let shownHash: string | null = null
/** Set by Back and Forward: the entry's own notices, kept in its history state, are shown again. */
let restoringEntry = false

/** What a history entry keeps of a corrected link: the notices, and the address they explain. */
interface CorrectedEntry {
  readonly correctedHash: string
  readonly notices: readonly string[]
}

/** The notices a history entry keeps for `hash`; none when it keeps none, or keeps them for another address. */
function correctedEntry(state: unknown, hash: string): readonly string[] {
  if (typeof state !== 'object' || state === null || !('correctedHash' in state) || state.correctedHash !== hash) return []
  return 'notices' in state && Array.isArray(state.notices) ? state.notices.filter((notice): notice is string => typeof notice === 'string') : []
}

/** The history state without a corrected link's notices (a new view replacing the entry's). */
function withoutNotices(state: unknown): unknown {
  if (state === null || typeof state !== 'object' || !('correctedHash' in state)) return state
  const rest = Object.entries(state).filter(([key]) => key !== 'correctedHash' && key !== 'notices')
  return rest.length > 0 ? Object.fromEntries(rest) : null
}

function applyLocation() {
  if (!lookup) return
  const { scope, hash } = splitScope(window.location.hash)
  const catalog = lookup(scope, hash)
  if (catalog === 'loading' || catalog === 'missing') {
    shownHash = window.location.hash
    useViewerStore.getState().showScope(scope, catalog)
    return
  }
  const { route, issues } = parseRoute(hash)
  const resolved = resolveRoute(route, issues, catalog)
  const canonical = scopedHash(scope, serializeRoute(resolved.route))
  let notices: readonly string[] = resolved.notices
  if (notices.length > 0) {
    // Show the URL of what is actually on screen, so a corrected link can be shared as is; the
    // entry keeps the notices, so Back or Forward to it explains the correction again.
    const entry: CorrectedEntry = { correctedHash: canonical, notices }
    const state: unknown = window.history.state
    window.history.replaceState({ ...(typeof state === 'object' ? state : {}), ...entry }, '', canonical)
  } else {
    if (canonical !== window.location.hash) window.history.replaceState(window.history.state, '', canonical)
    if (restoringEntry) notices = correctedEntry(window.history.state, canonical)
  }
  restoringEntry = false
  shownHash = canonical
  useViewerStore.getState().showRoute(resolved.route, notices, scope)
}

/**
 * Back/Forward fire popstate, links and typed addresses hashchange; a change of hash fires both.
 * Popstate always shows its entry, whose notices may differ though its hash is the one shown
 * (Back between two entries with one hash fires nothing else). A hashchange for the hash just
 * shown is the second of a pair: it would clear the notices just restored, so it is skipped.
 */
function onLocationEvent(event: Event) {
  if (event.type === 'popstate') {
    restoringEntry = true
    applyLocation()
  } else if (window.location.hash !== shownHash) {
    applyLocation()
  }
}

/** True when this page was opened by Back or Forward from another page (not typed, not reloaded). */
function openedByHistory(): boolean {
  if (typeof performance === 'undefined' || typeof performance.getEntriesByType !== 'function') return false
  const [entry] = performance.getEntriesByType('navigation')
  return entry !== undefined && 'type' in entry && entry.type === 'back_forward'
}

/** Inside a workspace, an in-page link written without the prefix keeps to the workspace. */
function keepScopeOnClick(event: MouseEvent) {
  const scope = useViewerStore.getState().scope
  if (scope.kind === 'bundled' && scope.id === null) return
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const anchor = event.target instanceof Element ? event.target.closest('a') : null
  const href = anchor?.getAttribute('href')
  if (!anchor || !href || !href.startsWith('#/') || anchor.target === '_blank' || anchor.hasAttribute('download')) return
  // A link that names its scope (the negotiation picker's) goes where it says.
  if (splitScope(href).scope !== DEFAULT_SCOPE || anchor.dataset.scope === 'default') return
  event.preventDefault()
  window.history.pushState(null, '', scopedHash(scope, href))
  applyLocation()
}

/**
 * Starts mirroring the URL into the store; returns a cleanup (safe under StrictMode's double
 * mount). A single catalog serves an app with one negotiation.
 */
export function startUrlSync(catalogs: RouteCatalog | CatalogLookup): () => void {
  lookup = typeof catalogs === 'function' ? catalogs : () => catalogs
  shownHash = null
  restoringEntry = openedByHistory()
  applyLocation()
  window.addEventListener('popstate', onLocationEvent)
  window.addEventListener('hashchange', onLocationEvent)
  document.addEventListener('click', keepScopeOnClick)
  return () => {
    window.removeEventListener('popstate', onLocationEvent)
    window.removeEventListener('hashchange', onLocationEvent)
    document.removeEventListener('click', keepScopeOnClick)
    lookup = null
    shownHash = null
    restoringEntry = false
  }
}

/** Reads the URL again: after a workspace has been read from storage, saved or deleted. */
export function refreshLocation() {
  applyLocation()
}

/**
 * Shows a route, canonical: the resolver keeps the ids the negotiation has, in their order, as
 * for a link. `replace` is for steps that Back should not retrace one by one (moving to the next
 * change); everything else adds a history entry.
 */
export function navigate(route: Route, options: { replace?: boolean } = {}) {
  const scope = useViewerStore.getState().scope
  const catalog = lookup?.(scope)
  // Views are drawn only once their scope's catalog is at hand: without one, nothing is shown to navigate from.
  if (catalog === undefined || catalog === 'loading' || catalog === 'missing') return
  const resolved = resolveRoute(route, [], catalog)
  const hash = scopedHash(scope, serializeRoute(resolved.route))
  if (hash !== window.location.hash) {
    if (options.replace) window.history.replaceState(withoutNotices(window.history.state), '', hash)
    else window.history.pushState(null, '', hash)
  }
  shownHash = hash
  useViewerStore.getState().showRoute(resolved.route, resolved.notices)
}

/** Opens a negotiation (bundled or a workspace) at a page of it, by default its comparison. */
export function openScope(scope: Scope, hash = '#/') {
  window.history.pushState(null, '', scopedHash(scope, hash))
  applyLocation()
}

declare global {
  interface Window {
    /**
     * Set by the report command before the app starts: its --base-url, the address printed links
     * use instead of the one the app was built with; empty when none was given, so the command's
     * own local server never appears on paper.
     */
    peacePlanDiffPermalinkBase?: string
  }
  interface ImportMetaEnv {
    readonly VITE_PUBLIC_URL?: string
  }
}

/** The full address of an in-page link (`#/…`), in the scope shown. */
export function absoluteLink(link: string): string {
  const { origin, pathname, search } = window.location
  return `${origin}${pathname}${search}${scopedHash(useViewerStore.getState().scope, link)}`
}

/**
 * The address the app is published at, set once at build time (VITE_PUBLIC_URL, see the
 * README); the report command's --base-url overrides it. Empty when not set.
 */
const BUILT_PUBLIC_URL: string = (import.meta.env.VITE_PUBLIC_URL ?? '').trim()

/** The address of the page itself, without its route: where a link copied from it works now. */
function pageAddress(): string | null {
  const { origin, pathname, href } = window.location
  // A sandboxed or opaque page has no origin to write; its address still works where it was opened.
  const address = origin && origin !== 'null' ? `${origin}${pathname}` : href.replace(/[?#].*$/, '')
  return address === '' ? null : address
}

/**
 * The address printed and exported links start with: the report command's, else the one the
 * app was built with, else the page's own, so a link pasted into an email opens. Null only when
 * the report command was given none and the build has none: links are then routes to add to
 * wherever the app is served.
 */
export function publishedBase(): string | null {
  const fromCommand = window.peacePlanDiffPermalinkBase
  if (fromCommand !== undefined) return fromCommand.trim() || BUILT_PUBLIC_URL || null
  return BUILT_PUBLIC_URL || pageAddress()
}

/** A route's link for paper and exports: the published address and the route, or the route alone. */
export function publishedUrl(route: Route): string {
  // A workspace's links keep its prefix, so a printed link names the workspace it came from.
  return publishedLink(scopedHash(useViewerStore.getState().scope, serializeRoute(route)), publishedBase())
}

/** The published link of a page of a given negotiation (a workspace's comparison, from the list of workspaces). */
export function publishedScopedLink(scope: Scope, hash: string): string {
  return publishedLink(scopedHash(scope, hash), publishedBase())
}
