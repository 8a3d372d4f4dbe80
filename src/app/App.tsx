import type { Negotiation } from '../domain/model.ts'
import { useViewerStore } from '../state/store.ts'
import { ComparePage } from '../features/compare/ComparePage.tsx'
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
