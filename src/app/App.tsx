import type { Negotiation } from '../domain/model.ts'
import { useViewerStore } from '../state/store.ts'
import { absoluteUrl } from '../state/urlSync.ts'
import { ClauseIndexPage, ClausePage } from '../features/clause-history/ClausePage.tsx'
import { ComparePage } from '../features/compare/ComparePage.tsx'
import { MatrixPage } from '../features/matrix/MatrixPage.tsx'
import { ReportPage } from '../features/report/ReportPage.tsx'
import { SourcesPage } from '../features/sources/SourcesPage.tsx'
import { VersionsPage } from '../features/versions/VersionsPage.tsx'
import { Layout } from './Layout.tsx'

export function App({ negotiation }: { negotiation: Negotiation }) {
  const route = useViewerStore((state) => state.route)
  switch (route.page) {
    case 'compare':
      return (
        <Layout page="compare" title={negotiation.title}>
          <ComparePage negotiation={negotiation} versions={route.versions} options={route.options} />
        </Layout>
      )
    case 'report':
      return (
        <Layout page="compare" title={negotiation.title}>
          <ReportPage
            negotiation={negotiation}
            versions={route.versions}
            options={route.options}
            paper={route.paper}
            permalink={absoluteUrl(route)}
            clauseLink={(clause) => absoluteUrl({ page: 'compare', versions: route.versions, options: { ...route.options, clause } })}
            generatedAt={new Date()}
          />
        </Layout>
      )
    case 'matrix':
      return (
        <Layout page="matrix" title={negotiation.title}>
          <MatrixPage negotiation={negotiation} options={route.options} />
        </Layout>
      )
    case 'clause':
      return (
        <Layout page="clause" title={negotiation.title}>
          {route.clause ? <ClausePage negotiation={negotiation} clause={route.clause} /> : <ClauseIndexPage negotiation={negotiation} />}
        </Layout>
      )
    case 'sources':
      return (
        <Layout page="sources" title={negotiation.title}>
          <SourcesPage negotiation={negotiation} />
        </Layout>
      )
    default:
      return (
        <Layout page="versions" title={negotiation.title}>
          <VersionsPage negotiation={negotiation} />
        </Layout>
      )
  }
}
