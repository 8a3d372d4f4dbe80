import { Suspense, useEffect, useRef, type ReactNode } from 'react'
import type { ResolvedRoute } from '../url/resolveRoute.ts'
import { routes } from '../url/serializeRoute.ts'
import { useViewerStore, type ThemeChoice } from '../state/store.ts'
import { noticeHoldsFocus } from '../components/noticeFocus.ts'
import { Notices } from './Notices.tsx'
import { useScopedHref } from '../state/scopedHref.ts'

const NAV: ReadonlyArray<{ page: ResolvedRoute['page']; label: string; href: string }> = [
  { page: 'compare', label: 'Compare', href: '#/' },
  { page: 'matrix', label: 'Positions matrix', href: routes.matrix() },
  { page: 'clause', label: 'Clauses', href: routes.clause() },
  { page: 'versions', label: 'Versions', href: routes.versions() },
  { page: 'sources', label: 'Sources', href: routes.sources() },
  { page: 'workspaces', label: 'Your drafts', href: routes.workspaces() },
]

const THEME_LABEL: Record<ThemeChoice, string> = { system: 'As the system', light: 'Light', dark: 'Dark' }

function ThemeSwitch() {
  const theme = useViewerStore((state) => state.theme)
  const setTheme = useViewerStore((state) => state.setTheme)
  return (
    <label className="theme-switch">
      Theme{' '}
      <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
        {(Object.keys(THEME_LABEL) as ThemeChoice[]).map((choice) => (
          <option key={choice} value={choice}>
            {THEME_LABEL[choice]}
          </option>
        ))}
      </select>
    </label>
  )
}

export interface LayoutProps {
  readonly page: ResolvedRoute['page']
  readonly title: string
  /** Changes when the user moves to another page (not when a filter changes). */
  readonly pageKey: string
  /** False where the page itself moves focus (a deep link to a clause). */
  readonly focusHeading: boolean
  readonly children: ReactNode
  /** Chooses the negotiation shown: bundled, or one of the user's workspaces. */
  readonly picker?: ReactNode
  /**
   * Whose texts these are, when they are not our paraphrases: the user's own drafts in a
   * workspace, or a team's own drafts published as a data folder (`npm run import`).
   */
  readonly ownDrafts?: 'workspace' | 'published' | false
  /** Actions on the negotiation shown, beside the picker: sharing a workspace. */
  readonly actions?: ReactNode
}

/**
 * Rendered after the page inside the same Suspense boundary, so its effects run once the page
 * (perhaps a lazily loaded one) is on screen and its heading exists.
 */
function PageShown({ pageKey, focusHeading }: Pick<LayoutProps, 'pageKey' | 'focusHeading'>) {
  // The window title follows the page's own heading, so history and tabs say where you are.
  useEffect(() => {
    const heading = document.querySelector('main h1')?.textContent
    document.title = heading ? `${heading} — peace-plan-diff` : 'peace-plan-diff'
  })

  // On moving to another page, focus its heading: the link that was clicked is gone, and
  // screen readers should hear where they landed. Not on first load, which keeps the browser's start.
  const shownPage = useRef(pageKey)
  useEffect(() => {
    if (shownPage.current === pageKey) return
    shownPage.current = pageKey
    const heading = document.querySelector<HTMLElement>('main h1')
    if (!focusHeading || !heading || noticeHoldsFocus()) return
    heading.tabIndex = -1
    heading.focus()
  }, [pageKey, focusHeading])
  return null
}

export function Layout({ page, title, pageKey, focusHeading, children, picker, ownDrafts = false, actions }: LayoutProps) {
  const scoped = useScopedHref()
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
        {picker}
        {actions}
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <a href={item.page === 'workspaces' ? item.href : scoped(item.href)} aria-current={item.page === page ? 'page' : undefined} data-scope={item.page === 'workspaces' ? 'default' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeSwitch />
      </header>
      <Notices />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="page-loading" role="status">Loading…</p>}>
          {children}
          <PageShown pageKey={pageKey} focusHeading={focusHeading} />
        </Suspense>
      </main>
      <footer className="app-footer">
        {ownDrafts === 'workspace' ? (
          <p>These are your own drafts, kept only in this browser. Share or export the workspace to send it to a colleague.</p>
        ) : ownDrafts === 'published' ? (
          <p>These are a team’s own drafts, published at this address from their files: clause texts are the drafts’ own wording, not paraphrases.</p>
        ) : (
          <p>
            Clause texts are our own paraphrases of published or reported wording, not quotations; short phrases in
            quotation marks are the original words. Every clause lists its sources.
          </p>
        )}
        <p>Nothing you do here leaves your browser: the app makes no network requests after it loads.</p>
      </footer>
    </>
  )
}
