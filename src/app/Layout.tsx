import type { ReactNode } from 'react'
import type { ResolvedRoute } from '../url/resolveRoute.ts'
import { serializeRoute } from '../url/route.ts'
import { Notices } from './Notices.tsx'

const NAV: ReadonlyArray<{ page: ResolvedRoute['page']; label: string; href: string }> = [
  { page: 'compare', label: 'Compare', href: '#/' },
  { page: 'matrix', label: 'Positions matrix', href: serializeRoute({ page: 'matrix', options: { topics: [], versions: [], base: null, sort: null } }) },
  { page: 'clause', label: 'Clauses', href: serializeRoute({ page: 'clause', clause: null }) },
  { page: 'versions', label: 'Versions', href: serializeRoute({ page: 'versions' }) },
  { page: 'sources', label: 'Sources', href: serializeRoute({ page: 'sources' }) },
]

export function Layout({ page, title, children }: { page: ResolvedRoute['page']; title: string; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => {
        // The hash is the router's, so move focus by hand instead of following the anchor.
        event.preventDefault()
        document.getElementById('main')?.focus()
      }}>
        Skip to content
      </a>
      <header className="app-header">
        <p className="app-header__brand">
          <span className="app-header__name">peace-plan-diff</span>
          <span className="app-header__title">{title}</span>
        </p>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <a href={item.href} aria-current={item.page === page ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <Notices />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>
          Clause texts are our own paraphrases of published or reported wording, not quotations; short phrases in
          quotation marks are the original words. Every clause lists its sources.
        </p>
        <p>Nothing you do here leaves your browser: the app makes no network requests after it loads.</p>
      </footer>
    </>
  )
}
