import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react'
import { LINK_NOTICE_ATTRIBUTE } from '../components/noticeFocus.ts'
import { useViewerStore } from '../state/store.ts'
import { ISOLATE_END, ISOLATE_START } from '../url/quoteInput.ts'
// Its stylesheet travels with it: most pages never show a notice.
import '../styles/notices.css'

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

/** Where focus goes when the notice is dismissed: the linked clause, else where it was, else the page. */
function focusAfterNotice(before: Element | null) {
  const target =
    document.querySelector<HTMLElement>('main [aria-current="true"][tabindex]') ??
    (before instanceof HTMLElement && before.isConnected && before !== document.body ? before : null) ??
    document.getElementById('main')
  target?.focus()
}

/**
 * The notices themselves, pinned to the bottom of the window, so they are in view however far
 * the page was scrolled, and given the focus, so keyboard and screen reader users meet them first.
 */
export function NoticeBox({ notices }: { notices: readonly string[] }) {
  const dismiss = useViewerStore((state) => state.dismissNotices)
  const boxRef = useRef<HTMLDivElement>(null)
  const focusedBefore = useRef<Element | null>(null)

  // Every new set of notices takes the focus (a set is a new array each time a link is corrected).
  useEffect(() => {
    const box = boxRef.current
    if (!box) return
    if (!box.contains(document.activeElement)) focusedBefore.current = document.activeElement
    box.focus({ preventScroll: true })
  }, [notices])

  // The page keeps room for the pinned notice: its end can be scrolled above it, and an element
  // that takes focus is scrolled clear of it.
  useLayoutEffect(() => {
    const box = boxRef.current
    const root = document.documentElement
    if (!box || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => root.style.setProperty('--notices-height', `${box.offsetHeight}px`))
    observer.observe(box)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--notices-height')
    }
  }, [])

  return (
    <div className="notices" data-testid="app.notices" ref={boxRef} tabIndex={-1} {...{ [LINK_NOTICE_ATTRIBUTE]: '' }}>
      <div>
        <p className="notices__title">The link could not be followed exactly:</p>
        <ul>
          {notices.map((notice) => (
            <li key={notice}>{noticeText(notice)}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={() => {
          focusAfterNotice(focusedBefore.current)
          dismiss()
        }}
      >
        Dismiss
      </button>
    </div>
  )
}
