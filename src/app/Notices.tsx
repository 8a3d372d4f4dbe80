import type { ReactNode } from 'react'
import { useViewerStore } from '../state/store.ts'
import { ISOLATE_END, ISOLATE_START } from '../url/quoteInput.ts'

/** A notice's text, with each part quoted from the address in a `<bdi>`, so its direction stays its own. */
function noticeText(notice: string): ReactNode[] {
  return notice.split(ISOLATE_START).flatMap((chunk, index) => {
    if (index === 0) return [chunk]
    const end = chunk.indexOf(ISOLATE_END)
    const quoted = end === -1 ? chunk : chunk.slice(0, end)
    const rest = end === -1 ? '' : chunk.slice(end + 1)
    return [<bdi key={index}>{quoted}</bdi>, rest]
  })
}

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
              <li key={notice}>{noticeText(notice)}</li>
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
