import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'

/**
 * A box that scrolls sideways when what it holds is wider than the screen (a wide table on a
 * phone), so the page itself never does. While it scrolls it is a named region that takes the
 * focus, so the keyboard can scroll it too; where everything fits, it is no tab stop at all.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const boxRef = useRef<HTMLDivElement>(null)
  const [scrolls, setScrolls] = useState(false)
  useLayoutEffect(() => {
    const box = boxRef.current
    if (!box || typeof ResizeObserver === 'undefined') return
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1)
    const observer = new ResizeObserver(check)
    observer.observe(box)
    if (box.firstElementChild) observer.observe(box.firstElementChild)
    return () => observer.disconnect()
  }, [])
  return (
    <div ref={boxRef} className="scroll-region" {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}>
      {children}
    </div>
  )
}
