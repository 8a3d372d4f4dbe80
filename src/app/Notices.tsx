import { lazy, Suspense } from 'react'
import { useViewerStore } from '../state/store.ts'

// Most visits follow a link that needs no correction: the notices' code loads only when one does.
const NoticeBox = lazy(() => import('./NoticeBox.tsx').then((module) => ({ default: module.NoticeBox })))

/**
 * Explains any correction made to the link the user followed. Announced politely, never modal:
 * the live region is always on the page, and the notices appear inside it.
 */
export function Notices() {
  const notices = useViewerStore((state) => state.notices)
  return (
    <div role="status" aria-live="polite" className="notices-region">
      {notices.length > 0 ? (
        <Suspense fallback={null}>
          <NoticeBox notices={notices} />
        </Suspense>
      ) : null}
    </div>
  )
}
