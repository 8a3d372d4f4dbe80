/**
 * The only module that touches `window.location` and `window.history`. The URL is the source
 * of truth: it is parsed into the store on start and on Back/Forward, and programmatic
 * navigation writes the URL first. Links in the page are plain `<a href="#/…">`, so they work
 * with middle-click and "copy link" and reach the store through `hashchange`.
 */
import { parseRoute, publishedLink, serializeRoute } from '../url/route.ts'
import { resolveRoute, type ResolvedRoute, type RouteCatalog } from '../url/resolveRoute.ts'
import { useViewerStore } from './store.ts'

let activeCatalog: RouteCatalog | null = null
/** The hash last shown. Chromium fires both popstate and hashchange for one change of hash. */
let shownHash: string | null = null

function applyLocation() {
  // The second event of a pair would read the corrected URL and clear the notices just shown.
  if (!activeCatalog || window.location.hash === shownHash) return
  const { route, issues } = parseRoute(window.location.hash)
  const resolved = resolveRoute(route, issues, activeCatalog)
  const canonical = serializeRoute(resolved.route)
  // Show the URL of what is actually on screen, so a corrected link can be shared as is.
  if (canonical !== window.location.hash) window.history.replaceState(window.history.state, '', canonical)
  shownHash = canonical
  useViewerStore.getState().showRoute(resolved.route, resolved.notices)
}

/** Starts mirroring the URL into the store (Back/Forward fire popstate; links and typed addresses, hashchange); returns a cleanup. */
export function startUrlSync(catalog: RouteCatalog): () => void {
  activeCatalog = catalog
  shownHash = null
  applyLocation()
  window.addEventListener('popstate', applyLocation)
  window.addEventListener('hashchange', applyLocation)
  return () => {
    window.removeEventListener('popstate', applyLocation)
    window.removeEventListener('hashchange', applyLocation)
    activeCatalog = null
    shownHash = null
  }
}

/**
 * Shows a route. `replace` is for steps that Back should not retrace one by one
 * (moving to the next change); everything else adds a history entry.
 */
export function navigate(route: ResolvedRoute, options: { replace?: boolean } = {}) {
  const hash = serializeRoute(route)
  if (hash !== window.location.hash) {
    if (options.replace) window.history.replaceState(window.history.state, '', hash)
    else window.history.pushState(null, '', hash)
  }
  shownHash = hash
  useViewerStore.getState().showRoute(route, [])
}

declare global {
  interface Window {
    /**
     * Set by the report command's --base-url before the app starts: the address printed links
     * use instead of the one the app was built with.
     */
    peacePlanDiffPermalinkBase?: string
  }
  interface ImportMetaEnv {
    readonly VITE_PUBLIC_URL?: string
  }
}

/** The full address of a route where the app is open now, for "Copy link". */
export function absoluteUrl(route: ResolvedRoute): string {
  const hash = serializeRoute(route)
  const { origin, pathname, search } = window.location
  return `${origin}${pathname}${search}${hash}`
}

/**
 * The address the app is published at, set once at build time (VITE_PUBLIC_URL, see the
 * README); the report command's --base-url overrides it. Empty when not set.
 */
const BUILT_PUBLIC_URL: string = import.meta.env.VITE_PUBLIC_URL ?? ''

/** The published address printed links start with, or null when links are relative to wherever the app is served. */
export function publishedBase(): string | null {
  const base = (window.peacePlanDiffPermalinkBase || BUILT_PUBLIC_URL).trim()
  return base === '' ? null : base
}

/** A route's link for paper and exports: the published address and the route, or the route alone. */
export function publishedUrl(route: ResolvedRoute): string {
  return publishedLink(serializeRoute(route), publishedBase())
}
