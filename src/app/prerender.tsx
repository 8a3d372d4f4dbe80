/**
 * The first view drawn at build time: the default comparison with its first rows, which
 * build/plugins/prerender.ts writes into index.html. A reader sees them as soon as the page
 * arrives, before the scripts have loaded and run (and where they cannot run); the app replaces
 * them when it starts. Only the build imports this module.
 *
 * Only for a long negotiation, whose data takes a while to load and draw. A short one draws
 * quickly on its own, and drawing it twice only adds work: on the bundled drafts (28 clauses)
 * the first paint came later with a drawn first view than without (measured, see issue #11).
 */
import { renderToString } from 'react-dom/server'
import { useViewerStore, type ViewerState } from '../state/store.ts'
import { resolveRoute } from '../url/resolveRoute.ts'
import { parseRoute } from '../url/parseRoute.ts'
import { serializeRoute } from '../url/serializeRoute.ts'
import { DEFAULT_SCOPE } from '../url/scope.ts'
import type { Negotiation } from '../domain/model.ts'
import { PrerenderedRows, WINDOWED_FROM } from '../features/compare/rowList.ts'
import { App } from './App.tsx'
import { published as publishedFolders } from 'virtual:published-negotiations'
import { rest } from 'virtual:published-negotiations-rest'
import { negotiationFromJson } from '../load/negotiationRest.ts'
import { createRegistry } from './bundledData/registry.ts'

/** Enough to fill a tall screen below the page's controls; the rest come with the app. */
const FIRST_ROWS = 4

export interface PrerenderedView {
  /** The page inside #root. */
  readonly html: string
  /** The addresses (location.hash) that show this view as it is, with no correction to say. */
  readonly hashes: readonly string[]
}

/** The published negotiations, whole: the build has no first view to hurry. */
function published(): readonly Negotiation[] {
  if (publishedFolders.some((folder) => 'issues' in folder)) return []
  return publishedFolders.flatMap((folder) => ('opening' in folder ? [negotiationFromJson({ opening: folder.opening, rest: rest[folder.folder]! })] : []))
}

/** The default view of the published negotiations (data/, unless given), or null when none is drawn. */
export function prerenderFirstView(bundled: readonly Negotiation[] = published()): PrerenderedView | null {
  if (bundled.length === 0 || bundled[0]!.lineages.length < WINDOWED_FROM) return null
  const registry = createRegistry(bundled)
  const catalog = registry.catalogFor(DEFAULT_SCOPE)
  if (typeof catalog === 'string') return null
  const resolve = (hash: string) => {
    const { route, issues } = parseRoute(hash)
    return resolveRoute(route, issues, catalog)
  }
  const { route } = resolve('#/')
  if (route.page !== 'compare') return null
  const canonical = serializeRoute(route)
  const candidates = ['', '#', '#/', canonical, '#/compare', `#/compare/${route.versions.join('/')}`]
  const hashes = [...new Set(candidates)].filter((hash) => {
    const shown = resolve(hash)
    return shown.notices.length === 0 && serializeRoute(shown.route) === canonical
  })

  useViewerStore.getState().showRoute(route, [], DEFAULT_SCOPE)
  // Rendering to a string, React reads a store's initial state (its "server snapshot"), so in
  // this build-time copy of the store the initial state becomes the view above.
  Object.assign(useViewerStore.getInitialState() as ViewerState, useViewerStore.getState())
  const html = renderToString(
    <PrerenderedRows value={FIRST_ROWS}>
      <App registry={registry} />
    </PrerenderedRows>,
  )
  return { html, hashes }
}
