import { lazy, Suspense, use, useSyncExternalStore, type ReactNode } from 'react'
import { SourcesLoading } from '../components/sourcesLoading.ts'
import { assertNever } from '../domain/assertNever.ts'
import { ownDraftsOnly } from '../domain/labels.ts'
import { useViewerStore } from '../state/store.ts'
import { publishedBase, publishedUrl, refreshLocation } from '../state/urlSync.ts'
import { ComparePage } from '../features/compare/ComparePage.tsx'
import type { ResolvedRoute } from '../url/resolveRoute.ts'
import { Layout } from './Layout.tsx'
import { NegotiationPicker } from './NegotiationPicker.tsx'
import { drawnFromOpening } from './bundledData/pendingNegotiation.ts'
import type { NegotiationRegistry } from './bundledData/registry.ts'

// Importing drafts is loaded when first used, so the first load of the app stays small.
// So is the page for a workspace link this browser cannot open.
const WorkspaceUnavailablePage = lazy(() => import('./WorkspaceUnavailablePage.tsx').then((module) => ({ default: module.WorkspaceUnavailablePage })))
const WorkspacesPage = lazy(() => import('../features/workspaces/WorkspacesPage.tsx').then((module) => ({ default: module.WorkspacesPage })))

// Sharing a workspace loads only where a workspace is open.
const ShareWorkspace = lazy(() => import('../features/workspaces/ShareWorkspace.tsx').then((module) => ({ default: module.ShareWorkspace })))

// The comparison is the first view (`#/`), so it ships in the main chunk; every other page is
// its own chunk, loaded the first time it is shown (Layout's Suspense shows a line meanwhile).
// Each page imports its own stylesheets, which load with its chunk and before it is drawn.
const MatrixPage = lazy(() => import('../features/matrix/MatrixPage.tsx').then((module) => ({ default: module.MatrixPage })))
const ReportPage = lazy(() => import('../features/report/ReportPage.tsx').then((module) => ({ default: module.ReportPage })))
const clausePages = () => import('../features/clause-history/ClausePage.tsx')
const ClausePage = lazy(() => clausePages().then((module) => ({ default: module.ClausePage })))
const ClauseIndexPage = lazy(() => clausePages().then((module) => ({ default: module.ClauseIndexPage })))
const SourcesPage = lazy(() => import('../features/sources/SourcesPage.tsx').then((module) => ({ default: module.SourcesPage })))
const VersionsPage = lazy(() => import('../features/versions/VersionsPage.tsx').then((module) => ({ default: module.VersionsPage })))

/**
 * Stands in for a page that needs the whole negotiation while its rest loads: until then it
 * suspends, and Layout's Suspense says "Loading…". Once the rest is in, App draws the page.
 */
function AwaitRest({ loaded }: { loaded: Promise<boolean> }) {
  if (use(loaded)) return null
  return (
    <p role="alert">
      Part of this negotiation's data could not be loaded, so this page cannot be shown. Reload the page to try again.
    </p>
  )
}

/**
 * Identifies the page shown, ignoring its options: a new key is a new page. Changing the
 * compared versions is an option of the compare page, so focus stays on the version picker.
 */
function pageKey(route: ResolvedRoute): string {
  return route.page === 'clause' ? `clause/${route.clause ?? ''}` : route.page
}

export function App({ registry }: { registry: NegotiationRegistry }) {
  const route = useViewerStore((state) => state.route)
  const scope = useViewerStore((state) => state.scope)
  const scopeState = useViewerStore((state) => state.scopeState)
  // Draws again when the bundled data's rest arrives.
  const bundled = useSyncExternalStore(registry.subscribe, registry.bundled, registry.bundled)
  const picker = <NegotiationPicker bundled={bundled} scope={scope} subscribe={registry.subscribe} />
  const complete = scopeState === 'ready' ? registry.get(scope) : null
  const pending = complete || scopeState !== 'ready' ? null : registry.pending(scope)
  const negotiation = complete ?? pending?.opening.negotiation ?? null
  if (!negotiation) {
    return (
      <Layout page="workspaces" title="Your drafts" pageKey={`scope/${scope.kind}/${scope.id ?? ''}`} focusHeading picker={picker} ownDrafts="workspace">
        <WorkspaceUnavailablePage
          scope={scope}
          state={scopeState}
          reason={registry.missingReason(scope)}
          onImported={(id, imported) => {
            registry.put(id, imported)
            // The link's own workspace: show the view it was shared for, clause included.
            if (id === scope.id) refreshLocation()
          }}
        />
      </Layout>
    )
  }
  const layout = {
    title: negotiation.title,
    pageKey: pageKey(route),
    focusHeading: !(route.page === 'compare' && route.options.clause !== null),
    picker,
    ownDrafts: scope.kind === 'workspace' ? ('workspace' as const) : ownDraftsOnly(negotiation.versions) ? ('published' as const) : (false as const),
    actions:
      scope.kind === 'workspace' ? (
        <Suspense fallback={null}>
          {/* The link is read when the user shares: the view shown then, its clause included. */}
          <ShareWorkspace id={scope.id} link={() => publishedUrl(useViewerStore.getState().route)}>
            Share this workspace
          </ShareWorkspace>
        </Suspense>
      ) : null,
  }
  // While the rest loads, the opening draws the comparison of its own versions; every other view waits.
  const whole = (page: ReactNode) => (pending ? <AwaitRest loaded={pending.loaded} /> : page)
  const drawable = !pending || drawnFromOpening(pending, route)
  switch (route.page) {
    case 'workspaces':
      return (
        <Layout page="workspaces" {...layout}>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <WorkspacesPage onStored={registry.put} onDeleted={registry.forget} />
          </Suspense>
        </Layout>
      )
    case 'compare':
      return (
        <Layout page="compare" {...layout}>
          {drawable ? (
            <SourcesLoading value={pending !== null}>
              <ComparePage negotiation={negotiation} choices={pending?.opening.headings ?? negotiation.versions} versions={route.versions} options={route.options} />
            </SourcesLoading>
          ) : (
            // Another pair of versions, or a link to one clause, waits for the rest.
            whole(null)
          )}
        </Layout>
      )
    case 'report':
      return (
        <Layout page="compare" {...layout}>
          {whole(
            <ReportPage
              negotiation={negotiation}
              versions={route.versions}
              options={route.options}
              paper={route.paper}
              orientation={route.orientation}
              permalink={publishedUrl(route)}
              linksRelative={publishedBase() === null}
              clauseLink={(clause) => publishedUrl({ page: 'compare', versions: route.versions, options: { ...route.options, clause } })}
            />,
          )}
        </Layout>
      )
    case 'matrix':
      return (
        <Layout page="matrix" {...layout}>
          {whole(<MatrixPage negotiation={negotiation} options={route.options} />)}
        </Layout>
      )
    case 'clause':
      return (
        <Layout page="clause" {...layout}>
          {whole(route.clause ? <ClausePage negotiation={negotiation} clause={route.clause} /> : <ClauseIndexPage negotiation={negotiation} />)}
        </Layout>
      )
    case 'sources':
      return (
        <Layout page="sources" {...layout}>
          {whole(<SourcesPage negotiation={negotiation} />)}
        </Layout>
      )
    case 'versions':
      return (
        <Layout page="versions" {...layout}>
          {whole(<VersionsPage negotiation={negotiation} />)}
        </Layout>
      )
    default:
      return assertNever(route)
  }
}
