import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual'

/**
 * From this many clauses in a comparison on, only the rows on and near the screen are drawn
 * (whatever the filters leave, so a search does not flip between the two). Below it every row
 * is in the page, so the browser's own find (Ctrl+F) sees every word; the bundled drafts stay there.
 */
export const WINDOWED_FROM = 60

/**
 * Rows drawn beyond the screen on each side, so a quick scroll does not show blank space. They
 * are added when the browser is idle: after a load or a filter, the first frame draws only what
 * is on screen, so it comes sooner.
 */
const OVERSCAN = 3

/** Calls `run` when the browser is idle (or soon, where there is no requestIdleCallback). */
function whenIdle(run: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(run, { timeout: 300 })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 50)
  return () => clearTimeout(handle)
}

/** The sticky toolbar's height: a row scrolled to starts below it (as `.clause-row`'s scroll-margin-top). */
const TOOLBAR_PX = 80

export interface ClauseRowListProps<Row extends { readonly key: string }> {
  readonly rows: readonly Row[]
  /** Draw only the rows near the screen (see WINDOWED_FROM). */
  readonly windowed: boolean
  /** The clause to scroll to and focus when it changes (a deep link, F7). */
  readonly currentKey: string | null
  /**
   * Names the layout (versions and view): a row's measured height is kept per layout, so
   * switching back to a layout does not re-measure what was seen.
   */
  readonly layoutKey: string
  /** A guess at a row's height before it is measured; generous, so a first screen draws few rows. */
  readonly estimateRowHeight: number
  readonly className: string
  /** Draws one row; its root element is the one that takes focus (it needs tabIndex -1). */
  readonly renderRow: (row: Row) => ReactNode
}

/**
 * The comparison's rows as a list screen readers can count (each item says "n of N" even when
 * only some are drawn). Long lists are windowed; printing draws every row.
 */
export function ClauseRowList<Row extends { readonly key: string }>(props: ClauseRowListProps<Row>) {
  const printing = usePrinting()
  return props.windowed && !printing ? <WindowedRows {...props} /> : <AllRows {...props} />
}

/** True while the browser prints, switched synchronously so the printout has every row. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
  return printing
}

function rowElement(list: HTMLElement | null, key: string): HTMLElement | null {
  const item = list?.querySelector(`[data-row-key="${CSS.escape(key)}"]`)
  return item?.firstElementChild instanceof HTMLElement ? item.firstElementChild : null
}

function AllRows<Row extends { readonly key: string }>({ rows, currentKey, className, renderRow }: ClauseRowListProps<Row>) {
  const listRef = useRef<HTMLDivElement>(null)
  // Only a new clause moves focus: changing versions must leave focus on the version picker.
  const showCurrent = useEffectEvent((key: string) => {
    const element = rowElement(listRef.current, key)
    if (!element) return
    element.scrollIntoView({ block: 'start' })
    element.focus({ preventScroll: true })
  })
  useEffect(() => {
    if (currentKey) showCurrent(currentKey)
  }, [currentKey])

  return (
    <div ref={listRef} role="list" aria-label="Clauses" className={className}>
      {rows.map((row, index) => (
        <div key={row.key} role="listitem" aria-posinset={index + 1} aria-setsize={rows.length} data-row-key={row.key}>
          {renderRow(row)}
        </div>
      ))}
    </div>
  )
}

function WindowedRows<Row extends { readonly key: string }>({ rows, currentKey, layoutKey, estimateRowHeight, className, renderRow }: ClauseRowListProps<Row>) {
  const listRef = useRef<HTMLDivElement>(null)
  // Where the list starts in the page; what is above it (filters, summary, notices) can change height.
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const list = listRef.current
    if (!list?.parentElement) return
    const measure = () => setScrollMargin(Math.round(list.getBoundingClientRect().top + window.scrollY))
    measure()
    // The page around the list resizes whenever what is above it does.
    const observer = new ResizeObserver(measure)
    observer.observe(list.parentElement)
    return () => observer.disconnect()
  }, [])

  // A new list of rows (a filter, other versions) starts with no overscan; it comes when idle.
  const [overscan, setOverscan] = useState({ rows, count: 0 })
  if (overscan.rows !== rows) setOverscan({ rows, count: 0 })
  useEffect(() => {
    if (overscan.count === 0) return whenIdle(() => setOverscan({ rows, count: OVERSCAN }))
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

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => estimateRowHeight,
    overscan: overscan.rows === rows ? overscan.count : 0,
    scrollMargin,
    scrollPaddingStart: TOOLBAR_PX,
    getItemKey: (index) => `${layoutKey}|${rows[index]!.key}`,
    rangeExtractor,
  })

  const showCurrent = useEffectEvent((key: string) => {
    const index = rows.findIndex((row) => row.key === key)
    if (index === -1) return
    virtualizer.scrollToIndex(index, { align: 'start' })
    // On a fresh page the window is measured after the first commit, so the row may be drawn
    // a frame or two later; focus it once it is there.
    let frames = 0
    const focusWhenDrawn = () => {
      const element = rowElement(listRef.current, key)
      if (element) element.focus({ preventScroll: true })
      else if (frames++ < 60) frame = requestAnimationFrame(focusWhenDrawn)
    }
    let frame = requestAnimationFrame(focusWhenDrawn)
    return () => cancelAnimationFrame(frame)
  })
  useEffect(() => {
    if (currentKey) return showCurrent(currentKey)
  }, [currentKey])

  return (
    <>
      <p className="windowed-note">
        A long comparison: only the clauses near the screen are drawn, so the browser’s find (Ctrl+F) sees only them.
        Use “Search the comparison” to search them all.
      </p>
      <div
        ref={listRef}
        role="list"
        aria-label="Clauses"
        className={`${className} clause-rows--windowed`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
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
              style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              {renderRow(row)}
            </div>
          )
        })}
      </div>
    </>
  )
}
