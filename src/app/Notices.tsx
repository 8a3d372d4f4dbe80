import { useViewerStore } from '../state/store.ts'

/** Explains any correction made to the link the user followed. Announced politely, never modal. */
export function Notices() {
  const notices = useViewerStore((state) => state.notices)
  const dismiss = useViewerStore((state) => state.dismissNotices)
  return (
    <div role="status" aria-live="polite" className="notices-region">
      {notices.length > 0 ? (
        <div className="notices" data-testid="app.notices">
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  )
}
