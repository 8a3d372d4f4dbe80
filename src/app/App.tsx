import type { Negotiation } from '../domain/model.ts'
import { useViewerStore } from '../state/store.ts'
import { publishedBase, publishedUrl } from '../state/urlSync.ts'
import { ClauseIndexPage, ClausePage } from '../features/clause-history/ClausePage.tsx'
import { ComparePage } from '../features/compare/ComparePage.tsx'
import { MatrixPage } from '../features/matrix/MatrixPage.tsx'
import { ReportPage } from '../features/report/ReportPage.tsx'
import { SourcesPage } from '../features/sources/SourcesPage.tsx'
import { VersionsPage } from '../features/versions/VersionsPage.tsx'
import type { ResolvedRoute } from '../url/resolveRoute.ts'
import { Layout } from './Layout.tsx'

/**
 * Identifies the page shown, ignoring its options: a new key is a new page. Changing the
 * compared versions is an option of the compare page, so focus stays on the version picker.
 */
function pageKey(route: ResolvedRoute): string {
  return route.page === 'clause' ? `clause/${route.clause ?? ''}` : route.page
}

export function App({ negotiation }: { negotiation: Negotiation }) {
  const route = useViewerStore((state) => state.route)
  const layout = {
    title: negotiation.title,
    pageKey: pageKey(route),
    focusHeading: !(route.page === 'compare' && route.options.clause !== null),
  }
  switch (route.page) {
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
