import { lazy, Suspense, useState } from 'react'
import { useViewerStore } from '../state/store.ts'
import { publishedBase, publishedUrl } from '../state/urlSync.ts'
import { ComparePage } from '../features/compare/ComparePage.tsx'
import type { ResolvedRoute } from '../url/resolveRoute.ts'
import { Layout } from './Layout.tsx'
import { NegotiationPicker } from './NegotiationPicker.tsx'
import type { NegotiationRegistry } from './negotiations.ts'

// Importing drafts is loaded when first used, so the first load of the app stays small.
// So is the page for a workspace link this browser cannot open.
const WorkspaceUnavailablePage = lazy(() => import('./WorkspaceUnavailablePage.tsx').then((module) => ({ default: module.WorkspaceUnavailablePage })))
// Its stylesheet travels with it.
const WorkspacesPage = lazy(() =>
  Promise.all([import('../features/workspaces/WorkspacesPage.tsx'), import('../styles/workspaces.css')]).then(([module]) => ({ default: module.WorkspacesPage })),
)

// The comparison is the first view (`#/`), so it ships in the main chunk; every other page is
// its own chunk, loaded the first time it is shown (Layout's Suspense shows a line meanwhile).
// The matrix's and the report's stylesheets travel with them.
const MatrixPage = lazy(() =>
  Promise.all([import('../features/matrix/MatrixPage.tsx'), import('../styles/matrix.css')]).then(([module]) => ({ default: module.MatrixPage })),
)
const ReportPage = lazy(() =>
  Promise.all([import('../features/report/ReportPage.tsx'), import('../styles/report.css')]).then(([module]) => ({ default: module.ReportPage })),
)
const ClausePage = lazy(() => import('../features/clause-history/ClausePage.tsx').then((module) => ({ default: module.ClausePage })))
const ClauseIndexPage = lazy(() => import('../features/clause-history/ClausePage.tsx').then((module) => ({ default: module.ClauseIndexPage })))
const SourcesPage = lazy(() => import('../features/sources/SourcesPage.tsx').then((module) => ({ default: module.SourcesPage })))
const VersionsPage = lazy(() => import('../features/versions/VersionsPage.tsx').then((module) => ({ default: module.VersionsPage })))

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
  // Bumped when workspaces are saved or deleted, so the picker lists them afresh.
  const [revision, setRevision] = useState(0)
  const picker = <NegotiationPicker bundled={registry.bundled} scope={scope} revision={revision} />
  const negotiation = scopeState === 'ready' ? registry.get(scope) : null
  if (!negotiation) {
    return (
      <Layout page="workspaces" title="Your drafts" pageKey={`scope/${scope.kind}/${scope.id ?? ''}`} focusHeading picker={picker} ownDrafts>
        <WorkspaceUnavailablePage scope={scope} state={scopeState} reason={registry.missingReason(scope)} />
      </Layout>
    )
  }
  const layout = {
    title: negotiation.title,
    pageKey: pageKey(route),
    focusHeading: !(route.page === 'compare' && route.options.clause !== null),
    picker,
    ownDrafts: scope.kind === 'workspace',
  }
  switch (route.page) {
    case 'workspaces':
      return (
        <Layout page="workspaces" {...layout}>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <WorkspacesPage
              onChanged={(id) => {
                registry.forget(id)
                setRevision((n) => n + 1)
              }}
            />
          </Suspense>
        </Layout>
      )
    case 'compare':
      return (
        <Layout page="compare" {...layout}>
          <ComparePage negotiation={negotiation} versions={route.versions} options={route.options} />
        </Layout>
      )
    case 'report':
      return (
        <Layout page="compare" {...layout}>
          <ReportPage
            negotiation={negotiation}
            versions={route.versions}
            options={route.options}
            paper={route.paper}
            orientation={route.orientation}
            permalink={publishedUrl(route)}
            linksRelative={publishedBase() === null}
            clauseLink={(clause) => publishedUrl({ page: 'compare', versions: route.versions, options: { ...route.options, clause } })}
            generatedAt={new Date()}
          />
        </Layout>
      )
    case 'matrix':
      return (
        <Layout page="matrix" {...layout}>
          <MatrixPage negotiation={negotiation} options={route.options} />
        </Layout>
      )
    case 'clause':
      return (
        <Layout page="clause" {...layout}>
          {route.clause ? <ClausePage negotiation={negotiation} clause={route.clause} /> : <ClauseIndexPage negotiation={negotiation} />}
        </Layout>
      )
    case 'sources':
      return (
        <Layout page="sources" {...layout}>
          <SourcesPage negotiation={negotiation} />
        </Layout>
      )
    default:
      return (
        <Layout page="versions" {...layout}>
          <VersionsPage negotiation={negotiation} />
        </Layout>
      )
  }
}
