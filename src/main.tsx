import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { afterPaint } from './app/afterPaint.ts'
import { loadBundled } from './app/bundledData/loadBundled.ts'
import { mostBundledClauses } from './app/bundledData/mostBundledClauses.ts'
import { drawnFromOpening } from './app/bundledData/pendingNegotiation.ts'
import { createRegistry } from './app/bundledData/registry.ts'
import { buildComparisonFor } from './app/buildComparisonFor.ts'
import { preloadWindowedRows } from './features/compare/ClauseRowList.tsx'
import { WINDOWED_FROM } from './features/compare/rowList.ts'
import { useViewerStore } from './state/store.ts'
import { startTheme } from './state/theme.ts'
import { startUrlSync } from './state/urlSync.ts'
import './styles/app.css'
import './styles/print.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)
startTheme()

/** Parses the data and renders the app. */
function start() {
  // A long negotiation is drawn by the windowed list, its own chunk: fetched while the data is parsed.
  const windowedRows = mostBundledClauses() >= WINDOWED_FROM ? preloadWindowedRows() : null
  // Every published data folder, the first being the default, plus the user's workspaces, read
  // from the browser's storage when a link names one. The folders' openings are parsed now, and
  // their rest is fetched and parsed as soon as it arrives.
  const bundled = loadBundled()
  if (bundled.ok) {
    const registry = createRegistry(bundled.bundled)
    startUrlSync(registry.catalogFor)
    // As a transition, React draws the first view in slices of a few milliseconds with paints
    // between them, instead of one task that blocks a long comparison's tab for a frame or more.
    const render = () =>
      startTransition(() =>
        root.render(
          <StrictMode>
            <App registry={registry} />
          </StrictMode>,
        ),
      )
    const { scope, route } = useViewerStore.getState()
    const pending = registry.pending(scope)
    const shown = registry.get(scope) ?? pending?.opening.negotiation
    // Whatever the first view needs is at hand before it is drawn, so it draws at once instead of
    // saying "Loading…": a long comparison's windowed list, and for a view the opening cannot
    // draw, the rest of the data.
    const needs = [
      // A drawn first view is on screen: parsing the data and drawing the live page are a paint apart.
      ...(firstViewShown ? [afterPaint()] : []),
      ...(windowedRows && shown && shown.lineages.length >= WINDOWED_FROM ? [windowedRows] : []),
      ...(pending && !drawnFromOpening(pending, route) ? [pending.loaded] : []),
    ]
    // A comparison is built in short tasks before it is drawn (buildComparisonFor).
    const prepare = () => {
      const { scope, route } = useViewerStore.getState()
      const negotiation = registry.get(scope) ?? registry.pending(scope)?.opening.negotiation
      if (negotiation) buildComparisonFor(negotiation, route, render)
      else render()
    }
    if (needs.length > 0) void Promise.allSettled(needs).then(prepare)
    else prepare()
  } else {
    // The error page loads only when the data is broken, which the dev server shows here and
    // `vite build` refuses.
    void import('./app/DataErrorPage.tsx').then(({ DataErrorPage }) => root.render(<DataErrorPage issues={bundled.issues} />))
  }
}

// A long negotiation's index.html shows the first view the build drew (src/app/prerender.tsx).
// Parsing the data and the first render take a while: the browser paints the drawn view before
// they start (a tab opened in the background, which paints nothing, starts at once).
const firstViewShown = document.querySelector('.first-view') !== null && !document.documentElement.classList.contains('first-view-other')
// Elsewhere too, parsing starts after a paint, in a task of its own: run in the task that evaluated
// the modules, or in the next one before the page had painted, the two made one frame of 150–450 ms
// on the shared bench's 5 × 2,000 clauses.
void afterPaint().then(start)
