import { createContext, type ReactNode } from 'react'

/**
 * From this many clauses in a comparison on, only the rows on and near the screen are drawn
 * (whatever the filters leave, so a search does not flip between the two). Below it every row
 * is in the page, so the browser's own find (Ctrl+F) sees every word; the bundled drafts stay there.
 */
export const WINDOWED_FROM = 60

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

/** The element a row draws (its root takes focus), found by the row's key. */
export function rowElement(list: HTMLElement | null, key: string): HTMLElement | null {
  const item = list?.querySelector(`[data-row-key="${CSS.escape(key)}"]`)
  return item?.firstElementChild instanceof HTMLElement ? item.firstElementChild : null
}


/**
 * Set only by the build's drawing of the first view into index.html (src/app/prerender.tsx):
 * the list then draws its first this-many rows, in the normal flow, with no script to place
 * or measure them. The running app replaces them with the real list.
 */
export const PrerenderedRows = createContext<number | null>(null)
