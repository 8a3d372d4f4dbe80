import { startTransition, useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react'
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual'
import { noticeHoldsFocus } from '../../components/noticeFocus.ts'
import { whenIdle } from '../../hooks/whenIdle.ts'
import { rowElement, type ClauseRowListProps } from './rowList.ts'
import { WindowedNote } from './WindowedNote.tsx'

/**
 * Rows drawn beyond the screen on each side, so a quick scroll does not show blank space. They
 * are added when the browser is idle: after a load or a filter, the first frame draws only what
 * is on screen, so it comes sooner.
 */
const OVERSCAN = 3

/** The sticky toolbar's height: a row scrolled to starts below it (as `.clause-row`'s scroll-margin-top). */
const TOOLBAR_PX = 80

/** A long list, drawn only near the screen; its own chunk, loaded only for long comparisons. */
export function WindowedRows<Row extends { readonly key: string }>({ rows, currentKey, layoutKey, estimateRowHeight, className, renderRow }: ClauseRowListProps<Row>) {
  const listRef = useRef<HTMLDivElement>(null)
  // Where the list starts in the page; what is above it (filters, summary, notices) can change height.
  // Unknown until the page around the list is laid out, so the rows are drawn only once it is, in a
  // transition: their render runs in short slices and their commit, with their layout, is a frame
  // of its own after the page's. Drawn in the page's first commit, the two layouts made one frame
  // of 190–330 ms on 5 × 2,000 clauses; drawn in that commit's synchronous re-render, 150–190 ms.
  const [measuredMargin, setMeasuredMargin] = useState<number | null>(null)
  const scrollMargin = measuredMargin ?? 0
  useLayoutEffect(() => {
    const list = listRef.current
    if (!list?.parentElement) return
    let last: number | null = null
    const measure = (urgent: boolean) => {
      const margin = Math.round(list.getBoundingClientRect().top + window.scrollY)
      // The observer's first call repeats the first measure: as an urgent update it would draw the rows in one task.
      if (margin === last) return
      last = margin
      if (urgent) setMeasuredMargin(margin)
      else startTransition(() => setMeasuredMargin(margin))
    }
    measure(false)
    // The page around the list resizes whenever what is above it does.
    const observer = new ResizeObserver(() => measure(true))
    observer.observe(list.parentElement)
    return () => observer.disconnect()
  }, [])

  // A new list of rows (a filter, other versions) starts with no overscan; it comes when idle, as
  // a transition: as an ordinary update, its rows were rendered in one task of 80–130 ms.
  const [overscan, setOverscan] = useState({ rows, count: 0 })
  if (overscan.rows !== rows) setOverscan({ rows, count: 0 })
  useEffect(() => {
    if (overscan.count !== 0) return undefined
    return whenIdle(() => startTransition(() => setOverscan({ rows, count: OVERSCAN })))
  }, [overscan, rows])

  const currentIndex = currentKey === null ? -1 : rows.findIndex((row) => row.key === currentKey)
  // The current row stays drawn while scrolled away, so it keeps focus and its "Copy link" status.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      if (currentIndex === -1 || indexes.includes(currentIndex)) return indexes
      return [...indexes, currentIndex].sort((a, b) => a - b)
    },
    [currentIndex],
  )

  // Stable callbacks: the virtualizer recomputes every row's position when one of them changes.
  const estimateSize = useCallback(() => estimateRowHeight, [estimateRowHeight])
  const getItemKey = useCallback((index: number) => `${layoutKey}|${rows[index]!.key}`, [layoutKey, rows])
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    overscan: overscan.rows === rows ? overscan.count : 0,
    scrollMargin,
    scrollPaddingStart: TOOLBAR_PX,
    // The window's size is known now: the first render draws the rows on screen, not nothing.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    // Measured heights and scrolling move rows by writing their transform, without a render;
    // React renders only when other rows come into view. The first screen paints sooner.
    directDomUpdates: true,
    getItemKey,
    rangeExtractor,
  })

  // The list element is both ours (to find rows in) and the virtualizer's (it writes its height).
  const listContainerRef = useCallback(
    (node: HTMLDivElement | null) => {
      listRef.current = node
      virtualizer.containerRef(node)
    },
    [virtualizer],
  )

  const showCurrent = useEffectEvent((key: string) => {
    const index = rows.findIndex((row) => row.key === key)
    if (index === -1) return
    virtualizer.scrollToIndex(index, { align: 'start' })
    // On a fresh page the window is measured after the first commit, so the row may be drawn
    // a frame or two later; focus it once it is there.
    let frames = 0
    const focusWhenDrawn = () => {
      const element = rowElement(listRef.current, key)
      const box = element?.getBoundingClientRect()
      // Until the rows on the way are measured, the first scroll can fall short: go on until the row is in view.
      if (element && box && box.bottom > 0 && box.top < window.innerHeight) {
        // The last step is the browser's: it honours the row's scroll-margin-top, which follows
        // the sticky toolbar's height (taller on a phone) where TOOLBAR_PX is a fixed guess.
        element.scrollIntoView({ block: 'start' })
        if (!noticeHoldsFocus()) element.focus({ preventScroll: true })
      }
      else if (frames++ < 60) {
        if (element && frames % 10 === 0) virtualizer.scrollToIndex(index, { align: 'start' })
        frame = requestAnimationFrame(focusWhenDrawn)
      } else if (!noticeHoldsFocus()) element?.focus()
    }
    let frame = requestAnimationFrame(focusWhenDrawn)
    return () => cancelAnimationFrame(frame)
  })
  useEffect(() => {
    if (!currentKey) return undefined
    return showCurrent(currentKey)
  }, [currentKey])

  return (
    <>
      <WindowedNote />
      <div
        ref={listContainerRef}
        role="list"
        aria-label="Clauses"
        className={`${className} clause-rows--windowed`}
      >
        {(measuredMargin === null ? [] : virtualizer.getVirtualItems()).map((item) => {
          const row = rows[item.index]!
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-row-key={row.key}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={rows.length}
              className="clause-rows__item"
            >
              {renderRow(row)}
            </div>
          )
        })}
      </div>
    </>
  )
}
