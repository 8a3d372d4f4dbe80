import { Suspense, lazy, use, useEffect, useEffectEvent, useRef } from 'react'
import { noticeHoldsFocus } from '../../components/noticeFocus.ts'
import { PrerenderedRows, rowElement, type ClauseRowListProps } from './rowList.ts'
import { WindowedNote } from './WindowedNote.tsx'
import type { WindowedRows as WindowedRowsComponent } from './WindowedRows.tsx'

// Once its chunk is here, the windowed list renders directly: through lazy() it would suspend
// first, and React holds back what a Suspense boundary reveals by up to 300 ms.
let loadedWindowedRows: typeof WindowedRowsComponent | null = null
const loadWindowedRows = () =>
  import('./WindowedRows.tsx').then((module) => {
    loadedWindowedRows = module.WindowedRows
    return module
  })
// Generic like the component it loads (lazy() forgets the type parameter).
const LazyWindowedRows = lazy(() => loadWindowedRows().then((module) => ({ default: module.WindowedRows }))) as unknown as typeof WindowedRowsComponent

/**
 * Starts loading the windowed list early: main.tsx waits for it before drawing a long
 * comparison, so the first rows come in the first render.
 */
export function preloadWindowedRows(): Promise<unknown> {
  return loadWindowedRows()
}

/**
 * The comparison's rows as a list screen readers can count (each item says "n of N" even when
 * only some are drawn). Long lists are windowed; the report (“Print report”) prints every row.
 */
export function ClauseRowList<Row extends { readonly key: string }>(props: ClauseRowListProps<Row>) {
  const prerendered = use(PrerenderedRows)
  if (prerendered !== null) return <FirstRows {...props} count={prerendered} />
  if (!props.windowed) return <AllRows {...props} />
  const WindowedRows = loadedWindowedRows ?? LazyWindowedRows
  return (
    <Suspense fallback={null}>
      <WindowedRows {...props} />
    </Suspense>
  )
}

function AllRows<Row extends { readonly key: string }>({ rows, currentKey, className, renderRow }: ClauseRowListProps<Row>) {
  const listRef = useRef<HTMLDivElement>(null)
  // Only a new clause moves focus: changing versions must leave focus on the version picker.
  const showCurrent = useEffectEvent((key: string) => {
    const element = rowElement(listRef.current, key)
    if (!element) return
    element.scrollIntoView({ block: 'start' })
    if (!noticeHoldsFocus()) element.focus({ preventScroll: true })
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

/**
 * The first rows as the build draws them into a long negotiation's index.html: the windowed
 * list's markup (its note and item wrappers included), so the page does not move when the app
 * replaces it, but in the normal flow, since no script places them yet. Only a negotiation
 * long enough to be windowed gets a drawn first view (src/app/prerender.tsx).
 */
function FirstRows<Row extends { readonly key: string }>({ rows, className, renderRow, count }: ClauseRowListProps<Row> & { count: number }) {
  return (
    <>
      <WindowedNote />
      <div role="list" aria-label="Clauses" className={`${className} clause-rows--windowed`}>
        {rows.slice(0, count).map((row, index) => (
          <div
            key={row.key}
            role="listitem"
            aria-posinset={index + 1}
            aria-setsize={rows.length}
            data-row-key={row.key}
            className="clause-rows__item clause-rows__item--in-flow"
          >
            {renderRow(row)}
          </div>
        ))}
      </div>
    </>
  )
}
